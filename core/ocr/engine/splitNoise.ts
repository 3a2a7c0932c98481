/**
 * Tesseract often glues a stray mark from the gap between label and value onto the value ("“2025",
 * "_4200…"); the word's confidence then drops to near zero although every digit was read well. Such
 * marks are split off as their own words, and the rest takes the lowest confidence of its own
 * symbols. Words without stray marks keep Tesseract's word confidence (the stricter measure).
 */
import type { OcrWord } from '../types.ts';
import type { TesseractWord } from './workerPool.ts';

const STRAY = new Set([...'“”"\'‘’`_|·•~—、,，']);

export function splitNoiseSymbols(word: TesseractWord): OcrWord[] {
  const symbols = word.symbols ?? [];
  const plain = (): OcrWord[] => [
    { text: word.text, confidence: Math.round(word.confidence), bbox: word.bbox },
  ];
  if (symbols.length < 2 || symbols.map((s) => s.text).join('') !== word.text) return plain();
  let start = 0;
  let end = symbols.length;
  while (start < end && STRAY.has(symbols[start]!.text)) start++;
  while (end > start && STRAY.has(symbols[end - 1]!.text)) end--;
  if ((start === 0 && end === symbols.length) || start === end) return plain();
  const core = symbols.slice(start, end);
  const out: OcrWord[] = [];
  const strayWord = (s: (typeof symbols)[number]): OcrWord => ({
    text: s.text,
    confidence: Math.round(s.confidence),
    bbox: s.bbox,
  });
  out.push(...symbols.slice(0, start).map(strayWord));
  out.push({
    text: core.map((s) => s.text).join(''),
    confidence: Math.round(Math.min(...core.map((s) => s.confidence))),
    bbox: {
      x0: Math.min(...core.map((s) => s.bbox.x0)),
      y0: Math.min(...core.map((s) => s.bbox.y0)),
      x1: Math.max(...core.map((s) => s.bbox.x1)),
      y1: Math.max(...core.map((s) => s.bbox.y1)),
    },
  });
  out.push(...symbols.slice(end).map(strayWord));
  return out;
}
