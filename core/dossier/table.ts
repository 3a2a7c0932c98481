/**
 * A ruled table that wraps cell text, repeats its header after a page break, and can leave one
 * column to be filled in later (the page numbers of exhibits, known only once they are laid out).
 */
import { LINE_GAPS, SIZE, type Typesetter } from './typesetter.ts';

export interface TableColumn {
  header: string;
  /** Relative width; the table always spans the text block. */
  weight: number;
  /**
   * The column is as wide as its widest cell so every value stays on one line (a 32-digit 交易单号,
   * a hash: split over two lines they can no longer be searched or copied); weighted columns share the rest.
   */
  fit?: boolean;
  align?: 'left' | 'center' | 'right';
}

/** Where a cell was drawn, so its text can be written afterwards. */
export interface CellSlot {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TableOptions {
  size?: number;
  /** Index of a column whose cells stay empty now and are returned as slots. */
  deferColumn?: number;
  /** False for a form whose rows name themselves (the civil complaint's element tables). */
  header?: boolean;
  /** Space between the lines of a cell (tighter for a sheet that must keep its page). */
  lineGap?: number;
}

const PAD = 3;

/** Narrowest a weighted column may become when fitted columns shrink the rest. */
const MIN_WEIGHTED = 34;
const MIN_SIZE = 6;

/**
 * A fitted cell may hold several identifiers, one per line; each line must fit whole. pdfkit measures
 * a line together with the newline that ends it (a full em in the CJK font), so that counts too.
 */
function lineWidths(ts: Typesetter, text: string, size: number): number[] {
  const lines = text.split('\n');
  return lines.map((line, i) => ts.use(size).doc.widthOfString(i < lines.length - 1 ? `${line}\n` : line));
}

function fittedWidths(
  ts: Typesetter,
  columns: readonly TableColumn[],
  rows: readonly string[][],
  size: number,
): number[] {
  return columns.map((c, i) =>
    c.fit ? Math.max(...rows.flatMap((r) => lineWidths(ts, r[i] ?? '', size)), 0) + 2 * PAD + 1 : 0,
  );
}

/**
 * The font size at which every fitted column holds its longest value on one line and the weighted
 * columns keep a usable width: identifiers are never broken, the table's type gets smaller instead.
 */
export function fittingSize(
  ts: Typesetter,
  columns: readonly TableColumn[],
  rows: readonly string[][],
  size: number,
): number {
  const weighted = columns.filter((c) => !c.fit).length;
  let s = size;
  while (s > MIN_SIZE) {
    const need = fittedWidths(ts, columns, rows, s).reduce((a, b) => a + b, 0) + weighted * MIN_WEIGHTED;
    if (need <= ts.width) break;
    s -= 0.5;
  }
  return s;
}

/**
 * Free text for a fitted cell, one token per line where it would otherwise break: split at spaces
 * outside brackets and before an opening bracket, so "中国建设银行 6217000012345678901（户名 王某）"
 * becomes the bank, the card number and the holder, each whole on its line.
 */
export function stackTokens(text: string): string {
  const lines: string[] = [];
  let depth = 0;
  let line = '';
  const flush = (): void => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const ch of text.trim()) {
    if ((ch === '（' || ch === '(') && depth === 0) flush();
    if (ch === '（' || ch === '(') depth += 1;
    if ((ch === '）' || ch === ')') && depth > 0) depth -= 1;
    if (/\s/.test(ch) && depth === 0) flush();
    else line += ch;
  }
  flush();
  return lines.join('\n');
}

export function drawTable(
  ts: Typesetter,
  columns: readonly TableColumn[],
  rows: readonly string[][],
  opts: TableOptions = {},
): CellSlot[] {
  const size = fittingSize(ts, columns, [columns.map((c) => c.header), ...rows], opts.size ?? SIZE.table);
  // Headers count too: a short id column must not squeeze its header into one character per line.
  const fitted = fittedWidths(ts, columns, [columns.map((c) => c.header), ...rows], size);
  const fittedSum = fitted.reduce((s, w) => s + w, 0);
  const rest = ts.width - fittedSum;
  const total = columns.reduce((s, c) => s + (c.fit ? 0 : c.weight), 0);
  // With every column fitted, the spare width is shared in proportion, so the table spans the block.
  const widths = columns.map((c, i) =>
    c.fit
      ? (fitted[i] ?? 0) + (total === 0 && fittedSum > 0 ? (rest * (fitted[i] ?? 0)) / fittedSum : 0)
      : (rest * c.weight) / total,
  );
  const gap = opts.lineGap ?? LINE_GAPS.table;
  const slots: CellSlot[] = [];
  const rowHeight = (cells: readonly string[], bold: boolean): number =>
    Math.max(
      ...cells.map((text, i) => ts.heightOf(text || ' ', (widths[i] ?? 0) - 2 * PAD, size, gap, bold)),
    ) +
    2 * PAD;

  const drawRow = (cells: readonly string[], bold: boolean, defer: boolean): void => {
    const h = rowHeight(cells, bold);
    const y = ts.doc.y;
    let x = ts.left;
    cells.forEach((text, i) => {
      const w = widths[i] ?? 0;
      ts.doc.save().lineWidth(0.5).strokeColor('#000000').rect(x, y, w, h).stroke().restore();
      if (defer && i === opts.deferColumn) {
        slots.push({ page: ts.pageIndex, x: x + PAD, y: y + PAD, width: w - 2 * PAD, height: h - 2 * PAD });
      } else if (text) {
        ts.use(size, bold).doc.text(text, x + PAD, y + PAD, {
          width: w - 2 * PAD,
          align: bold ? 'center' : (columns[i]?.align ?? 'left'),
          lineGap: gap,
        });
      }
      x += w;
    });
    ts.doc.x = ts.left;
    ts.doc.y = y + h;
  };

  const header = columns.map((c) => c.header);
  const withHeader = opts.header !== false;
  const headerHeight = withHeader ? rowHeight(header, true) : 0;
  ts.ensure(headerHeight + (rows[0] ? rowHeight(rows[0], false) : 0));
  if (withHeader) drawRow(header, true, false);
  for (const row of rows) {
    if (ts.spaceLeft() < rowHeight(row, false)) {
      ts.newPage();
      if (withHeader) drawRow(header, true, false);
    }
    drawRow(row, false, true);
  }
  ts.doc.y += 6;
  return slots;
}

/** Write text into a slot left by drawTable, on whatever page it is. */
export function fillSlot(ts: Typesetter, slot: CellSlot, text: string, size: number = SIZE.table): void {
  ts.doc.switchToPage(slot.page);
  ts.use(size).doc.text(text, slot.x, slot.y, { width: slot.width, align: 'center', lineBreak: false });
}
