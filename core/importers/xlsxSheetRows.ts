/**
 * Rows of a worksheet XML, scanned with forward-only searches rather than one regex per cell: a
 * 100,000-row bill has 1.1 million cells. Handles a namespace prefix on the elements (<x:row>),
 * rows and cells without an r= reference (position is then implied), self-closing empty cells,
 * inline strings and formulas (their cached <v> value is what the user saw).
 *
 * The XML is untrusted, so every step moves forward or stops: a tag cut off before its '>' ends
 * the row (and a row tag cut off ends the sheet); a cell or row never closed ends where the next
 * one starts; a <v> never closed gives no value (never a shortened number). Cells must come in
 * column order and stop at MAX_COLUMNS, so one row holds a bounded number of cells.
 *
 * The sheet may be given as its bytes (xmlSource.ts): a worksheet is the largest part of a bill, and
 * only the values of its cells are ever decoded, never the whole sheet into one string.
 */
import { ElementFind, ForwardFind } from './forwardFind.ts';
import { codeAt, textOf, type XmlSource } from './xmlSource.ts';
import { attr, DAMAGED_TEXT, prefixOf, runsText, xmlText } from './xlsxXml.ts';
import type { XlsxCell, XlsxCellType, XlsxRow } from './xlsxReader.ts';

/** No bill has more than 16 columns; cells further right are not read at all. */
export const MAX_COLUMNS = 256;
/** Excel's last row. */
const MAX_ROW = 1_048_576;

/** 'AB12' → 27 (0-based column); −1 for a reference that names no column ('12', 'ZZZZ1'). */
function columnIndex(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return i === 0 || i === 4 ? -1 : col - 1;
}

/** The r= of a row, when it is a valid row number. */
function rowNumberOf(text: string | undefined): number | undefined {
  if (!text || !/^\d{1,7}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 && n <= MAX_ROW ? n : undefined;
}

/** Value of a double-quoted attribute in a start tag, or undefined (then the slower attr() decides). */
function quickAttr(tag: string, name: string): string | undefined {
  const needle = `${name}="`;
  let i = tag.indexOf(needle);
  while (i > 0) {
    const before = tag.charCodeAt(i - 1);
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      const from = i + needle.length;
      const to = tag.indexOf('"', from);
      if (to < 0) return undefined;
      const raw = tag.slice(from, to);
      return raw.includes('&') ? xmlText(raw) : raw;
    }
    i = tag.indexOf(needle, i + 1);
  }
  return tag.includes(`${name}='`) ? attr(tag, name) : undefined;
}

/**
 * Attributes of a cell start tag (text after '<c'). Writers put a single space before each
 * attribute, so a direct search for ' r="' hits; anything unusual goes through quickAttr.
 */
function cellAttr(tag: string, needle: string, name: string): string | undefined {
  const i = tag.indexOf(needle);
  if (i >= 0) {
    const from = i + needle.length;
    const to = tag.indexOf('"', from);
    if (to < 0) return undefined;
    const raw = tag.slice(from, to);
    return raw.includes('&') ? xmlText(raw) : raw;
  }
  return tag.includes(`${name}=`) ? quickAttr(tag, name) : undefined;
}

/** A shared-string index must be a plain number inside the table; anything else is damage. */
function sharedAt(shared: readonly string[], raw: string): string {
  const i = Number(raw);
  if (raw === '' || !Number.isInteger(i) || i < 0) return DAMAGED_TEXT;
  return shared[i] ?? DAMAGED_TEXT;
}

/** The smallest of the offsets that are ≥ 0 (−1 when none is). */
function firstOf(...at: number[]): number {
  let best = -1;
  for (const a of at) if (a >= 0 && (best < 0 || a < best)) best = a;
  return best;
}

export function* sheetRows(xml: XmlSource, shared: readonly string[]): Generator<XlsxRow> {
  const prefix = prefixOf(xml, 'sheetData');
  const rowOpen = new ElementFind(xml, `<${prefix}row`);
  const rowClose = new ForwardFind(xml, `</${prefix}row>`);
  const cellOpen = new ElementFind(xml, `<${prefix}c`);
  const cellClose = new ForwardFind(xml, `</${prefix}c>`);
  const vOpen = new ElementFind(xml, `<${prefix}v`);
  const vClose = new ForwardFind(xml, `</${prefix}v>`);
  const gt = new ForwardFind(xml, '>');
  const cellOpenLength = cellOpen.open.length;
  let pos = 0;
  let nextRow = 1;
  for (;;) {
    const start = rowOpen.next(pos);
    if (start < 0) return;
    const tagEnd = gt.next(start);
    if (tagEnd < 0) return; // the row tag itself is cut off: nothing after it is readable
    const rowNumber = rowNumberOf(quickAttr(textOf(xml, start, tagEnd), 'r')) ?? nextRow;
    nextRow = rowNumber + 1;
    const cells: XlsxCell[] = [];
    if (codeAt(xml, tagEnd - 1) === 47 /* / */) {
      pos = tagEnd + 1;
      yield { row: rowNumber, cells };
      continue;
    }
    const closeAt = rowClose.next(tagEnd);
    // A row never closed ends where the next row starts, so it cannot swallow the rest.
    const bound = firstOf(closeAt, rowOpen.next(tagEnd + 1));
    const end = bound < 0 ? xml.length : bound;
    let c = cellOpen.next(tagEnd);
    let nextCol = 0;
    while (c >= 0 && c < end) {
      const cTagEnd = gt.next(c);
      if (cTagEnd < 0 || cTagEnd >= end) break; // a cell tag cut off: the row ends here
      const tag = textOf(xml, c + cellOpenLength, cTagEnd);
      const ref = cellAttr(tag, ' r="', 'r');
      const col = ref ? columnIndex(ref) : nextCol;
      if (col >= MAX_COLUMNS) break;
      const selfClosing = codeAt(xml, cTagEnd - 1) === 47;
      const cellEnd = selfClosing
        ? cTagEnd + 1
        : firstOf(cellClose.next(cTagEnd), cellOpen.next(cTagEnd + 1), end);
      const closed = !selfClosing && cellEnd === cellClose.next(cTagEnd);
      const after = closed ? cellEnd + cellClose.needle.length : cellEnd;
      // Out of order, repeated or unreadable references are damage: the cell is left out.
      if (col < nextCol || selfClosing) {
        if (col >= nextCol) nextCol = col + 1; // <c r="B1" s="1"/>: styled but empty
        c = cellOpen.next(after);
        continue;
      }
      nextCol = col + 1;
      const type = (cellAttr(tag, ' t="', 't') ?? 'n') as XlsxCellType;
      let value: string | null = null;
      if (type === 'inlineStr') value = runsText(textOf(xml, cTagEnd + 1, cellEnd));
      else {
        const v = vOpen.next(cTagEnd);
        if (v >= 0 && v < cellEnd) {
          const vTagEnd = gt.next(v);
          if (vTagEnd >= 0 && vTagEnd < cellEnd && codeAt(xml, vTagEnd - 1) !== 47) {
            const vEnd = vClose.next(vTagEnd + 1);
            if (vEnd >= 0 && vEnd <= cellEnd) {
              const raw = textOf(xml, vTagEnd + 1, vEnd);
              value = type === 's' ? sharedAt(shared, raw) : xmlText(raw);
            }
          }
        }
      }
      if (value !== null) cells.push({ col, type, value });
      c = cellOpen.next(after);
    }
    pos = end === closeAt ? closeAt + rowClose.needle.length : end;
    yield { row: rowNumber, cells };
  }
}
