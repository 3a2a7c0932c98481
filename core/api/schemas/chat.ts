/**
 * Chat methods: parse an exported WeChat chat (MemoTrace, chatlog, PyWxDump, WechatExporter, text
 * copied from WeChat for PC) without storing it (chat.parse).
 */
import { z } from 'zod';
import type { ChatParseResult } from '../../chat/types.ts';
import { text } from './common.ts';

/**
 * What a chat export may leave unsaid (chatlog's text prints 'MM-DD HH:MM:SS' or 'HH:MM:SS'): the
 * person gives the year or the day; the importer never guesses it.
 */
export const chatDateHints = {
  year: z.number().int().min(1995).max(2200).optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期写成 2024-05-01 (a date like 2024-05-01)')
    .optional(),
};

export const chatSchemas = {
  'chat.parse': z.object({
    path: z.string().min(1).max(4096),
    /** Name to report instead of the path's basename (browser uploads arrive under a temp name). */
    originalName: text(1024).optional(),
    ...chatDateHints,
  }),
};

export interface ChatResults {
  'chat.parse': ChatParseResult;
}
