/**
 * MemoTrace HTML: the messages are JavaScript object literals in `const chatMessages = [ … ];`.
 * They are read as data, never run: a bounded scanner (strings, escapes, brace depth) cuts out each
 * `{…}` and JSON5 parses it, so a damaged literal costs that one message, named by its line, and a
 * `</script>` or quote inside a message is just text. Text is HTML-escaped inside the JS strings.
 */
import JSON5 from 'json5';
import { chatMessages } from './chatMessages.ts';
import { directionFromPaySubtype, firstYuanAmount } from './chatMoney.ts';
import { epochSecondsToIso } from './chatTime.ts';
import { chatMessage } from './message.ts';
import { memotraceKind } from './memotraceCsv.ts';
import type { ChatMessage, ChatSink } from './types.ts';

export const MEMOTRACE_HTML_MARK = 'const chatMessages = [';
/** One message literal longer than this is damage, not a message. */
const MAX_LITERAL_CHARS = 2_000_000;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** '&lt;b&gt; &#39;x&#39; &#x4F60;' → "<b> 'x' 你". Unknown entities stay as written. */
export function unescapeHtml(s: string): string {
  if (!s.includes('&')) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const amp = s.indexOf('&', i);
    if (amp < 0) break;
    out += s.slice(i, amp);
    const semi = s.indexOf(';', amp);
    const name = semi > amp && semi - amp <= 10 ? s.slice(amp + 1, semi) : null;
    let rep: string | undefined;
    if (name?.startsWith('#x') || name?.startsWith('#X')) rep = codePoint(parseInt(name.slice(2), 16));
    else if (name?.startsWith('#')) rep = codePoint(parseInt(name.slice(1), 10));
    else if (name) rep = ENTITIES[name];
    if (rep === undefined || semi < 0) {
      out += '&';
      i = amp + 1;
    } else {
      out += rep;
      i = semi + 1;
    }
  }
  return out + s.slice(i);
}

function codePoint(n: number): string | undefined {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(str(v)));

function toMessage(o: Record<string, unknown>, line: number): ChatMessage | null {
  const time = epochSecondsToIso(str(o.timestamp ?? o.CreateTime));
  if (time === null) return null;
  const type = num(o.type);
  const subType = num(o.sub_type ?? 0);
  const text = unescapeHtml(str(o.text));
  const kind = memotraceKind(type, subType, text);
  const fromMe = o.is_send === undefined ? null : num(o.is_send) === 1;
  const money = kind === 'transfer' || kind === 'red-packet';
  return chatMessage({
    line,
    time,
    sender: unescapeHtml(str(o.displayname ?? o.nickname)) || (fromMe ? '我' : ''),
    senderId: str(o.wxid ?? o.sender) || null,
    fromMe,
    kind,
    text,
    amountFen: money ? firstYuanAmount(str(o.feedesc)) : null,
    memo: money ? unescapeHtml(str(o.pay_memo)) : null,
    transferDirection: kind === 'transfer' ? directionFromPaySubtype(num(o.paysubtype)) : null,
  });
}

/** Parses the array; returns how many messages went to the sink. `text` is the whole file. */
export function readMemotraceHtml(text: string, file: string, sink: ChatSink): number {
  const mark = text.indexOf(MEMOTRACE_HTML_MARK);
  if (mark < 0) {
    sink.error({ file, line: null, message: chatMessages.htmlNoArray() });
    return 0;
  }
  let line = 1;
  for (let i = 0; i < mark; i++) if (text.charCodeAt(i) === 10) line++;
  const arrayLine = line;
  let count = 0;
  let depth = 0;
  let quote = 0;
  let objStart = -1;
  let objLine = 0;
  let badLine = 0;
  const n = text.length;
  for (let i = mark + MEMOTRACE_HTML_MARK.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (quote !== 0) {
      if (c === 92 /* \ */) {
        if (text.charCodeAt(i + 1) === 10) line++;
        i++;
      } else if (c === quote) quote = 0;
      else if (c === 10 && quote !== 96) quote = 0; // a line break ends a broken '…' / "…" string
      continue;
    }
    if (c === 39 || c === 34 || c === 96) quote = c;
    else if (c === 123 /* { */) {
      if (depth === 0) {
        objStart = i;
        objLine = line;
      }
      depth++;
    } else if (c === 125 /* } */ && depth > 0) {
      depth--;
      if (depth === 0) {
        const literal = text.slice(objStart, i + 1);
        const message = literal.length <= MAX_LITERAL_CHARS ? parseLiteral(literal, objLine) : null;
        if (message) {
          sink.message(message);
          count++;
        } else sink.error({ file, line: objLine, message: chatMessages.htmlBadLiteral() });
      }
    } else if (c === 93 /* ] */ && depth === 0) return count;
    else if (depth === 0 && c !== 44 && c > 32 && badLine !== line) {
      // Stray text between literals: a damaged list. Report once per line and read on.
      badLine = line;
      sink.error({ file, line, message: chatMessages.htmlBadLiteral() });
    }
  }
  sink.error({ file, line: depth > 0 ? objLine : arrayLine, message: chatMessages.htmlUnterminated() });
  return count;
}

function parseLiteral(literal: string, line: number): ChatMessage | null {
  try {
    const value: unknown = JSON5.parse(literal);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    return toMessage(value as Record<string, unknown>, line);
  } catch {
    return null;
  }
}
