/**
 * Excerpts: ranges of a chat chosen for the papers (chat_excerpts), and everything the 聊天记录 exhibit
 * prints for one — every message of the range in file order, how many were left out before and after,
 * the people with their 微信号, the export's SHA-256.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../core/errors.ts';
import { stmt } from '../sql.ts';
import {
  chatSenders,
  getChat,
  toStoredMessage,
  type ChatSender,
  type MessageRow,
  type StoredChatMessage,
} from './chats.ts';

export interface ChatExcerpt {
  id: number;
  chatId: number;
  firstSeq: number;
  lastSeq: number;
  title: string;
  createdAt: string;
}

export interface ChatExcerptPrint extends ChatExcerpt {
  evidenceId: number;
  file: string;
  sha256: string;
  format: string;
  /** Messages in the whole chat. */
  total: number;
  messages: StoredChatMessage[];
  omittedBefore: number;
  omittedAfter: number;
  senders: ChatSender[];
}

interface Row {
  id: number;
  chat_id: number;
  first_seq: number;
  last_seq: number;
  title: string;
  created_at: string;
}

const toExcerpt = (r: Row): ChatExcerpt => ({
  id: r.id,
  chatId: r.chat_id,
  firstSeq: r.first_seq,
  lastSeq: r.last_seq,
  title: r.title,
  createdAt: r.created_at,
});

/** An excerpt may print at most this many messages: a paper is read by a person, page by page. */
export const MAX_EXCERPT_MESSAGES = 2000;

export function insertExcerpt(
  db: Database.Database,
  e: { chatId: number; firstSeq: number; lastSeq: number; title: string; createdAt: string },
): ChatExcerpt {
  const id = Number(
    stmt(
      db,
      'INSERT INTO chat_excerpts (chat_id, first_seq, last_seq, title, created_at) VALUES (?, ?, ?, ?, ?)',
    ).run(e.chatId, e.firstSeq, e.lastSeq, e.title, e.createdAt).lastInsertRowid,
  );
  return getExcerpt(db, id);
}

export function getExcerpt(db: Database.Database, id: number): ChatExcerpt {
  const row = stmt(db, 'SELECT * FROM chat_excerpts WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw new AppError('not-found', { what: 'Excerpt 摘录', id });
  return toExcerpt(row);
}

export function deleteExcerpt(db: Database.Database, id: number): void {
  stmt(db, 'DELETE FROM chat_excerpts WHERE id = ?').run(id);
}

export function listCaseExcerpts(db: Database.Database, caseId: number): ChatExcerpt[] {
  return (
    stmt(
      db,
      `SELECT x.* FROM chat_excerpts x JOIN chat_imports c ON c.id = x.chat_id
        WHERE c.case_id = ? ORDER BY x.chat_id, x.first_seq, x.id`,
    ).all(caseId) as Row[]
  ).map(toExcerpt);
}

/** Every excerpt of the case with what its exhibit prints, in chat and range order. */
export function excerptsForPrint(db: Database.Database, caseId: number): ChatExcerptPrint[] {
  return listCaseExcerpts(db, caseId).map((x) => {
    const chat = getChat(db, x.chatId);
    const ev = stmt(db, 'SELECT original_name, sha256 FROM evidence WHERE id = ?').get(chat.evidenceId) as {
      original_name: string;
      sha256: string;
    };
    const messages = (
      stmt(db, 'SELECT * FROM chat_messages WHERE chat_id = ? AND seq BETWEEN ? AND ? ORDER BY seq').all(
        x.chatId,
        x.firstSeq,
        x.lastSeq,
      ) as MessageRow[]
    ).map(toStoredMessage);
    return {
      ...x,
      evidenceId: chat.evidenceId,
      file: ev.original_name,
      sha256: ev.sha256,
      format: chat.format,
      total: chat.messageCount,
      messages,
      omittedBefore: x.firstSeq,
      omittedAfter: Math.max(0, chat.messageCount - 1 - x.lastSeq),
      senders: chatSenders(db, x.chatId),
    };
  });
}
