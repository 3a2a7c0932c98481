/**
 * Makes a CSV record's fields line up with the header. WeChat 2019–2024 does not quote 交易对方,
 * so 'WALMART HONG KONG CO.,LIMITED' arrives as two fields (12 instead of 11); Alipay never quotes
 * anything, and its rows end with a comma, so a trailing empty field may be padding or a real
 * empty 备注. We consider every reading: as is, and with the surplus glued back into each
 * free-text column. Only readings in which every key column (time, amount, 收/支, both ids)
 * holds exactly what the export writes there count; if those disagree on any key value, the line
 * is reported, not guessed. A wrong 交易单号 or amount is worse than a row the user sees flagged.
 */
import type { ColumnKey, DetectedLayout } from './billLayouts.ts';
import { keySignature, plausibleCells } from './billRow.ts';

export type FieldFit =
  | { ok: true; cells: string[]; merged: boolean }
  | { ok: false; reason: 'too-few' | 'too-many'; got: number; want: number };

const KEY_COLUMNS: readonly ColumnKey[] = [
  'time',
  'paidTime',
  'amount',
  'direction',
  'txid',
  'merchantOrderId',
  'fee',
  'refunded',
];

const ID_KEYS: readonly ColumnKey[] = ['txid', 'merchantOrderId'];

/**
 * No real line carries more surplus fields than this (a few unquoted commas in a shop name or
 * item). Beyond it the line is reported, not re-aligned: trying every split of thousands of
 * fields would cost quadratic time on one hostile line.
 */
export const MAX_SURPLUS = 16;

const candidateCache = new WeakMap<DetectedLayout, number[]>();

/** Free-text columns, the layout's likely ones first, then every other non-key column. */
function mergeCandidates(layout: DetectedLayout): number[] {
  const cached = candidateCache.get(layout);
  if (cached) return cached;
  const keys = new Set(KEY_COLUMNS.map((k) => layout.index[k]).filter((i): i is number => i !== undefined));
  const preferred = layout.mergeable.map((k) => layout.index[k]).filter((i): i is number => i !== undefined);
  const rest: number[] = [];
  for (let i = 0; i < layout.width; i++) if (!keys.has(i) && !preferred.includes(i)) rest.push(i);
  const all = [...preferred, ...rest];
  candidateCache.set(layout, all);
  return all;
}

function emptyFrom(fields: readonly string[], from: number): boolean {
  for (let i = from; i < fields.length; i++) if ((fields[i] ?? '').trim() !== '') return false;
  return true;
}

/** Index just past the last field with content: every field from there on is empty padding. */
function contentEnd(fields: readonly string[]): number {
  let i = fields.length;
  while (i > 0 && (fields[i - 1] ?? '').trim() === '') i--;
  return i;
}

export function fitFields(fields: string[], layout: DetectedLayout, delimiter: string): FieldFit {
  const want = layout.width;
  const raw = layout.rawWidth; // ≥ want: Alipay rows carry one trailing empty field
  const n = fields.length;
  // Alipay rows always end with the header's trailing comma; a row without it was cut short.
  if (n < raw) return { ok: false, reason: 'too-few', got: n, want: raw };
  const last = contentEnd(fields);
  const tailEmpty = last <= want;
  // The common case: exactly the header's shape (100,000-row bills take only this branch).
  if (n === raw && tailEmpty)
    return { ok: true, cells: n === want ? fields : fields.slice(0, want), merged: false };
  if (last - raw > MAX_SURPLUS) return { ok: false, reason: 'too-many', got: n, want };

  let chosen: { cells: string[]; merged: boolean } | null = null;
  let signature: string | null = null;
  const consider = (cells: string[], merged: boolean): boolean => {
    if (!plausibleCells(cells, layout)) return true;
    const sig = keySignature(cells, layout);
    if (chosen === null) {
      chosen = { cells, merged };
      signature = sig;
      return true;
    }
    return sig === signature; // false: two readings with different money, time or ids
  };
  const ambiguous: FieldFit = { ok: false, reason: 'too-many', got: n, want };

  // As is, when everything past the header's width is empty padding.
  const asIs = tailEmpty ? fields.slice(0, want) : null;
  if (asIs && !consider(asIs, false)) return ambiguous;
  // Glue `surplus` extra fields back into one column; the header's trailing empty cells must
  // stay empty, and anything past the new end must be padding.
  const glue = (at: number, surplus: number, end: number): string[] | null => {
    const cells = [
      ...fields.slice(0, at),
      fields.slice(at, at + surplus + 1).join(delimiter),
      ...fields.slice(at + surplus + 1, end),
    ];
    return emptyFrom(cells, want) ? cells.slice(0, want) : null;
  };
  const idColumns = ID_KEYS.map((k) => [k, layout.index[k]] as const).filter(
    (e): e is readonly [ColumnKey, number] => e[1] !== undefined,
  );
  // A reading must end at or after the last field with content; trailing padding beyond
  // MAX_SURPLUS adds readings that only move more empty fields around.
  for (let surplus = Math.max(1, last - raw); surplus <= Math.min(n - raw, MAX_SURPLUS); surplus++) {
    const end = raw + surplus;
    for (const at of mergeCandidates(layout)) {
      const cells = glue(at, surplus, end);
      if (cells && !consider(cells, true)) return ambiguous;
    }
    // A prefix of a cut id is still a valid-looking id ('0000' cut into '00' and '00'). If the
    // surplus could have come from inside an id, every other reading may carry half an id.
    for (const [key, at] of idColumns) {
      const cells = glue(at, surplus, end);
      if (cells && plausibleCells(cells, layout, key, true)) return ambiguous;
    }
  }
  // No reading in which every key column holds what the export writes: the columns cannot be
  // matched safely, whatever the row builder would make of them.
  return chosen ? { ok: true, ...(chosen as { cells: string[]; merged: boolean }) } : ambiguous;
}
