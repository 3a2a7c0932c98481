/**
 * Rows of a phone screen as a person sees them. Tesseract may return a label and its value as one
 * line, or (right-aligned values, wide gaps) as two lines in different blocks; grouping the words by
 * vertical overlap and sorting by x puts "订单号 2025…" back together either way.
 */
import { compactWords, type CompactText } from './compactText.ts';
import type { Box, OcrLine, OcrWord } from './types.ts';

export interface ScreenRow extends CompactText {
  bbox: Box;
}

function overlapsVertically(a: Box, b: Box): boolean {
  const ca = (a.y0 + a.y1) / 2;
  const cb = (b.y0 + b.y1) / 2;
  return (ca >= b.y0 && ca <= b.y1) || (cb >= a.y0 && cb <= a.y1);
}

/** At most this many words are grouped (a screen has a few hundred); the rest are ignored. */
const MAX_WORDS = 5000;

export function screenRows(lines: OcrLine[]): ScreenRow[] {
  const ordered = lines
    .filter((l) => l.words.length > 0)
    .slice()
    .sort((a, b) => a.bbox.y0 - b.bbox.y0);
  const groups: { bbox: Box; words: OcrWord[] }[] = [];
  let count = 0;
  for (const line of ordered) {
    if (count >= MAX_WORDS) break;
    count += line.words.length;
    // Only the last few groups can overlap a line that starts lower than all before it.
    let target: { bbox: Box; words: OcrWord[] } | undefined;
    for (let i = groups.length - 1; i >= 0 && i >= groups.length - 3; i--) {
      if (overlapsVertically(groups[i]!.bbox, line.bbox)) {
        target = groups[i];
        break;
      }
    }
    if (target) {
      target.words.push(...line.words);
      target.bbox = {
        x0: Math.min(target.bbox.x0, line.bbox.x0),
        y0: Math.min(target.bbox.y0, line.bbox.y0),
        x1: Math.max(target.bbox.x1, line.bbox.x1),
        y1: Math.max(target.bbox.y1, line.bbox.y1),
      };
    } else {
      groups.push({ bbox: { ...line.bbox }, words: [...line.words] });
    }
  }
  return groups
    .sort((a, b) => a.bbox.y0 - b.bbox.y0)
    .map((g) => ({ ...compactWords(g.words.slice().sort((a, b) => a.bbox.x0 - b.bbox.x0)), bbox: g.bbox }));
}
