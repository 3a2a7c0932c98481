/**
 * One bill line (already split into cells) → a BillRow, or the reasons it cannot be trusted.
 * Shared by the CSV and XLSX readers; the XLSX reader passes amounts/times it read from numeric
 * cells as overrides. A row whose amount or time is unreadable is NOT returned: a wrong amount in
 * a complaint is worse than a missing row the user can see reported.
 */
import type { Direction, LocalizedText } from '../domain/types.ts';
import { feeFenFromNote, refundedFenFromStatus, yuanTextToFen } from './amount.ts';
import { beijingTextToIso, type ParsedTime } from './beijingTime.ts';
import type { ColumnKey, DetectedLayout } from './billLayouts.ts';
import { billMessages } from './billMessages.ts';
import { looksLikeId, readId } from './idText.ts';
import type { BillRow, BillRowFlag } from './types.ts';

export interface RowProblem {
  column: string | null;
  message: LocalizedText;
}

export interface BuiltRow {
  row: BillRow | null;
  problems: RowProblem[];
}

/** Values the XLSX reader already took from typed cells (numbers, date serials). */
export interface RowOverrides {
  amountFen?: number | null;
  time?: ParsedTime | null;
  flags?: BillRowFlag[];
}

const DIRECTIONS: Readonly<Record<string, Direction>> = {
  收入: 'income',
  支出: 'expense',
  '/': 'neutral',
  '': 'neutral',
  其他: 'neutral', // Alipay app 2021
  不计收支: 'neutral', // Alipay app 2023+
};

function cell(cells: readonly string[], layout: DetectedLayout, key: ColumnKey): string {
  const i = layout.index[key];
  if (i === undefined) return '';
  const v = cells[i];
  // trim() strips spaces, TABs, NBSP, U+3000 and a stray BOM, and returns the same string when
  // there is nothing to strip (no allocation on the hot path).
  return v === undefined ? '' : v.trim();
}

/** WeChat writes '/' for "nothing here"; we store ''. */
const noneIfSlash = (s: string): string => (s === '/' ? '' : s);

function labelOf(layout: DetectedLayout, key: ColumnKey): string {
  return layout.label[key] ?? key;
}

/** Amounts exactly as the exports print them: optional ¥, digits, two decimals, no separators. */
const STRICT_AMOUNT = /^[¥￥]?\d+\.\d\d$/;

/**
 * Strict check used when re-aligning a line that has surplus fields (see fitFields.ts): every
 * key column must hold exactly the kind of value the export writes there (a time with seconds,
 * an amount with two decimals), so a prefix of a cut value never passes. `except` skips one
 * column, to ask "could the surplus comma have been inside that column?".
 */
export function plausibleCells(
  cells: readonly string[],
  layout: DetectedLayout,
  except: ColumnKey | null = null,
  lenient = false,
): boolean {
  // The exports end id cells with a TAB and nothing else; a TAB-ended cell elsewhere is an id
  // that this reading shifted into the wrong column. (`lenient` skips this when asking whether a
  // reading is at all possible.)
  if (!lenient) {
    for (let i = 0; i < cells.length; i++) {
      if (i !== layout.index.txid && i !== layout.index.merchantOrderId && (cells[i] ?? '').endsWith('\t'))
        return false;
    }
  }
  // Blank 收/支 is real only in the Alipay web export; elsewhere a blank key cell is a sign that
  // the reading shifted an empty field into it.
  if (except !== 'direction') {
    const d = cell(cells, layout, 'direction');
    if (DIRECTIONS[d] === undefined || (d === '' && layout.id !== 'alipay-web-2019')) return false;
  }
  if (except !== 'amount' && !STRICT_AMOUNT.test(cell(cells, layout, 'amount'))) return false;
  if (except !== 'time' && beijingTextToIso(cell(cells, layout, 'time'))?.withoutSeconds !== false)
    return false;
  if (except !== 'txid') {
    const tx = cell(cells, layout, 'txid');
    if (tx === '' || !looksLikeId(tx)) return false;
  }
  return except === 'merchantOrderId' || looksLikeId(cell(cells, layout, 'merchantOrderId'));
}

/** The values a re-alignment must not change: if two readings differ here, neither is trusted. */
export function keySignature(cells: readonly string[], layout: DetectedLayout): string {
  return ['time', 'amount', 'direction', 'txid', 'merchantOrderId']
    .map((k) => cell(cells, layout, k as ColumnKey))
    .join('\u0000');
}

