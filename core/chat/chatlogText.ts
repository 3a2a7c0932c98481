/**
 * sjzar/chatlog's plain text (`/api/v1/chatlog`, its default format; Message.PlainText): one block
 * per message, separated by a blank line:
 *   `SenderName(wxid) [RoomName(roomid)] <time>\n<content>\n\n`
 * `(我)` stands for the user's own wxid, a sender without a name is printed bare, and the room part
 * appears only for group chats. The time format depends on the range asked for (util.PerfectTimeFormat):
 * '2006-01-02 15:04:05' when it spans years, '01-02 15:04:05' within one year, '15:04:05' within one
 * day. The last two leave the year (or the date) unsaid: the person says it (options), it is never
 * guessed — the file's own date is the export day, not the chat's.
 */
import { chatlogMoney } from './chatMoney.ts';
import { wallClockToIso } from './chatTime.ts';
import type { TextChatLayout, TextHeader } from './textChat.ts';
import type { ChatParseOptions, MissingDate } from './types.ts';

export type ChatlogClock = 'full' | 'month-day' | 'time-only';

interface HeaderParts {
  sender: string;
  senderId: string | null;
  fromMe: boolean;
  rawTime: string;
  clock: ChatlogClock;
}

/** Digits and separators at fixed places: `pattern` uses 'd' for a digit, any other char literally. */
function shaped(s: string, at: number, pattern: string): boolean {
  if (at < 0 || s.length < at + pattern.length) return false;
  for (let i = 0; i < pattern.length; i++) {
    const c = s.charCodeAt(at + i);
    const p = pattern.charCodeAt(i);
    if (p === 100 /* d */ ? c < 48 || c > 57 : c !== p) return false;
  }
  return true;
}

const CLOCKS: readonly [ChatlogClock, string][] = [
  ['full', ' dddd-dd-dd dd:dd:dd'],
  ['month-day', ' dd-dd dd:dd:dd'],
  ['time-only', ' dd:dd:dd'],
];

/** A wxid or 微信号: ASCII letters, digits, _ - @ . (at most 64), as WeChat allows; or chatlog's 我. */
function isId(s: string): boolean {
  if (s === '我' || s === '系统消息') return true;
  if (s.length === 0 || s.length > 64) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok =
      (c >= 48 && c <= 57) ||
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      c === 95 ||
      c === 45 ||
      c === 64 ||
      c === 46;
    if (!ok) return false;
  }
  return true;
}

/** `requireName`: only `Name(id)` counts (for detection: a bare word before a time is too common). */
export function parseChatlogHeader(line: string, requireName = false): HeaderParts | null {
  const s = line.trimEnd();
  if (s.length > 600) return null;
  for (const [clock, pattern] of CLOCKS) {
    const at = s.length - pattern.length;
    if (!shaped(s, at, pattern)) continue;
    // 'time-only' must not be the tail of a longer date ('…05-01 12:30:05' is month-day).
    if (clock === 'time-only' && shaped(s, at - 6, 'dd-dd ')) continue;
    let who = s.slice(0, at);
    if (who.endsWith(']')) {
      const room = who.lastIndexOf(' [');
      if (room > 0) who = who.slice(0, room);
    }
    let sender = who;
    let id = who;
    if (who.endsWith(')')) {
      const open = who.lastIndexOf('(');
      if (open > 0) {
        sender = who.slice(0, open);
        id = who.slice(open + 1, -1);
      }
    } else if (requireName) return null;
    if (sender.length === 0 || !isId(id)) return null;
    const fromMe = id === '我';
    const senderId = fromMe || id === '系统消息' ? null : id;
    return {
      sender: sender === id && fromMe ? '我' : sender,
      senderId,
      fromMe,
      rawTime: s.slice(at + 1),
      clock,
    };
  }
  return null;
}

/** What the file's first header needs that it does not print. */
export function chatlogMissingDate(firstHeader: string, options: ChatParseOptions): MissingDate | null {
  const clock = parseChatlogHeader(firstHeader)?.clock;
  if (clock === 'month-day' && options.year === undefined) return 'year';
  if (clock === 'time-only' && options.date === undefined) return 'date';
  return null;
}

function toIso(raw: string, clock: ChatlogClock, options: ChatParseOptions): string | null {
  if (clock === 'full') return wallClockToIso(raw);
  if (clock === 'month-day')
    return options.year === undefined ? null : wallClockToIso(`${options.year}-${raw}`);
  return options.date === undefined ? null : wallClockToIso(`${options.date} ${raw}`);
}

export function chatlogTextLayout(options: ChatParseOptions): TextChatLayout {
  return {
    headerAfterBlankOnly: true,
    header(line: string): TextHeader | null {
      const h = parseChatlogHeader(line);
      if (h === null) return null;
      const rawTime =
        h.clock === 'month-day' && options.year !== undefined ? `${options.year}-${h.rawTime}` : h.rawTime;
      return {
        time: toIso(h.rawTime, h.clock, options),
        rawTime,
        sender: h.sender,
        senderId: h.senderId,
        fromMe: h.fromMe,
        inline: null,
      };
    },
    money: chatlogMoney,
  };
}
