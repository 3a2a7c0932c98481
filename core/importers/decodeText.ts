/**
 * Bytes → text for CSV bills. The encoding is sniffed, never assumed from the platform:
 * WeChat writes UTF-8 (with or without BOM), Alipay writes GBK, and a file the user re-saved in
 * Excel on a Chinese Windows is "ANSI" = GBK whatever it was before (deb-sig#172 shows the mojibake
 * a fixed UTF-8 reader then produces). GB18030 is a superset of GBK, so it reads both.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

export function decodeBillText(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf]))
    return { text: buffer.toString('utf8', 3), encoding: 'utf-8-bom' };
  // Excel's "Unicode text" save: UTF-16 with a BOM (and TABs between fields, handled by the caller).
  if (hasPrefix(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (hasPrefix(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  // A multi-byte character cut in half at the very end (a truncated download) must not send the
  // whole file down the GBK path: accept UTF-8 that is valid once up to 3 tail bytes are dropped.
  for (let cut = 0; cut <= 3 && cut < buffer.length; cut++) {
    const head = cut === 0 ? buffer : buffer.subarray(0, buffer.length - cut);
    if (isUtf8(head)) return { text: head.toString('utf8'), encoding: 'utf-8' };
    if (cut === 0 && !tailMayBeCut(buffer)) break;
  }
  return { text: iconv.decode(buffer, 'gb18030'), encoding: 'gb18030' };
}

/** True when the last bytes could be the start of an unfinished UTF-8 sequence. */
function tailMayBeCut(buffer: Buffer): boolean {
  for (let i = Math.max(0, buffer.length - 3); i < buffer.length; i++)
    if ((buffer[i] ?? 0) >= 0xc0) return true;
  return false;
}

/**
 * True when the bytes cannot be a text bill: NUL bytes or many control characters near the start
 * (an image, a PDF, an .xls renamed to .csv). UTF-16 text has NULs by design, so a BOM exempts it.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasPrefix(bytes, [0xff, 0xfe]) || hasPrefix(bytes, [0xfe, 0xff])) return false;
  const end = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return end > 0 && control / end > 0.05;
}
