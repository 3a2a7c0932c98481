/** Which exporter wrote this file, from its first lines alone (never from the file name). */
import { CHATLOG_CSV_HEADER } from './chatlogCsv.ts';
import { CHATLOG_JSON_KEYS } from './chatlogJson.ts';
import { parseChatlogHeader } from './chatlogText.ts';
import { MEMOTRACE_CSV_HEADER } from './memotraceCsv.ts';
import { MEMOTRACE_HTML_MARK } from './memotraceHtml.ts';
import { PYWXDUMP_CSV_HEADER } from './pywxdumpCsv.ts';
import {
  memotraceTxtHeader,
  pcCopyHeader,
  WECHAT_EXPORTER_TITLE,
  wechatExporterHeader,
} from './textHeaders.ts';
import type { ChatFormat } from './types.ts';

/** The first `max` non-blank lines of the file's head (a BOM dropped). */
export function firstChatLines(head: string, max: number): string[] {
  const out: string[] = [];
  let from = 0;
  while (out.length < max && from < head.length) {
    let end = head.indexOf('\n', from);
    if (end < 0) end = head.length;
    const line = head
      .slice(from, end)
      .replace(/\r$/, '')
      .replace(/^\ufeff/, '');
    if (line.trim() !== '') out.push(line);
    from = end + 1;
  }
  return out;
}

export function detectChatFormat(head: string): ChatFormat {
  const lines = firstChatLines(head, 3);
  const first = lines[0] ?? '';
  const header = first.replaceAll('"', '').trim();
  if (header.startsWith(MEMOTRACE_CSV_HEADER)) return 'memotrace-csv';
  if (header.startsWith(CHATLOG_CSV_HEADER)) return 'chatlog-csv';
  if (header.startsWith(PYWXDUMP_CSV_HEADER)) return 'pywxdump-csv';
  if (first.trimStart().startsWith('[') && CHATLOG_JSON_KEYS.every((k) => head.includes(k)))
    return 'chatlog-json';
  const lower = first.trimStart().slice(0, 15).toLowerCase();
  if (head.includes(MEMOTRACE_HTML_MARK) || lower.startsWith('<!doctype html') || lower.startsWith('<html'))
    return 'memotrace-html';
  if (first.trimEnd().endsWith(WECHAT_EXPORTER_TITLE)) return 'wechatexporter-txt';
  if (memotraceTxtHeader(first)) return 'memotrace-txt';
  if (parseChatlogHeader(first, true)) return 'chatlog-txt';
  if (wechatExporterHeader(first)) return 'wechatexporter-txt';
  if (pcCopyHeader(first)) return 'wechat-pc-copy';
  return 'unknown';
}
