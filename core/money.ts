/** Money is integer fen everywhere (DOMAIN.md §5). Parsing works on the decimal text, never on floats. */
import { AppError } from './errors.ts';

const YUAN = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/** "12.34" → 1234. Rejects negatives, more than two decimals, and anything not a plain number. */
export function parseYuanToFen(text: string): number {
  const trimmed = text.trim();
  const m = YUAN.exec(trimmed);
  if (!m) throw new AppError('amount-invalid', { value: text });
  const yuan = Number(m[1]);
  const fen = Number((m[2] ?? '').padEnd(2, '0'));
  const total = yuan * 100 + fen;
  if (!Number.isSafeInteger(total)) throw new AppError('amount-invalid', { value: text });
  return total;
}

/** 123456 → "1,234.56" (no currency sign; callers add ¥ or 元 as the document wants). */
export function formatFen(fen: number): string {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100).toLocaleString('en-US');
  const cents = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}${yuan}.${cents}`;
}
