/**
 * Chats read into the vault (migration *_chat_messages.sql): one chat_imports row per chat-backup
 * evidence item and its messages in file order. Writers here never open a transaction themselves:
 * the handler's one transaction holds the evidence, the chat, its messages and the audit entries.
 */
import type Database from 'better-sqlite3';
import type { ChatError, ChatMessage, ChatMessageKind, TransferDirection } from '../../core/chat/types.ts';
import { AppError } from '../../core/errors.ts';
import { stmt } from '../sql.ts';

export interface ChatImportRecord {
  id: number;
  caseId: number;
  evidenceId: number;
  format: string;
  encoding: string | null;
  year: number | null;
  date: string | null;
  me: string | null;
  messageCount: number;
  errorCount: number;
  importedAt: string;
}

/** A message as stored: the importer's fields (fromMe as decided, with `me`), its place and its transcript. */
export interface StoredChatMessage extends ChatMessage {
  id: number;
  chatId: number;
  seq: number;
  transcript: string | null;
}

/** One person in a chat, as the export names them: the wxid where it has one, else the name. */
export interface ChatSender {
  /** What `me` takes to mean this person: the wxid, else the display name. */
  key: string;
  sender: string;
  senderId: string | null;
  messages: number;
  fromMe: boolean | null;
}

interface ImportRow {
  id: number;
  case_id: number;
  evidence_id: number;
  format: string;
  encoding: string | null;
  year: number | null;
  date: string | null;
  me: string | null;
  message_count: number;
  error_count: number;
  imported_at: string;
}

export interface MessageRow {
  id: number;
  chat_id: number;
  seq: number;
  line: number;
  time: string;
  sender: string;
  sender_id: string | null;
  from_me: number | null;
  kind: ChatMessageKind;
  text: string;
  amount_fen: number | null;
  memo: string | null;
  transfer_direction: TransferDirection | null;
  transcript: string | null;
}

const toImport = (r: ImportRow): ChatImportRecord => ({
  id: r.id,
  caseId: r.case_id,
  evidenceId: r.evidence_id,
  format: r.format,
  encoding: r.encoding,
  year: r.year,
  date: r.date,
  me: r.me,
  messageCount: r.message_count,
  errorCount: r.error_count,
  importedAt: r.imported_at,
});

export const toStoredMessage = (r: MessageRow): StoredChatMessage => ({
  id: r.id,
  chatId: r.chat_id,
  seq: r.seq,
  line: r.line,
  time: r.time,
  sender: r.sender,
  senderId: r.sender_id,
  fromMe: r.from_me === null ? null : r.from_me === 1,
  kind: r.kind,
  text: r.text,
  amountFen: r.amount_fen,
  memo: r.memo,
  transferDirection: r.transfer_direction,
  transcript: r.transcript,
});

/** The stored problems are capped: a broken million-line file must not store a million errors. */
export const MAX_STORED_ERRORS = 200;

export type NewChatImport = Omit<ChatImportRecord, 'id' | 'errorCount'> & { errors: ChatError[] };

