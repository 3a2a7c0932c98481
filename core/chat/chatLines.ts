/**
 * Decoded chunks → lines (CRLF, LF or lone CR), numbered from 1. A line longer than MAX_LINE_CHARS
 * is cut off and flagged instead of growing a buffer without bound on untrusted bytes.
 */

export const MAX_LINE_CHARS = 1_000_000;

export interface TextLine {
  text: string;
  line: number;
  /** The line was longer than MAX_LINE_CHARS; `text` is empty. */
  tooLong: boolean;
}

export async function* chatLines(chunks: AsyncIterable<string>): AsyncGenerator<TextLine> {
  let carry = '';
  let overflow = false;
  let lineNo = 1;
  let pendingCr = false;
  for await (const chunk of chunks) {
    let start = 0;
    let i = 0;
    if (pendingCr && chunk.charCodeAt(0) === 10) start = i = 1;
    pendingCr = false;
    const n = chunk.length;
    for (; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      const piece = chunk.slice(start, i);
      const tooLong = overflow || carry.length + piece.length > MAX_LINE_CHARS;
      yield { text: tooLong ? '' : carry + piece, line: lineNo++, tooLong };
      carry = '';
      overflow = false;
      if (c === 13) {
        if (i + 1 < n) {
          if (chunk.charCodeAt(i + 1) === 10) i++;
        } else pendingCr = true;
      }
      start = i + 1;
    }
    if (!overflow) {
      const rest = chunk.slice(start);
      if (carry.length + rest.length > MAX_LINE_CHARS) {
        overflow = true;
        carry = '';
      } else carry += rest;
    }
  }
  if (carry.length > 0 || overflow) yield { text: overflow ? '' : carry, line: lineNo, tooLong: overflow };
}
