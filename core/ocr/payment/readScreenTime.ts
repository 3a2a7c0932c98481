/**
 * Times as payment screens show them — "2025年5月18日 04:44:15", "2025-05-18 04:44:15",
 * "2025/05/18 04:44" — to ISO 8601 in Beijing time (+08:00). The calendar is checked (no 2月30日),
 * so a misread digit that makes an impossible date is refused rather than rolled over.
 */
const FORMS = [
  /^(\d{4})年(\d{1,2})月(\d{1,2})日(\d{1,2}):(\d{2})(?::(\d{2}))?$/,
  /^(\d{4})[-/.](\d{2})[-/.](\d{2})(\d{2}):(\d{2})(?::(\d{2}))?$/,
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (y < 2000 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function readScreenTime(raw: string): string | null {
  // Spaces go (OCR puts them anywhere); the date and clock then touch: "2025-05-1804:44:15".
  const s = raw.replace(/\s/g, '').replace(/：/g, ':');
  if (s.length > 40) return null;
  for (const form of FORMS) {
    const m = form.exec(s);
    if (!m) continue;
    const [y, mo, d, h, mi, se] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v))) as number[];
    if (!isCalendarDate(y!, mo!, d!) || h! > 23 || mi! > 59 || se! > 59) return null;
    return `${y}-${pad(mo!)}-${pad(d!)}T${pad(h!)}:${pad(mi!)}:${pad(se!)}+08:00`;
  }
  return null;
}
