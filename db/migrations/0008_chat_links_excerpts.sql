-- What the person decided about a chat (core/api/handlers/chatTransfers.ts, chatExcerpts.ts).
--
-- chat_transfer_links: a transfer in the chat the person accepted — as the same money as one of the
-- case's payments (payment_id; the chat export is then linked to that payment as evidence) and/or as a
-- timeline event (event_id). Proposals themselves are computed, never stored: only the decision is.
CREATE TABLE chat_transfer_links (
  id INTEGER PRIMARY KEY,
  message_id INTEGER NOT NULL UNIQUE REFERENCES chat_messages(id) ON DELETE CASCADE,
  payment_id INTEGER REFERENCES payments(id) ON DELETE SET NULL,
  event_id INTEGER REFERENCES timeline_events(id) ON DELETE SET NULL,
  accepted_at TEXT NOT NULL
) STRICT;
CREATE INDEX chat_transfer_links_payment ON chat_transfer_links(payment_id);

-- chat_excerpts: a range of one chat chosen for the papers (first_seq..last_seq inclusive, file order).
-- The exhibit prints every message of the range and says how many were left out before and after it.
CREATE TABLE chat_excerpts (
  id INTEGER PRIMARY KEY,
  chat_id INTEGER NOT NULL REFERENCES chat_imports(id) ON DELETE CASCADE,
  first_seq INTEGER NOT NULL CHECK (first_seq >= 0),
  last_seq INTEGER NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  CHECK (last_seq >= first_seq)
) STRICT;
CREATE INDEX chat_excerpts_chat ON chat_excerpts(chat_id);
