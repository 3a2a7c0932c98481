/**
 * Chat methods: parse an exported WeChat chat (MemoTrace, chatlog, PyWxDump, WechatExporter, text
 * copied from WeChat for PC) without storing it (chat.parse).
 */
import { z } from 'zod';
import type { ChatError, ChatParseResult } from '../../chat/types.ts';
import type { ChatSender } from '../../../db/queries/chats.ts';
import { id, nonEmpty, text } from './common.ts';

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
  /**
   * Store a chat: the file becomes chat-backup evidence (if this case does not hold it yet) and its
   * messages are stored linked to it, in one transaction. Give `path` (a file) or `evidenceId` (an
   * export already stored in this case). Re-importing the same file adds nothing; with `me` it sets
   * which sender is the person where the export does not say.
   */
  'chat.import': z
    .object({
      caseId: id,
      path: z.string().min(1).max(4096).optional(),
      originalName: text(1024).optional(),
      evidenceId: id.optional(),
      /** The sender who is the person (a wxid, else the display name as chat.import listed it). */
      me: nonEmpty(200).optional(),
      ...chatDateHints,
    })
    .refine((v) => (v.path === undefined) !== (v.evidenceId === undefined), {
      message: '请给出文件或证据编号之一 (give a file or an evidence id, one of them)',
      path: ['path'],
    }),
};

export interface ChatImportResult {
  chatId: number;
  evidenceId: number;
  /** This case already held the file as evidence (same SHA-256): no second copy was stored. */
  evidenceReused: boolean;
  /** The messages were already stored by an earlier import: nothing was added. */
  alreadyImported: boolean;
  format: ChatParseResult['format'];
  encoding: string | null;
  messageCount: number;
  /** Problems found in the file (the first 200), each with file and line. */
  errors: ChatError[];
  errorCount: number;
  /** Which sender is the person: from the export, or `me`; null while unknown. */
  me: string | null;
  /** Some messages have no side yet: ask "这些人里哪一位是你？" and call again with `me`. */
  needsMe: boolean;
  senders: ChatSender[];
}

export interface ChatResults {
  'chat.parse': ChatParseResult;
  'chat.import': ChatImportResult;
}
