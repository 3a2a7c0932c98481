/**
 * A pdfkit document with the embedded fonts registered, and the case made printable in them
 * (glyphCoverage.ts). Shared by the real render and the dry layout that collects a paper's blanks.
 */
import PDFDocument from 'pdfkit';
import type { CaseSnapshot } from '../domain/types.ts';
import { fontBytes, FONT_BOLD, FONT_REGULAR } from './fonts.ts';
import { coverSnapshot, fontCoverage, type HasGlyph } from './glyphCoverage.ts';
import { pdfOptions } from './pdfOptions.ts';

export type Pdf = InstanceType<typeof PDFDocument>;

export function openPdf(meta: { author: string; subject: string; at: Date }): Pdf {
  const doc = new PDFDocument(pdfOptions({ title: '', ...meta }));
  const fonts = fontBytes();
  doc.registerFont(FONT_REGULAR, fonts.regular);
  doc.registerFont(FONT_BOLD, fonts.bold);
  doc.font(FONT_REGULAR);
  return doc;
}

/** The snapshot with every string the font cannot draw replaced (the vault keeps the exact text). */
export function printableSnapshot(doc: Pdf, snapshot: CaseSnapshot): CaseSnapshot {
  return coverSnapshot(snapshot, bodyFontCoverage(doc));
}

/** What the body font can draw (chat excerpts are covered with it too). */
export function bodyFontCoverage(doc: Pdf): HasGlyph {
  // pdfkit keeps the fontkit face of the current font as `_font.font`; it answers glyph coverage.
  doc.font(FONT_REGULAR);
  const face = (doc as unknown as { _font: { font: { hasGlyphForCodePoint(cp: number): boolean } } })._font
    .font;
  return fontCoverage(face);
}