export function buildBillRow(
  cells: readonly string[],
  layout: DetectedLayout,
  rowNumber: number,
  overrides: RowOverrides = {},
): BuiltRow {
  const problems: RowProblem[] = [];
  const flags: BillRowFlag[] = overrides.flags ? [...overrides.flags] : [];

  const timeText = cell(cells, layout, 'time');
  const time = overrides.time !== undefined ? overrides.time : beijingTextToIso(timeText);
  if (!time) problems.push({ column: labelOf(layout, 'time'), message: billMessages.badTime(timeText) });
  else if (time.withoutSeconds) flags.push('time-without-seconds');

  const amountText = cell(cells, layout, 'amount');
  const amountFen = overrides.amountFen !== undefined ? overrides.amountFen : yuanTextToFen(amountText);
  if (amountFen === null)
    problems.push({ column: labelOf(layout, 'amount'), message: billMessages.badAmount(amountText) });
  else if (overrides.amountFen === undefined && !STRICT_AMOUNT.test(amountText)) {
    // Readable, but not how the export prints it ('¥50.0', '¥1,234.56'): likely typed or cut by
    // hand. Kept, with a note asking the user to compare it with the app.
    flags.push('amount-unusual-format');
    problems.push({ column: labelOf(layout, 'amount'), message: billMessages.amountUnusual(amountText) });
  }

  if (!time || amountFen === null) return { row: null, problems };

  const txLabel = labelOf(layout, 'txid');
  const tx = readId(cell(cells, layout, 'txid'));
  if (tx.mangled) {
    flags.push('txid-mangled-by-excel');
    problems.push({ column: txLabel, message: billMessages.idMangled(txLabel, tx.shown) });
  } else if (tx.garbled) {
    flags.push('txid-garbled');
    problems.push({ column: txLabel, message: billMessages.idGarbled(txLabel, tx.shown) });
  } else if (tx.id === '') {
    flags.push('txid-missing');
    problems.push({ column: txLabel, message: billMessages.txidMissing(txLabel) });
  }
  const moLabel = labelOf(layout, 'merchantOrderId');
  const mo = readId(cell(cells, layout, 'merchantOrderId'));
  if (mo.mangled) {
    flags.push('merchant-order-id-mangled-by-excel');
    problems.push({ column: moLabel, message: billMessages.idMangled(moLabel, mo.shown) });
  } else if (mo.garbled) {
    flags.push('merchant-order-id-garbled');
    problems.push({ column: moLabel, message: billMessages.idGarbled(moLabel, mo.shown) });
  }

  const directionText = cell(cells, layout, 'direction');
  let direction = DIRECTIONS[directionText];
  if (direction === undefined) {
    direction = 'neutral';
    flags.push('direction-unrecognised');
  }

  const status = cell(cells, layout, 'status');
  const note = noneIfSlash(cell(cells, layout, 'note'));
  const account = noneIfSlash(cell(cells, layout, 'counterpartyAccount'));

  let refundedFen: number | null;
  let feeFen: number | null;
  if (layout.index.refunded !== undefined) {
    // Alipay web 2019 has its own columns; 0.00 means "none".
    refundedFen = yuanTextToFen(cell(cells, layout, 'refunded')) || null;
    feeFen = yuanTextToFen(cell(cells, layout, 'fee')) || null;
  } else {
    refundedFen = refundedFenFromStatus(status, amountFen);
    feeFen = layout.platform === 'wechat' ? feeFenFromNote(note) : null;
  }

  const row: BillRow = {
    row: rowNumber,
    txid: tx.id,
    merchantOrderId: mo.id === '' ? null : mo.id,
    time: time.iso,
    amountFen,
    direction,
    type: cell(cells, layout, 'type'),
    counterparty: noneIfSlash(cell(cells, layout, 'counterparty')),
    counterpartyAccount: layout.platform === 'alipay' && account !== '' ? account : null,
    item: noneIfSlash(cell(cells, layout, 'item')),
    method: noneIfSlash(cell(cells, layout, 'method')),
    status,
    refundedFen,
    feeFen,
    note,
    refundOfTxid: null,
    flags,
  };
  return { row, problems };
}
