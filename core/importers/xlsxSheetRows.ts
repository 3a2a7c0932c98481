/**
 * Rows of a worksheet XML, scanned with indexOf rather than one regex per cell: a 100,000-row
 * bill has 1.1 million cells. Handles a namespace prefix on the elements (<x:row>), rows and
 * cells without an r= reference (position is then implied), self-closing empty cells, inline
 * strings and formulas (their cached <v> value is what the user saw).
 */
import { attr, runsText, xmlText } from './xlsxXml.ts';
import type { XlsxCell, XlsxCellType, XlsxRow } from './xlsxReader.ts';

/** 'AB12' → 27 (0-based column). */
function columnIndex(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col - 1;
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
    const raw = tag.slice(from, tag.indexOf('"', from));
    return raw.includes('&') ? xmlText(raw) : raw;
  }
  return tag.includes(`${name}=`) ? quickAttr(tag, name) : undefined;
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 62 /* > */ || c === 47 /* / */ || c === 9 || c === 10 || c === 13;
}

export function* sheetRows(xml: string, shared: readonly string[]): Generator<XlsxRow> {
  const prefix = /<(\w+:)?sheetData\b/.exec(xml)?.[1] ?? '';
  const rowOpen = `<${prefix}row`;
  const rowClose = `</${prefix}row>`;
  const cellOpen = `<${prefix}c`;
  const cellClose = `</${prefix}c>`;
  const vOpen = `<${prefix}v`;
  const vClose = `</${prefix}v>`;
  let pos = 0;
  let nextRow = 1;
  for (;;) {
    let start = xml.indexOf(rowOpen, pos);
    while (start >= 0 && !isNameEnd(xml.charCodeAt(start + rowOpen.length)))
      start = xml.indexOf(rowOpen, start + 1);
    if (start < 0) return;
    const tagEnd = xml.indexOf('>', start);
    if (tagEnd < 0) return;
    const rowTag = xml.slice(start, tagEnd);
    const r = quickAttr(rowTag, 'r');
    const rowNumber = r ? Number(r) : nextRow;
    nextRow = rowNumber + 1;
    const cells: XlsxCell[] = [];
    if (xml.charCodeAt(tagEnd - 1) === 47 /* / */) {
      pos = tagEnd + 1;
      yield { row: rowNumber, cells };
      continue;
    }
    let end = xml.indexOf(rowClose, tagEnd);
    if (end < 0) end = xml.length;
    let c = xml.indexOf(cellOpen, tagEnd);
    let nextCol = 0;
    while (c >= 0 && c < end) {
      if (!isNameEnd(xml.charCodeAt(c + cellOpen.length))) {
        c = xml.indexOf(cellOpen, c + 1);
        continue;
      }
      const cTagEnd = xml.indexOf('>', c);
      const tag = xml.slice(c + cellOpen.length, cTagEnd);
      const ref = cellAttr(tag, ' r="', 'r');
      const col = ref ? columnIndex(ref) : nextCol;
      nextCol = col + 1;
      const type = (cellAttr(tag, ' t="', 't') ?? 'n') as XlsxCellType;
      if (xml.charCodeAt(cTagEnd - 1) === 47) {
        c = xml.indexOf(cellOpen, cTagEnd);
        continue; // <c r="B1" s="1"/>: styled but empty
      }
      let cEnd = xml.indexOf(cellClose, cTagEnd);
      if (cEnd < 0 || cEnd > end) cEnd = end;
      let value: string | null = null;
      if (type === 'inlineStr') value = runsText(xml.slice(cTagEnd + 1, cEnd));
      else {
        let v = xml.indexOf(vOpen, cTagEnd);
        while (v >= 0 && v < cEnd && !isNameEnd(xml.charCodeAt(v + vOpen.length)))
          v = xml.indexOf(vOpen, v + 1);
        if (v >= 0 && v < cEnd) {
          const vStart = xml.indexOf('>', v) + 1;
          const vEnd = xml.indexOf(vClose, vStart);
          if (xml.charCodeAt(vStart - 2) !== 47 && vEnd >= 0 && vEnd <= cEnd) {
            const raw = xml.slice(vStart, vEnd);
            value = type === 's' ? (shared[Number(raw)] ?? '') : xmlText(raw);
          }
        }
      }
      if (value !== null) cells.push({ col, type, value });
      c = xml.indexOf(cellOpen, cEnd);
    }
    pos = end + rowClose.length;
    yield { row: rowNumber, cells };
  }
}
