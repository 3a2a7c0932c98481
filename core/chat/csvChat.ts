/**
 * The CSV exports (MemoTrace, chatlog, PyWxDump), streamed through csvRecords.ts. The header row names
 * the columns, so a column order an exporter changes later still maps; each format turns one record
 * into a message (or says why it cannot).
 */
import type { LocalizedText } from '../domain/types.ts';
import { chatMessages } from './chatMessages.ts';
import { readCsvRecords } from './csvRecords.ts';
import type { ChatMessage, ChatSink } from './types.ts';

/** Longest record accepted (characters): far beyond any message, short of exhausting memory. */
const MAX_RECORD_CHARS = 4_000_000;

export type Cell = (name: string) => string;

export interface CsvChatLayout {
  /** Columns the format cannot do without. */
  required: readonly string[];
  toMessage(cell: Cell, line: number): ChatMessage | LocalizedText;
}

/**
 * Reads every record after the header; returns how many messages were sent to the sink. Everything
 * before a fatal CSV error (an unclosed quote at the end of the file) has been delivered when that
 * error is reported.
 */
export async function readCsvChat(
  chunks: AsyncIterable<string>,
  file: string,
  layout: CsvChatLayout,
  sink: ChatSink,
): Promise<number> {
  let index: Map<string, number> | null = null;
  let want = 0;
  let count = 0;
  let current: string[] = [];
  const cell: Cell = (name) => {
    const i = index?.get(name);
    return i === undefined ? '' : (current[i] ?? '');
  };
  const onRecord = (record: string[], line: number): boolean => {
    if (index === null) {
      index = new Map(record.map((name, i) => [name.trim(), i]));
      want = record.length;
      const missing = layout.required.filter((name) => !index?.has(name));
      if (missing.length > 0) {
        sink.error({ file, line, message: chatMessages.missingColumns(missing.join(', ')) });
        return false;
      }
      return true;
    }
    if (record.length < want) {
      sink.error({ file, line, message: chatMessages.tooFewFields(record.length, want) });
      return true;
    }
    current = record;
    const out = layout.toMessage(cell, line);
    if ('zh' in out) sink.error({ file, line, message: out });
    else {
      sink.message(out);
      count++;
    }
    return true;
  };
  const stopped = await readCsvRecords(chunks, onRecord, MAX_RECORD_CHARS);
  if (stopped !== null) sink.error({ file, line: stopped.line, message: chatMessages.csvBroken() });
  return count;
}
