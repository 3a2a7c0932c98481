-- Chat exports read into the vault (core/chat/, core/api/handlers/chatImport.ts). The export itself
-- stays evidence (kind chat-backup, hashed and kept as ever); what was read from it is derived data
-- that points at it and goes with it: removing the evidence removes its chat.
--
-- chat_imports: one per evidence item — the format and encoding found, what the person told the importer
-- (year / date for exports that do not print them, which sender is the person), and the problems found
-- (the first 200, with file and line, zh/en) so the chat page can show them again.
CREATE TABLE chat_imports (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  evidence_id INTEGER NOT NULL UNIQUE REFERENCES evidence(id) ON DELETE CASCADE,
  format TEXT NOT NULL,
  encoding TEXT,
  year INTEGER,
  date TEXT,
  -- The sender (wxid, else display name) the person said is them; NULL when the export says itself.
  me TEXT,
  message_count INTEGER NOT NULL CHECK (message_count >= 0),
  error_count INTEGER NOT NULL CHECK (error_count >= 0),
  errors TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(errors)),
  imported_at TEXT NOT NULL
) STRICT;
CREATE INDEX chat_imports_case ON chat_imports(case_id);

-- One row per message, in file order (seq from 0). from_me_export: what the export itself says (NULL when
-- it does not); from_me: that, else derived from chat_imports.me, NULL when neither says. transcript: what the person typed for a voice message (the audio is not in the export).
CREATE TABLE chat_messages (
  id INTEGER PRIMARY KEY,
  chat_id INTEGER NOT NULL REFERENCES chat_imports(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL CHECK (seq >= 0),
  line INTEGER NOT NULL CHECK (line >= 1),
  time TEXT NOT NULL,
  sender TEXT NOT NULL,
  sender_id TEXT,
  from_me_export INTEGER CHECK (from_me_export IN (0, 1)),
  from_me INTEGER CHECK (from_me IN (0, 1)),
  kind TEXT NOT NULL CHECK (kind IN ('text', 'image', 'voice', 'video', 'file', 'transfer', 'red-packet', 'system', 'recall', 'other')),
  text TEXT NOT NULL,
  amount_fen INTEGER CHECK (amount_fen IS NULL OR amount_fen >= 0),
  memo TEXT,
  transfer_direction TEXT CHECK (transfer_direction IS NULL OR transfer_direction IN ('sent', 'received', 'returned', 'delayed')),
  transcript TEXT,
  transcribed_at TEXT,
  UNIQUE (chat_id, seq)
) STRICT;
CREATE INDEX chat_messages_time ON chat_messages(chat_id, time);
CREATE INDEX chat_messages_money ON chat_messages(chat_id) WHERE amount_fen IS NOT NULL;

-- Search (0004's index; rowid = id * 8 + kind): 6 = chat message (sender, text, memo, transcript).
CREATE TRIGGER search_chat_message_ai AFTER INSERT ON chat_messages BEGIN
  INSERT INTO search_index(rowid, body, case_id)
    SELECT new.id * 8 + 6, new.sender || ' ' || new.text || ' ' || ifnull(new.memo, '') || ' ' || ifnull(new.transcript, ''), c.case_id
    FROM chat_imports c WHERE c.id = new.chat_id;
END;
CREATE TRIGGER search_chat_message_au AFTER UPDATE OF text, memo, transcript, sender ON chat_messages BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 6;
  INSERT INTO search_index(rowid, body, case_id)
    SELECT new.id * 8 + 6, new.sender || ' ' || new.text || ' ' || ifnull(new.memo, '') || ' ' || ifnull(new.transcript, ''), c.case_id
    FROM chat_imports c WHERE c.id = new.chat_id;
END;
CREATE TRIGGER search_chat_message_ad AFTER DELETE ON chat_messages BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 6;
END;
