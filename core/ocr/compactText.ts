/**
 * Tesseract reads Chinese one character a word ("支 付 时 间"). A compact text joins the words of a
 * row without the spaces CJK text never has, keeps one space between two Latin/digit words, and keeps
 * each character's confidence and box so a value read from the text can be judged and cropped.
 */
import type { Box, OcrWord } from './types.ts';

export interface CompactText {
  text: string;
  /** Per character of `text` (UTF-16 units): the confidence of the word it came from. */
  confidence: number[];
  /** Per character: the index of its word in `words`, -1 for an inserted space. */
  wordIndex: number[];
  words: OcrWord[];
}

function isCjk(code: number): boolean {
  return (
    (code >= 0x3400 && code <= 0x9fff) || // CJK Ext A + Unified
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x3000 && code <= 0x303f) || // CJK punctuation
    (code >= 0xff00 && code <= 0xffef) || // full-width forms
    (code >= 0xd800 && code <= 0xdfff) // surrogates (Ext B+)
  );
}

export function compactWords(words: OcrWord[]): CompactText {
  let text = '';
  const confidence: number[] = [];
  const wordIndex: number[] = [];
  words.forEach((word, index) => {
    const w = word.text.trim();
    if (!w) return;
    if (text.length > 0) {
      const before = text.charCodeAt(text.length - 1);
      const after = w.charCodeAt(0);
      if (!isCjk(before) && !isCjk(after)) {
        text += ' ';
        confidence.push(100);
        wordIndex.push(-1);
      }
    }
    text += w;
    for (let i = 0; i < w.length; i++) {
      confidence.push(word.confidence);
      wordIndex.push(index);
    }
  });
  return { text, confidence, wordIndex, words };
}

/** The lowest confidence over text[start, end). */
export function minConfidence(c: CompactText, start: number, end: number): number {
  let min = 100;
  for (let i = start; i < end; i++) min = Math.min(min, c.confidence[i] ?? 0);
  return min;
}

/** The box around the words that text[start, end) came from. */
export function boxOf(c: CompactText, start: number, end: number): Box | undefined {
  let box: Box | undefined;
  for (let i = start; i < end; i++) {
    const w = c.words[c.wordIndex[i] ?? -1];
    if (!w) continue;
    box = box
      ? {
          x0: Math.min(box.x0, w.bbox.x0),
          y0: Math.min(box.y0, w.bbox.y0),
          x1: Math.max(box.x1, w.bbox.x1),
          y1: Math.max(box.y1, w.bbox.y1),
        }
      : { ...w.bbox };
  }
  return box;
}
