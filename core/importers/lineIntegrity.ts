/**
 * Checks that a CSV line is whole and unshifted, beyond its comma count. Each rule is a fact of
 * the real exports that a cut, damaged or edited line breaks; a line failing one is reported
 * rather than imported, because a row with a wrong 交易单号 or amount is worse than a missing row.
 */
import type { DetectedLayout } from './billLayouts.ts';
import { CsvCursor } from './csvCursor.ts';

/**
 * WeChat's CSV never leaves 商户单号 or 备注 truly empty: it writes '/' plus a TAB, '"/"', or in
 * the April 2025 style an empty quoted value with the TAB outside (`""\t`). A line whose cells
 * there are empty strings, not written as quotes, lost its end (cut, or edited) even if the comma
 * count happens to match, and its 交易单号 may be cut short too. `writtenEmpty` tells which cells
 * were written as `""` (a cut cannot produce a closed pair of quotes).
 */
export function wechatLineComplete(
  cells: readonly string[],
  layout: DetectedLayout,
  writtenEmpty: readonly number[] = [],
): boolean {
  if (layout.platform !== 'wechat') return true;
  const mo = layout.index.merchantOrderId;
  const note = layout.index.note;
  const present = (i: number, text: string): boolean => text !== '' || writtenEmpty.includes(i);
  // The note must hold text ('/' at least); 商户单号 must hold something (a lone TAB counts).
  return (
    (mo === undefined || present(mo, cells[mo] ?? '')) &&
    (note === undefined || present(note, (cells[note] ?? '').trim()))
  );
}

/** U+FFFD (bytes that did not decode) or control characters: no export writes these. */
const UNREADABLE = /[\ufffd\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Checked once on the raw line (cheaper than per cell). */
export function hasUnreadableChars(line: string): boolean {
  return UNREADABLE.test(line);
}

/**
 * Alipay ends every id cell with a TAB ('2021…417\t', an empty 商家订单号 is '\t'). When the first
 * rows of a file (nearly) all do, a row whose id lacks it was cut inside the id. Samples without TABs
 * (hand-made test files) simply switch the check off.
 */
export function expectsTabEndedIds(
  text: string,
  from: number,
  line: number,
  layout: DetectedLayout,
  delimiter: string,
): boolean {
  const txid = layout.index.txid;
  if (layout.platform !== 'alipay' || txid === undefined) return false;
  const cursor = new CsvCursor(text, delimiter.charCodeAt(0));
  cursor.seek(from, line);
  let seen = 0;
  let tabbed = 0;
  while (seen < 20 && cursor.next(false)) {
    const f = cursor.fields;
    if (f.length < layout.width) continue;
    seen++;
    if ((f[txid] ?? '').endsWith('\t')) tabbed++;
  }
  // Most, not all: the sample may itself contain a damaged line.
  return seen >= 1 && tabbed >= seen * 0.8;
}

export function idCellsTabEnded(cells: readonly string[], layout: DetectedLayout): boolean {
  const tx = layout.index.txid;
  const mo = layout.index.merchantOrderId;
  return (
    (tx === undefined || (cells[tx] ?? '').endsWith('\t')) &&
    (mo === undefined || (cells[mo] ?? '').endsWith('\t'))
  );
}

/**
 * The exports end id cells with a TAB and nothing else; a TAB-ended cell elsewhere is an id that
 * the line's damage shifted into the wrong column (everything after it shifted too).
 */
export function idShiftedOutOfPlace(cells: readonly string[], layout: DetectedLayout): boolean {
  const tx = layout.index.txid;
  const mo = layout.index.merchantOrderId;
  for (let i = 0; i < cells.length; i++)
    if (i !== tx && i !== mo && (cells[i] ?? '').endsWith('\t')) return true;
  return false;
}
