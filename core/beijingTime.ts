/**
 * Times people type and bills carry are Beijing time (UTC+08:00) without a zone marker.
 * We store ISO 8601 with the offset, and refuse times that do not exist (2025-02-30, 25:00).
 */
import { AppError } from './errors.ts';

const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const BEIJING_OFFSET = '+08:00';
const BEIJING_MS = 8 * 3600_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function validDate(y: number, mo: number, d: number): string | null {
  if (mo < 1 || mo > 12) return 'month must be 01–12';
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days) return `${y}-${pad(mo)} has ${days} days`;
  return null;
}

/** "2025-05-18 12:00:00" (Beijing) → "2025-05-18T12:00:00+08:00". An explicit zone is kept. */
export function parseBeijingDateTime(text: string): string {
  const m = DATETIME.exec(text.trim());
  if (!m) throw new AppError('time-invalid', { value: text, reason: 'not in the expected format' });
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '00'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const dateProblem = validDate(y, mo, d);
  if (dateProblem) throw new AppError('time-invalid', { value: text, reason: dateProblem });
  if (h > 23 || mi > 59 || s > 59)
    throw new AppError('time-invalid', { value: text, reason: 'hour/minute/second out of range' });
  const zone = m[7] === 'Z' ? '+00:00' : (m[7] ?? BEIJING_OFFSET);
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${zone}`;
}

/** "2025-05-19" → the same, validated. Also accepts a date-time and keeps it (with zone). */
export function parseDateOrDateTime(text: string): string {
  const m = DATE.exec(text.trim());
  if (!m) {
    try {
      return parseBeijingDateTime(text);
    } catch {
      throw new AppError('date-invalid', { value: text, reason: 'not in the expected format' });
    }
  }
  const problem = validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (problem) throw new AppError('date-invalid', { value: text, reason: problem });
  return text.trim();
}

/** A Date (instant) → ISO 8601 in Beijing time with +08:00, for display and storage. */
export function toBeijingIso(date: Date): string {
  const t = new Date(date.getTime() + BEIJING_MS);
  return (
    `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}` +
    `T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}${BEIJING_OFFSET}`
  );
}

/** Now, in Beijing time — the clock every stored timestamp uses. */
export function nowIso(): string {
  return toBeijingIso(new Date());
}
