/**
 * Typography of a formal Chinese 材料 on A4: margins close to GB/T 9704 (text block ~156 mm wide),
 * a centred bold title in 二号 (22 pt), section headings in 四号 (14 pt), body in 小四 (12 pt) at a
 * ~22 pt line pitch, first-line indent of two characters. Sections grow downwards and break pages
 * themselves; every heading can carry a PDF bookmark.
 */
import type PDFDocument from 'pdfkit';
import { FONT_BOLD, FONT_REGULAR } from './fonts.ts';

type Doc = InstanceType<typeof PDFDocument>;
type Outline = Doc['outline'];

const MM = 72 / 25.4;
export const A4 = { width: 595.28, height: 841.89 };
export const MARGINS = {
  top: Math.round(27 * MM),
  bottom: Math.round(25 * MM),
  left: Math.round(28 * MM),
  right: Math.round(26 * MM),
};

export const SIZE = {
  title: 22,
  subtitle: 12,
  heading: 14,
  subheading: 12,
  body: 12,
  table: 10,
  caption: 9,
  footer: 9,
} as const;
/** Extra space between lines on top of the font's own line height (Source Han Sans ≈ 1.45 em). */
const LINE_GAP = { body: 5, table: 2, caption: 1.5 } as const;

export interface ParagraphOptions {
  indent?: boolean;
  size?: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  gapAfter?: number;
  color?: string;
}

export class Typesetter {
  constructor(readonly doc: Doc) {}

