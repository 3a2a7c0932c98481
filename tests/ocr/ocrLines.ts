/**
 * Hand-made OCR lines shaped like Tesseract's: Chinese one character a word, Latin/digit runs one
 * word, boxes laid out left to right. `conf` sets every word's confidence; `low` lowers chosen words.
 */
import type { OcrLine, OcrWord } from '../../core/ocr/types.ts';

export interface LineOptions {
  x0?: number;
  conf?: number;
  /** Word text → confidence, for the words that should read worse. */
  low?: Record<string, number>;
  height?: number;
}

export function ocrLine(text: string, y: number, o: LineOptions = {}): OcrLine {
  const h = o.height ?? 40;
  let x = o.x0 ?? 60;
  const words: OcrWord[] = [];
  const tokens: string[] = [];
  let run = '';
  for (const ch of text) {
    if (ch === ' ') {
      if (run) tokens.push(run);
      run = '';
    } else if (/[\u3400-\u9fff\u201c\u201d（）]/u.test(ch)) {
      if (run) tokens.push(run);
      run = '';
      tokens.push(ch);
    } else run += ch;
  }
  if (run) tokens.push(run);
  for (const t of tokens) {
    const w = t.length * (h * 0.6);
    words.push({
      text: t,
      confidence: o.low?.[t] ?? o.conf ?? 96,
      bbox: { x0: x, y0: y, x1: x + w, y1: y + h },
    });
    x += w + h * 0.2;
  }
  return {
    text: tokens.join(' '),
    confidence: o.conf ?? 96,
    bbox: { x0: o.x0 ?? 60, y0: y, x1: x, y1: y + h },
    words,
  };
}

/** A screen: rows 100 px apart from y=800, after a headline and a big amount. */
export function screenLines(
  headline: string,
  amount: string,
  rows: string[],
  o: LineOptions = {},
): OcrLine[] {
  return [
    ocrLine('账单详情', 150, o),
    ocrLine(headline, 520, o),
    ocrLine(amount, 620, { ...o, height: 80 }),
    ...rows.map((r, i) => ocrLine(r, 820 + i * 100, o)),
  ];
}
