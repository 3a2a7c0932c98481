/** Display helpers. Money is integer fen in the core; shown as yuan with two decimals. */
import { formatFen } from '../../core/money.ts';

/** 123456 → "¥1,234.56"; the sign goes before ¥ (formatFen gives "-1,234.56"). */
export function yuan(fen: number): string {
  const text = formatFen(fen);
  return text.startsWith('-') ? `-¥${text.slice(1)}` : `¥${text}`;
}

/** "2025-05-18T12:00:00+08:00" → "2025-05-18 12:00:00" (times are shown as stored: Beijing time). */
export function shortTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return iso.replace('T', ' ').replace(/(\.\d+)?([+-]\d\d:\d\d|Z)$/, '');
}

/** The folder part of an absolute path, POSIX or Windows ("/v/exports/a.pdf" → "/v/exports"). */
export function folderOf(file: string): string {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  if (cut < 0) return file;
  const folder = file.slice(0, cut);
  // "/a.pdf" → "/", "C:\a.pdf" → "C:\" (a bare "C:" would mean the drive's current folder).
  return folder === '' || /^[A-Za-z]:$/.test(folder) ? file.slice(0, cut + 1) : folder;
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Whole days from today (Beijing calendar) to a YYYY-MM-DD day or an ISO instant. */
export function daysUntil(date: string, now = new Date()): number {
  const target = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T23:59:59+08:00`) : new Date(date);
  return Math.ceil((target.getTime() - now.getTime()) / 86_400_000);
}
