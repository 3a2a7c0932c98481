/**
 * Chat export → messages. `streamChat` hands each message to a sink as it is read (a million-message
 * CSV never sits in memory); `parseChat` collects them. Never throws for bad content: every problem
 * comes back as a ChatError naming the file and line.
 */
import { chatlogCsvLayout } from './chatlogCsv.ts';
import { chatMessages } from './chatMessages.ts';
import { bytesSource, openChatText } from './chatText.ts';
import { readCsvChat } from './csvChat.ts';
import { chatlogMissingDate, chatlogTextLayout, parseChatlogHeader } from './chatlogText.ts';
import { readChatlogJson } from './chatlogJson.ts';
import { detectChatFormat, firstChatLines } from './detectChat.ts';
import { memotraceCsvLayout } from './memotraceCsv.ts';
import { readMemotraceHtml } from './memotraceHtml.ts';
import { pywxdumpCsvLayout } from './pywxdumpCsv.ts';
import { readTextChat } from './textChat.ts';
import { memotraceTxtLayout, pcCopyLayout, wechatExporterLayout } from './textHeaders.ts';
import type {
  ChatFormat,
  ChatMessage,
  ChatParseOptions,
  ChatParseResult,
  ChatSink,
  MissingDate,
} from './types.ts';

/** The HTML export must be read whole (the array is one JS statement); beyond this, ask for CSV. */
export const MAX_HTML_CHARS = 256 * 1024 * 1024;

export interface ChatStreamOutcome {
  format: ChatFormat;
  encoding: string | null;
  messageCount: number;
  missingDate: MissingDate | null;
}

async function collect(chunks: AsyncIterable<string>, limit: number): Promise<string | null> {
  const parts: string[] = [];
  let size = 0;
  for await (const c of chunks) {
    size += c.length;
    if (size > limit) return null;
    parts.push(c);
  }
  return parts.join('');
}

export async function streamChat(
  source: AsyncIterable<Uint8Array>,
  file: string,
  sink: ChatSink,
  options: ChatParseOptions = {},
): Promise<ChatStreamOutcome> {
  const opened = await openChatText(source);
  if ('problem' in opened) {
    const message = opened.problem === 'empty' ? chatMessages.fileEmpty() : chatMessages.notText();
    sink.error({ file, line: null, message });
    return { format: 'unknown', encoding: null, messageCount: 0, missingDate: null };
  }
  const { encoding, head, chunks } = opened;
  const format = detectChatFormat(head);
  let count = 0;
  let missingDate: MissingDate | null = null;
  switch (format) {
    case 'memotrace-csv':
      count = await readCsvChat(chunks, file, memotraceCsvLayout, sink);
      break;
    case 'chatlog-csv':
      count = await readCsvChat(chunks, file, chatlogCsvLayout, sink);
      break;
    case 'pywxdump-csv':
      count = await readCsvChat(chunks, file, pywxdumpCsvLayout, sink);
      break;
    case 'memotrace-txt':
      count = await readTextChat(chunks, file, memotraceTxtLayout, sink);
      break;
    case 'wechatexporter-txt':
      count = await readTextChat(chunks, file, wechatExporterLayout, sink);
      break;
    case 'chatlog-json':
      count = await readChatlogJson(chunks, file, sink);
      break;
    case 'chatlog-txt': {
      const first = firstChatLines(head, 1)[0] ?? '';
      missingDate = chatlogMissingDate(first, options);
      if (missingDate !== null) {
        const sample = parseChatlogHeader(first)?.rawTime ?? '';
        const message =
          missingDate === 'year' ? chatMessages.needYear(sample) : chatMessages.needDate(sample);
        sink.error({ file, line: 1, message });
        return { format, encoding, messageCount: 0, missingDate };
      }
      count = await readTextChat(chunks, file, chatlogTextLayout(options), sink);
      break;
    }
    case 'wechat-pc-copy':
      count = await readTextChat(chunks, file, pcCopyLayout, sink);
      break;
    case 'memotrace-html': {
      const text = await collect(chunks, MAX_HTML_CHARS);
      if (text === null)
        sink.error({
          file,
          line: null,
          message: chatMessages.tooLarge(Math.round(MAX_HTML_CHARS / 1048576)),
        });
      else count = readMemotraceHtml(text, file, sink);
      break;
    }
    case 'unknown':
      sink.error({ file, line: null, message: chatMessages.notChat() });
      return { format, encoding, messageCount: 0, missingDate };
  }
  if (count === 0) sink.error({ file, line: null, message: chatMessages.noMessages() });
  return { format, encoding, messageCount: count, missingDate };
}

export async function parseChatStream(
  source: AsyncIterable<Uint8Array>,
  file: string,
  options: ChatParseOptions = {},
): Promise<ChatParseResult> {
  const messages: ChatMessage[] = [];
  const errors: ChatParseResult['errors'] = [];
  const sink: ChatSink = { message: (m) => messages.push(m), error: (e) => errors.push(e) };
  const { format, encoding, missingDate } = await streamChat(source, file, sink, options);
  return { format, encoding, messages, errors, missingDate };
}

export function parseChat(
  bytes: Uint8Array,
  file: string,
  options: ChatParseOptions = {},
): Promise<ChatParseResult> {
  return parseChatStream(bytesSource(bytes), file, options);
}