  get left(): number {
    return this.doc.page.margins.left;
  }
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  get outline(): Outline {
    return this.doc.outline;
  }
  /** Zero-based index of the page being written (pages are buffered for the page-number stamp). */
  get pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }
  spaceLeft(): number {
    return this.bottom - this.doc.y;
  }

  /** Written at the top of every page this typesetter breaks to (a continuation line), if set. */
  private pageHeader: (() => void) | null = null;

  newPage(): void {
    this.doc.addPage();
    const header = this.pageHeader;
    if (header) {
      // Not re-entrant: the header itself must never break to yet another page.
      this.pageHeader = null;
      header();
      this.pageHeader = header;
    }
  }

  /** Run `body` with `header` written at the top of each page it breaks to. */
  withPageHeader(header: () => void, body: () => void): void {
    const before = this.pageHeader;
    this.pageHeader = header;
    try {
      body();
    } finally {
      this.pageHeader = before;
    }
  }

  /** Start a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.spaceLeft() < height) this.newPage();
  }

  /** Break to a fresh page unless we are already at the top of an empty one. */
  freshPage(): void {
    if (this.doc.y > this.doc.page.margins.top + 1) this.newPage();
  }

  spacer(pt: number): void {
    if (this.spaceLeft() > pt) this.doc.y += pt;
  }

  use(size: number, bold = false): this {
    this.doc
      .font(bold ? FONT_BOLD : FONT_REGULAR)
      .fontSize(size)
      .fillColor('#000000');
    return this;
  }

  lineHeight(size: number, gap: number = LINE_GAP.body): number {
    this.use(size);
    return this.doc.currentLineHeight(true) + gap;
  }

  heightOf(text: string, width: number, size: number, gap: number = LINE_GAP.body, bold = false): number {
    this.use(size, bold);
    return this.doc.heightOfString(text, { width, lineGap: gap });
  }

  /** Centred, bold, 二号; a long title shrinks (down to 三号) to stay on one line before it wraps. */
  title(text: string, bookmark = true): void {
    let size: number = SIZE.title;
    while (size > 16 && this.use(size, true).doc.widthOfString(text) > this.width) size -= 1;
    this.use(size, true);
    if (bookmark) this.outline.addItem(text);
    this.doc.text(text, this.left, this.doc.y, { width: this.width, align: 'center', lineGap: 6 });
    this.doc.moveDown(0.4);
  }

  subtitle(text: string): void {
    this.paragraph(text, { indent: false, align: 'center', size: SIZE.subtitle, gapAfter: 10 });
  }

  /**
   * A section heading. It keeps ~4 body lines of room below it (enough for a table header and its
   * first row) so it never sits alone at the foot of a page.
   */
  heading(
    text: string,
    opts: { bookmark?: boolean; parent?: Outline; size?: number; keep?: number } = {},
  ): Outline | null {
    const size = opts.size ?? SIZE.heading;
    this.ensure(this.lineHeight(size) + (opts.keep ?? 4 * this.lineHeight(SIZE.body)) + 8);
    this.doc.y += 6;
    const item = opts.bookmark === false ? null : (opts.parent ?? this.outline).addItem(text);
    this.use(size, true);
    this.doc.text(text, this.left, this.doc.y, { width: this.width, lineGap: LINE_GAP.body });
    this.doc.y += 2;
    return item;
  }

  subheading(text: string): void {
    this.heading(text, { bookmark: false, size: SIZE.subheading });
  }

  paragraph(text: string, opts: ParagraphOptions = {}): void {
    const size = opts.size ?? SIZE.body;
    this.use(size, opts.bold ?? false);
    if (opts.color) this.doc.fillColor(opts.color);
    this.ensure(this.doc.currentLineHeight(true) + LINE_GAP.body);
    this.doc.text(text, this.left, this.doc.y, {
      width: this.width,
      align: opts.align ?? 'left',
      indent: opts.indent === false ? 0 : 2 * size,
      lineGap: size <= SIZE.caption ? LINE_GAP.caption : LINE_GAP.body,
    });
    this.doc.fillColor('#000000');
    this.doc.y += opts.gapAfter ?? 3;
  }

  /** "标签：值" with the value wrapping under itself, as forms in 材料 are laid out. */
  field(label: string, value: string, size: number = SIZE.body): void {
    const labelText = `${label}：`;
    this.use(size);
    const labelWidth = Math.min(this.doc.widthOfString(labelText) + 1, this.width / 3);
    const valueWidth = this.width - labelWidth;
    const h = this.heightOf(value, valueWidth, size);
    this.ensure(Math.min(h, this.lineHeight(size) * 2));
    const y = this.doc.y;
    this.use(size).doc.text(labelText, this.left, y, {
      width: labelWidth,
      lineGap: LINE_GAP.body,
      lineBreak: false,
    });
    this.use(size).doc.text(value, this.left + labelWidth, y, { width: valueWidth, lineGap: LINE_GAP.body });
    this.doc.y += 1;
  }

  /** Numbered items 1. 2. 3. with a hanging indent. */
  numbered(items: readonly string[], size: number = SIZE.body): void {
    items.forEach((item, i) => this.hanging(`${i + 1}. `, item, size));
  }

  /** A marker (number, date) in its own column and the text wrapping beside it. */
  hanging(marker: string, text: string, size: number = SIZE.body, markerWidth?: number): void {
    this.use(size);
    const indent = markerWidth ?? Math.max(2 * size, this.doc.widthOfString(marker) + size * 0.5);
    const w = this.width - indent;
    this.ensure(Math.min(this.heightOf(text, w, size), this.lineHeight(size) * 2));
    const y = this.doc.y;
    this.use(size).doc.text(marker, this.left, y, {
      width: indent,
      lineBreak: false,
      lineGap: LINE_GAP.body,
    });
    this.use(size).doc.text(text, this.left + indent, y, { width: w, lineGap: LINE_GAP.body });
    this.doc.y += 2;
  }

  /** A thin rule across the text block, to set blocks apart. */
  rule(gap = 6): void {
    this.doc.y += gap;
    this.doc
      .save()
      .lineWidth(0.5)
      .strokeColor('#888888')
      .moveTo(this.left, this.doc.y)
      .lineTo(this.left + this.width, this.doc.y)
      .stroke()
      .restore();
    this.doc.y += gap;
  }

  /** Text in the right half, for signature and date lines. */
  rightBlock(lines: readonly string[]): void {
    const x = this.left + this.width * 0.45;
    const w = this.width * 0.55;
    this.ensure(lines.length * this.lineHeight(SIZE.body) + 10);
    for (const line of lines) {
      this.use(SIZE.body).doc.text(line, x, this.doc.y, { width: w, lineGap: LINE_GAP.body * 2 });
    }
  }
}

export const LINE_GAPS = LINE_GAP;
