/**
 * Message times → ISO 8601 in Beijing time. Epoch seconds are the truth where an export has them
 * (MemoTrace's StrTime is the exporting PC's local wall clock, wrong whenever that PC was set to
 * another zone); printed wall-clock times are taken as Beijing time, as the bill importers do.
 */
import { beijingTextToIso } from '../importers/beijingTime.ts';

const BEIJING_OFFSET_S = 8 * 3600;
/** 1995-01-01 .. 2200-01-01: anything outside is not a WeChat message time. */
const MIN_EPOCH_S = 788_918_400;
const MAX_EPOCH_S = 7_258_118_400;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** '1700000000' → '2023-11-15T06:13:20+08:00'; null when not whole seconds in a plausible range. */
export function epochSecondsToIso(text: string): string | null {
  const s = text.trim();
  if (s.length === 0 || s.length > 12) return null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  return epochToIso(Number(s));
}

/** Whole epoch seconds → ISO +08:00; null outside the plausible range. */
export function epochToIso(seconds: number): string | null {
  if (!Number.isInteger(seconds) || seconds < MIN_EPOCH_S || seconds > MAX_EPOCH_S) return null;
  const local = seconds + BEIJING_OFFSET_S;
  const day = Math.floor(local / 86400);
  // Messages come in time order: the date part is the same for long runs, so it is computed per day.
  if (day !== cachedDay) {
    cachedDay = day;
    cachedDate = new Date(day * 86_400_000).toISOString().slice(0, 11);
  }
  const r = local - day * 86400;
  const h = Math.floor(r / 3600);
  const m = Math.floor((r % 3600) / 60);
  return `${cachedDate}${pad2(h)}:${pad2(m)}:${pad2(r % 60)}+08:00`;
}

let cachedDay = Number.NaN;
let cachedDate = '';

/** '2024-05-01 12:30:05' (or 2024/5/1 12:30) → ISO +08:00; null when it is no date and time. */
export function wallClockToIso(text: string): string | null {
  if (text.length > 40) return null;
  return beijingTextToIso(text)?.iso ?? null;
}

/**
 * An RFC 3339 instant with its own offset (chatlog's JSON: Go's time.Time, '2024-05-01T12:30:05+08:00',
 * maybe '…05.123Z' from a PC on UTC) → the same instant in Beijing time. Null without an offset: a
 * zone-less time here would be guessed, and chatlog always writes one.
 */
export function instantToIso(text: string): string | null {
  if (text.length < 20 || text.length > 40 || text.charCodeAt(10) !== 84 /* T */) return null;
  const last = text.charCodeAt(text.length - 1);
  const hasOffset = last === 90 /* Z */ || text.charCodeAt(text.length - 3) === 58; // ±hh:mm
  if (!hasOffset) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? epochToIso(Math.floor(ms / 1000)) : null;
}
