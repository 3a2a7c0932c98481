/**
 * The CSV exports (MemoTrace, chatlog, PyWxDump), streamed through csv-parse. The header row names
 * the columns, so a column order an exporter changes later still maps; each format turns one record
 * into a message (or says why it cannot).
 */
import { finished } from 'node:stream/promises';
import { parse } from 'csv-parse';
import type { LocalizedText } from '../domain/types.ts';
import { chatMessages } from './chatMessages.ts';
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
 * Reads every record after the header; returns how many messages were sent to the sink. Records are
 * handled inside csv-parse's on_record hook, so everything before a fatal CSV error (an unclosed
 * quote at the end of the file) has been delivered when that error arrives.
 */
export async function readCsvChat(
  chunks: AsyncIterable<string>,
  file: string,
  layout: CsvChatLayout,
  sink: ChatSink,
): Promise<number> {
  let index: Map<string, number> | null = null;
  let want = 0;
  let previousEnd = 0;
  let count = 0;
  let stop = false;
  let current: string[] = [];
  const cell: Cell = (name) => {
    const i = index?.get(name);
    return i === undefined ? '' : (current[i] ?? '');
  };
  const onRecord = (record: string[], endLine: number): void => {
    const line = previousEnd + 1;
    previousEnd = endLine;
    if (stop) return;
    if (index === null) {
      index = new Map(record.map((name, i) => [name.trim(), i]));
      want = record.length;
      const missing = layout.required.filter((name) => !index?.has(name));
      if (missing.length > 0) {
        sink.error({ file, line, message: chatMessages.missingColumns(missing.join(', ')) });
        stop = true;
      }
      return;
    }
    if (record.length < want) {
      sink.error({ file, line, message: chatMessages.tooFewFields(record.length, want) });
      return;
    }
    current = record;
    const out = layout.toMessage(cell, line);
    if ('zh' in out) sink.error({ file, line, message: out });
    else {
      sink.message(out);
      count++;
    }
  };
  const parser = parse({
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_CHARS,
    on_record: (record: string[], context) => {
      onRecord(record, context.lines);
      return null; // nothing is pushed downstream: no buffering, no backpressure
    },
  });
  let failure: unknown = null;
  parser.on('error', (err) => (failure ??= err));
  parser.resume();
  const done = finished(parser).catch(() => undefined);
  for await (const chunk of chunks) {
    if (failure !== null || stop) break;
    parser.write(chunk);
  }
  if (failure === null) parser.end();
  else parser.destroy();
  await done;
  if (failure !== null) {
    const at = (failure as { lines?: unknown }).lines;
    const line = typeof at === 'number' && at > 0 ? at : previousEnd + 1;
    sink.error({ file, line, message: chatMessages.csvBroken() });
  }
  return count;
}
