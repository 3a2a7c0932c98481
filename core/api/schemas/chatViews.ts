/**
 * Reading a stored chat (chat.list, chat.messages), typing a voice message's transcript
 * (chat.transcribe), and the excerpts chosen for the papers (chat.saveExcerpt, chat.excerpts,
 * chat.removeExcerpt).
 */
import { z } from 'zod';
import type { ChatExcerpt } from '../../../db/queries/chatExcerpts.ts';
import type { ChatImportRecord, ChatSender, StoredChatMessage } from '../../../db/queries/chats.ts';
import { caseIdInput, id, idInput, listWindow, nonEmpty, text } from './common.ts';

export const chatViewSchemas = {
  'chat.list': caseIdInput,
  'chat.messages': z.object({
    chatId: id,
    ...listWindow,
    /** Beijing date 'YYYY-MM-DD' (inclusive) bounds. */
    from: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    to: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    /** Words the message's text, memo, transcript or sender must contain. */
    query: text(200).optional(),
  }),
  'chat.transcribe': z.object({ messageId: id, transcript: nonEmpty(5000) }),
  'chat.saveExcerpt': z
    .object({
      chatId: id,
      firstSeq: z.number().int().min(0),
      lastSeq: z.number().int().min(0),
      title: text(200).optional(),
    })
    .refine((v) => v.lastSeq >= v.firstSeq, {
      message: '摘录的结束不能早于开始 (the excerpt cannot end before it starts)',
      path: ['lastSeq'],
    }),
  'chat.excerpts': caseIdInput,
  'chat.removeExcerpt': idInput,
};

export interface ChatSummary extends ChatImportRecord {
  file: string;
  sha256: string;
  senders: ChatSender[];
  needsMe: boolean;
  first: string | null;
  last: string | null;
}

export interface ChatViewResults {
  'chat.list': ChatSummary[];
  'chat.messages': { messages: StoredChatMessage[]; total: number };
  'chat.transcribe': StoredChatMessage;
  'chat.saveExcerpt': ChatExcerpt;
  'chat.excerpts': ChatExcerpt[];
  'chat.removeExcerpt': { removed: number };
}