export function insertChatImport(db: Database.Database, c: NewChatImport): number {
  return Number(
    stmt(
      db,
      `INSERT INTO chat_imports (case_id, evidence_id, format, encoding, year, date, me, message_count, error_count, errors, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      c.caseId,
      c.evidenceId,
      c.format,
      c.encoding,
      c.year,
      c.date,
      c.me,
      c.messageCount,
      c.errors.length,
      JSON.stringify(c.errors.slice(0, MAX_STORED_ERRORS)),
      c.importedAt,
    ).lastInsertRowid,
  );
}

/** Whether `m` is the person, given the export's own word or the sender they named (`me`). */
export function isFromMe(
  m: Pick<ChatMessage, 'fromMe' | 'sender' | 'senderId'>,
  me: string | null,
): boolean | null {
  if (m.fromMe !== null) return m.fromMe;
  if (me === null) return null;
  return (m.senderId ?? m.sender) === me;
}

export function insertChatMessages(
  db: Database.Database,
  chatId: number,
  messages: readonly ChatMessage[],
  me: string | null,
): void {
  const insert = stmt(
    db,
    `INSERT INTO chat_messages (chat_id, seq, line, time, sender, sender_id, from_me_export, from_me, kind, text, amount_fen, memo, transfer_direction)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (let seq = 0; seq < messages.length; seq++) {
    const m = messages[seq] as ChatMessage;
    const fromMe = isFromMe(m, me);
    insert.run(
      chatId,
      seq,
      m.line,
      m.time,
      m.sender,
      m.senderId,
      m.fromMe === null ? null : m.fromMe ? 1 : 0,
      fromMe === null ? null : fromMe ? 1 : 0,
      m.kind,
      m.text,
      m.amountFen,
      m.memo,
      m.transferDirection,
    );
  }
}

export function findChatByEvidence(db: Database.Database, evidenceId: number): ChatImportRecord | null {
  const row = stmt(db, 'SELECT * FROM chat_imports WHERE evidence_id = ?').get(evidenceId) as
    ImportRow | undefined;
  return row ? toImport(row) : null;
}

export function getChat(db: Database.Database, id: number): ChatImportRecord {
  const row = stmt(db, 'SELECT * FROM chat_imports WHERE id = ?').get(id) as ImportRow | undefined;
  if (!row) throw new AppError('not-found', { what: 'Chat 聊天记录', id });
  return toImport(row);
}

export function listChats(db: Database.Database, caseId: number): ChatImportRecord[] {
  return (
    stmt(db, 'SELECT * FROM chat_imports WHERE case_id = ? ORDER BY id').all(caseId) as ImportRow[]
  ).map(toImport);
}

export function chatErrors(db: Database.Database, chatId: number): ChatError[] {
  const row = stmt(db, 'SELECT errors FROM chat_imports WHERE id = ?').get(chatId) as
    { errors: string } | undefined;
  return row ? (JSON.parse(row.errors) as ChatError[]) : [];
}

/** Every sender with their message count, most active first (the "这些人里哪一位是你？" list). */
export function chatSenders(db: Database.Database, chatId: number): ChatSender[] {
  const rows = stmt(
    db,
    `SELECT sender, sender_id, count(*) AS n, max(from_me) AS me_max, min(from_me) AS me_min
       FROM chat_messages WHERE chat_id = ? GROUP BY ifnull(sender_id, sender) ORDER BY n DESC, min(seq)`,
  ).all(chatId) as {
    sender: string;
    sender_id: string | null;
    n: number;
    me_max: number | null;
    me_min: number | null;
  }[];
  return rows.map((r) => ({
    key: r.sender_id ?? r.sender,
    sender: r.sender,
    senderId: r.sender_id,
    messages: r.n,
    fromMe: r.me_max === null ? null : r.me_min === 1,
  }));
}

/** Senders of a parse result (before anything is stored), in the same shape and order. */
export function sendersOf(messages: readonly ChatMessage[]): ChatSender[] {
  const by = new Map<string, ChatSender & { first: number }>();
  messages.forEach((m, i) => {
    const key = m.senderId ?? m.sender;
    const s = by.get(key);
    if (!s)
      by.set(key, { key, sender: m.sender, senderId: m.senderId, messages: 1, fromMe: m.fromMe, first: i });
    else {
      s.messages++;
      if (s.fromMe !== m.fromMe) s.fromMe = null; // the export disagrees with itself: unknown
    }
  });
  return [...by.values()]
    .sort((a, b) => b.messages - a.messages || a.first - b.first)
    .map(({ first: _first, ...s }) => s);
}

/** Messages still without a side (neither the export nor `me` says whose they are). */
export function unknownSideCount(db: Database.Database, chatId: number): number {
  return (
    stmt(db, 'SELECT count(*) AS n FROM chat_messages WHERE chat_id = ? AND from_me IS NULL').get(chatId) as {
      n: number;
    }
  ).n;
}

/**
 * The person named `me`: where the export says nothing, their messages become theirs and everyone
 * else's the other side's. What the export itself says is never overridden.
 */
export function setChatMe(db: Database.Database, chatId: number, me: string): number {
  stmt(db, 'UPDATE chat_imports SET me = ? WHERE id = ?').run(me, chatId);
  return stmt(
    db,
    `UPDATE chat_messages SET from_me = CASE WHEN ifnull(sender_id, sender) = ? THEN 1 ELSE 0 END
      WHERE chat_id = ? AND from_me_export IS NULL`,
  ).run(me, chatId).changes;
}

export interface MessageFilter {
  offset?: number;
  limit?: number;
  /** Beijing dates, inclusive. */
  from?: string;
  to?: string;
  query?: string;
}

function likeOf(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** One window of a chat in file order, filtered by date and words; `total` counts the filtered rows. */
export function listChatMessages(
  db: Database.Database,
  chatId: number,
  f: MessageFilter,
): { messages: StoredChatMessage[]; total: number } {
  const where = `chat_id = ? AND time >= ? AND time < ? AND (? = '' OR (text || ' ' || sender || ' ' || ifnull(memo, '') || ' ' || ifnull(transcript, '')) LIKE ? ESCAPE '\\')`;
  const q = f.query?.trim() ?? '';
  const params = [chatId, f.from ?? '0000', f.to ? `${f.to}T99` : '9999', q, likeOf(q)];
  const total = (
    stmt(db, `SELECT count(*) AS n FROM chat_messages WHERE ${where}`).get(...params) as { n: number }
  ).n;
  const rows = stmt(db, `SELECT * FROM chat_messages WHERE ${where} ORDER BY seq LIMIT ? OFFSET ?`).all(
    ...params,
    f.limit ?? -1,
    f.offset ?? 0,
  ) as MessageRow[];
  return { messages: rows.map(toStoredMessage), total };
}

export function getChatMessage(db: Database.Database, id: number): StoredChatMessage {
  const row = stmt(db, 'SELECT * FROM chat_messages WHERE id = ?').get(id) as MessageRow | undefined;
  if (!row) throw new AppError('not-found', { what: 'Message 消息', id });
  return toStoredMessage(row);
}

export function setTranscript(db: Database.Database, id: number, transcript: string, at: string): void {
  stmt(db, 'UPDATE chat_messages SET transcript = ?, transcribed_at = ? WHERE id = ?').run(
    transcript,
    at,
    id,
  );
}
