/**
 * A stored chat as the chat page reads it, voice transcripts, and excerpts for the papers. Each write is
 * one transaction with its audit entry.
 */
import { nowIso } from '../../beijingTime.ts';
import { AppError } from '../../errors.ts';
import { appendAudit } from '../../../db/auditLog.ts';
import { getCase, touchCase } from '../../../db/queries/cases.ts';
import {
  deleteExcerpt,
  getExcerpt,
  insertExcerpt,
  listCaseExcerpts,
} from '../../../db/queries/chatExcerpts.ts';
import {
  chatSenders,
  getChat,
  getChatMessage,
  listChatMessages,
  listChats,
  setTranscript,
  unknownSideCount,
} from '../../../db/queries/chats.ts';
import { stmt } from '../../../db/sql.ts';
import type { HandlerMap } from '../context.ts';
import type { chatViewSchemas, ChatSummary } from '../schemas/chatViews.ts';

export const chatViewHandlers: HandlerMap<keyof typeof chatViewSchemas> = {
  'chat.list': (ctx, { caseId }) => {
    const { db } = ctx.vault();
    getCase(db, caseId);
    return listChats(db, caseId).map((c): ChatSummary => {
      const ev = stmt(db, 'SELECT original_name, sha256 FROM evidence WHERE id = ?').get(c.evidenceId) as {
        original_name: string;
        sha256: string;
      };
      const span = stmt(
        db,
        'SELECT min(time) AS first, max(time) AS last FROM chat_messages WHERE chat_id = ?',
      ).get(c.id) as { first: string | null; last: string | null };
      return {
        ...c,
        file: ev.original_name,
        sha256: ev.sha256,
        senders: chatSenders(db, c.id),
        needsMe: unknownSideCount(db, c.id) > 0,
        ...span,
      };
    });
  },
  'chat.messages': (ctx, input) => {
    const { db } = ctx.vault();
    const chat = getChat(db, input.chatId);
    getCase(db, chat.caseId);
    return listChatMessages(db, chat.id, input);
  },
  'chat.transcribe': (ctx, { messageId, transcript }) => {
    const { db } = ctx.vault();
    const m = getChatMessage(db, messageId);
    const chat = getChat(db, m.chatId);
    getCase(db, chat.caseId);
    if (m.kind !== 'voice') throw new AppError('chat-not-voice', { line: m.line });
    db.transaction(() => {
      setTranscript(db, messageId, transcript, nowIso());
      appendAudit(db, {
        action: 'chat.transcribed',
        caseId: chat.caseId,
        subject: `chat:${chat.id}`,
        details: { messageId, line: m.line, chars: transcript.length, replaced: m.transcript !== null },
      });
      touchCase(db, chat.caseId);
    })();
    return getChatMessage(db, messageId);
  },
  'chat.saveExcerpt': (ctx, input) => {
    const { db } = ctx.vault();
    const chat = getChat(db, input.chatId);
    getCase(db, chat.caseId);
    if (input.lastSeq >= chat.messageCount)
      throw new AppError('chat-excerpt-out-of-range', { last: input.lastSeq + 1, total: chat.messageCount });
    return db.transaction(() => {
      const x = insertExcerpt(db, { ...input, title: input.title ?? '', createdAt: nowIso() });
      appendAudit(db, {
        action: 'chat.excerpt-saved',
        caseId: chat.caseId,
        subject: `chat:${chat.id}`,
        details: { excerptId: x.id, firstSeq: x.firstSeq, lastSeq: x.lastSeq },
      });
      touchCase(db, chat.caseId);
      return x;
    })();
  },
  'chat.excerpts': (ctx, { caseId }) => {
    const { db } = ctx.vault();
    getCase(db, caseId);
    return listCaseExcerpts(db, caseId);
  },
  'chat.removeExcerpt': (ctx, { id }) => {
    const { db } = ctx.vault();
    const x = getExcerpt(db, id);
    const chat = getChat(db, x.chatId);
    getCase(db, chat.caseId);
    db.transaction(() => {
      deleteExcerpt(db, id);
      appendAudit(db, {
        action: 'chat.excerpt-removed',
        caseId: chat.caseId,
        subject: `chat:${chat.id}`,
        details: { excerptId: id, firstSeq: x.firstSeq, lastSeq: x.lastSeq },
      });
      touchCase(db, chat.caseId);
    })();
    return { removed: id };
  },
};
