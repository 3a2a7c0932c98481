/**
 * Header lines of the text exports, read by position and indexOf (no backtracking patterns):
 *   MemoTrace TXT      '2024-05-01 12:30:05 张 三'        (time = the first 19 characters)
 *   WechatExporter     '张 三 (2024-05-01 12:30:05):你好'
 *   WeChat PC copy     '张 三 2024/5/1 12:30:05'           (name, then date and time)
 */
import { wallClockToIso } from './chatTime.ts';
import type { TextChatLayout, TextHeader } from './textChat.ts';

/** True when `s` at `at` looks like 'YYYY-MM-DD HH:MM:SS' (digits and separators in place). */
function isTime19(s: string, at: number): boolean {
  if (s.length < at + 19) return false;
  for (let i = 0; i < 19; i++) {
    const c = s.charCodeAt(at + i);
    const want = i === 4 || i === 7 ? 45 : i === 10 ? 32 : i === 13 || i === 16 ? 58 : -1;
    if (want === -1 ? c < 48 || c > 57 : c !== want) return false;
  }
  return true;
}

export function memotraceTxtHeader(line: string): TextHeader | null {
  if (!isTime19(line, 0) || line.charCodeAt(19) !== 32 || line.length < 21) return null;
  const rawTime = line.slice(0, 19);
  return { time: wallClockToIso(rawTime), rawTime, sender: line.slice(20), inline: null };
}

export function wechatExporterHeader(line: string): TextHeader | null {
  // The first ' (YYYY-MM-DD HH:MM:SS):' in the line: a name may itself hold spaces and brackets.
  let from = 0;
  for (let guard = 0; guard < 64; guard++) {
    const close = line.indexOf('):', from);
    if (close < 0) return null;
    const open = close - 21;
    if (
      open >= 1 &&
      line.charCodeAt(open) === 32 &&
      line.charCodeAt(open + 1) === 40 &&
      isTime19(line, open + 2)
    ) {
      const rawTime = line.slice(open + 2, close);
      return {
        time: wallClockToIso(rawTime),
        rawTime,
        sender: line.slice(0, open),
        inline: line.slice(close + 2),
      };
    }
    from = close + 2;
  }
  return null;
}

export const WECHAT_EXPORTER_TITLE = ' - 微信聊天记录';

/** Date 'YYYY-M-D' or 'YYYY/M/D' with a 4-digit year. */
function isDateToken(s: string): boolean {
  if (s.length < 8 || s.length > 10) return false;
  const sep = s.charCodeAt(4);
  if (sep !== 45 && sep !== 47) return false;
  let seps = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === sep) seps++;
    else if (c < 48 || c > 57) return false;
  }
  return seps === 2;
}

/** Time 'H:MM' or 'HH:MM:SS'. */
function isClockToken(s: string): boolean {
  if (s.length < 4 || s.length > 8) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 58 && (c < 48 || c > 57)) return false;
  }
  return s.includes(':');
}

export function pcCopyHeader(line: string): TextHeader | null {
  const s = line.trimEnd();
  if (s.length > 200) return null;
  const lastSpace = s.lastIndexOf(' ');
  const dateSpace = lastSpace > 0 ? s.lastIndexOf(' ', lastSpace - 1) : -1;
  if (dateSpace < 1) return null;
  const date = s.slice(dateSpace + 1, lastSpace);
  const clock = s.slice(lastSpace + 1);
  if (!isDateToken(date) || !isClockToken(clock)) return null;
  const rawTime = `${date} ${clock}`;
  return { time: wallClockToIso(rawTime), rawTime, sender: s.slice(0, dateSpace), inline: null };
}

export const memotraceTxtLayout: TextChatLayout = { header: memotraceTxtHeader, headerAfterBlankOnly: true };
export const wechatExporterLayout: TextChatLayout = {
  header: wechatExporterHeader,
  headerAfterBlankOnly: false,
  preamble: (line) => line.trim() === '' || line.trimEnd().endsWith(WECHAT_EXPORTER_TITLE),
};
export const pcCopyLayout: TextChatLayout = { header: pcCopyHeader, headerAfterBlankOnly: false };
