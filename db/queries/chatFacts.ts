/** The case's chats in the few numbers the rules ask about (CaseSnapshot.chats). */
import type Database from 'better-sqlite3';
import type { CaseChatFacts } from '../../core/domain/types.ts';
import { stmt } from '../sql.ts';

export function caseChatFacts(db: Database.Database, caseId: number): CaseChatFacts {
  const m = stmt(
    db,
    `SELECT count(DISTINCT c.id) AS chats, count(m.id) AS messages,
            ifnull(sum(m.kind = 'voice' AND (m.transcript IS NULL OR m.transcript = '')), 0) AS voice
       FROM chat_imports c LEFT JOIN chat_messages m ON m.chat_id = c.id WHERE c.case_id = ?`,
  ).get(caseId) as { chats: number; messages: number; voice: number };
  const x = stmt(
    db,
    `SELECT count(*) AS excerpts, ifnull(sum(x.first_seq > 0 OR x.last_seq < c.message_count - 1), 0) AS leaving
       FROM chat_excerpts x JOIN chat_imports c ON c.id = x.chat_id WHERE c.case_id = ?`,
  ).get(caseId) as { excerpts: number; leaving: number };
  return {
    chats: m.chats,
    messages: m.messages,
    voiceUntranscribed: m.voice,
    excerpts: x.excerpts,
    excerptsLeavingOut: x.leaving,
  };
}
