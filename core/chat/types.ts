/**
 * What the chat importers hand back. Pure types: the renderer may `import type` them.
 *
 * Conventions (DOMAIN.md §5): times are ISO 8601 with +08:00, money is integer fen. Importers never
 * throw for bad content: they return the messages they could read plus one ChatError per problem.
 */
import type { LocalizedText } from '../domain/types.ts';

/** The detected exporter and layout. 'unknown' when the content is no chat export we know. */
export type ChatFormat =
  | 'memotrace-csv'
  | 'memotrace-txt'
  | 'memotrace-html'
  | 'chatlog-csv'
  | 'chatlog-json'
  | 'chatlog-txt'
  | 'pywxdump-csv'
  | 'wechatexporter-txt'
  | 'wechat-pc-copy'
  | 'unknown';

export type ChatMessageKind =
  'text' | 'image' | 'voice' | 'video' | 'file' | 'transfer' | 'red-packet' | 'system' | 'recall' | 'other';

/** Which way a transfer went, from the account owner's side where the export says so. */
export type TransferDirection = 'sent' | 'received' | 'returned' | 'delayed';

export interface ChatMessage {
  /** 1-based line in the file where the message starts. */
  line: number;
  /** ISO 8601, Beijing time (from epoch seconds where the export has them). */
  time: string;
  /** Display name as the export shows it ('' when it shows none). */
  sender: string;
  /** wxid where the export carries one. */
  senderId: string | null;
  /** From the export where it says; null when it does not (the UI asks once who is the user). */
  fromMe: boolean | null;
  kind: ChatMessageKind;
  text: string;
  /** Transfers / red packets: the amount where the export states it; null otherwise. */
  amountFen: number | null;
  memo: string | null;
  transferDirection: TransferDirection | null;
}

export interface ChatError {
  /** The file name as the user gave it. */
  file: string;
  /** 1-based line; null when the problem concerns the whole file. */
  line: number | null;
  message: LocalizedText;
}

export interface ChatParseResult {
  format: ChatFormat;
  /** How the bytes were read: 'utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be'. */
  encoding: string | null;
  messages: ChatMessage[];
  errors: ChatError[];
  /**
   * The export prints times without a year ('05-01 12:30:05', chatlog's text) or without a date
   * ('12:30:05'): nothing in the file says which, so it is asked for (options.year / options.date)
   * instead of guessed. Null when the file needs nothing.
   */
  missingDate: MissingDate | null;
}

export type MissingDate = 'year' | 'date';

/** What the person tells the importer that the file itself does not say. */
export interface ChatParseOptions {
  /** The year of a chatlog text export printed as 'MM-DD HH:MM:SS'. */
  year?: number;
  /** The day ('YYYY-MM-DD') of a chatlog text export printed as 'HH:MM:SS' (one day's chat). */
  date?: string;
}

/** Receives messages as they are read, so a million-message export never has to sit in memory. */
export interface ChatSink {
  message(m: ChatMessage): void;
  error(e: ChatError): void;
}
