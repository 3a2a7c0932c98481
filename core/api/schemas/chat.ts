/**
 * Chat methods: parse an exported WeChat chat (MemoTrace, chatlog, PyWxDump, WechatExporter, text
 * copied from WeChat for PC) without storing it (chat.parse).
 */
import { z } from 'zod';
import type { ChatParseResult } from '../../chat/types.ts';
import { text } from './common.ts';

export const chatSchemas = {
  'chat.parse': z.object({
    path: z.string().min(1).max(4096),
    /** Name to report instead of the path's basename (browser uploads arrive under a temp name). */
    originalName: text(1024).optional(),
  }),
};

export interface ChatResults {
  'chat.parse': ChatParseResult;
}
