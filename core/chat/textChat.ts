/**
 * The plain-text exports: a header line (sender + time, sometimes the message too) followed by the
 * message's lines until the next header. One pass over the lines; each format only says what its
 * header looks like.
 */
import type { LocalizedText } from '../domain/types.ts';
import { chatLines, MAX_LINE_CHARS } from './chatLines.ts';
import { chatMessages } from './chatMessages.ts';
import { chatMessage, kindFromPlaceholder } from './message.ts';
import { directionFromWords, firstYuanAmount } from './chatMoney.ts';
import type { ChatMessageKind, ChatSink, TransferDirection } from './types.ts';

export interface TextHeader {
  time: string | null;
  /** The time as printed, for the error when it cannot be read. */
  rawTime: string;
  sender: string;
  /** Text on the header line itself (WechatExporter); null when the message starts below it. */
  inline: string | null;
  /** The wxid where the header prints one (chatlog's `Name(wxid)`). */
  senderId?: string | null;
  /** Where the header says so (chatlog prints `(我)` for the user's own messages). */
  fromMe?: boolean | null;
}

export interface MoneyFields {
  amountFen: number | null;
  memo: string | null;
  transferDirection: TransferDirection | null;
}

export interface TextChatLayout {
  header(line: string): TextHeader | null;
  /** MemoTrace TXT separates messages by a blank line: a header counts only after one. */
  headerAfterBlankOnly: boolean;
  /** Lines at the very top that are no message (WechatExporter's '<name> - 微信聊天记录'). */
  preamble?(line: string): boolean;
  /** Amount, memo and direction of a transfer as this exporter words it (default: the ¥ amount and 发送/接收 words). */
  money?(kind: ChatMessageKind, text: string): MoneyFields;
}

function plainMoney(kind: ChatMessageKind, text: string): MoneyFields {
  const money = kind === 'transfer' || kind === 'red-packet';
  return {
    amountFen: money ? firstYuanAmount(text) : null,
    memo: null,
    transferDirection: kind === 'transfer' ? directionFromWords(text) : null,
  };
}

interface Pending {
  line: number;
  header: TextHeader;
  lines: string[];
}

function emit(p: Pending, file: string, layout: TextChatLayout, sink: ChatSink): boolean {
  const lines = p.lines;
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop();
  if (p.header.time === null) {
    sink.error({ file, line: p.line, message: chatMessages.badTime(p.header.rawTime) });
    return false;
  }
  const text = lines.join('\n');
  let kind = kindFromPlaceholder(text);
  if (text.startsWith('微信转账')) kind = 'transfer';
  sink.message(
    chatMessage({
      line: p.line,
      time: p.header.time,
      sender: p.header.sender,
      senderId: p.header.senderId ?? null,
      fromMe: p.header.fromMe ?? null,
      kind,
      text,
      ...(layout.money ?? plainMoney)(kind, text),
    }),
  );
  return true;
}

export async function readTextChat(
  chunks: AsyncIterable<string>,
  file: string,
  layout: TextChatLayout,
  sink: ChatSink,
): Promise<number> {
  let pending: Pending | null = null;
  let previousBlank = true;
  let inPreamble = true;
  let count = 0;
  const problem = (line: number, message: LocalizedText) => sink.error({ file, line, message });
  for await (const { text, line, tooLong } of chatLines(chunks)) {
    if (tooLong) {
      problem(line, chatMessages.lineTooLong(MAX_LINE_CHARS));
      continue;
    }
    if (inPreamble && layout.preamble?.(text)) continue;
    inPreamble = false;
    const header = !layout.headerAfterBlankOnly || previousBlank ? layout.header(text) : null;
    previousBlank = text.trim() === '';
    if (header) {
      if (pending && emit(pending, file, layout, sink)) count++;
      pending = { line, header, lines: header.inline === null ? [] : [header.inline] };
    } else if (pending) pending.lines.push(text);
    else if (!previousBlank) problem(line, chatMessages.orphanText());
  }
  if (pending && emit(pending, file, layout, sink)) count++;
  return count;
}
