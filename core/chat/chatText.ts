/**
 * Bytes → text, streamed. The encoding is sniffed from the first 64 KB with the bill importers'
 * decodeBillText (BOM / UTF-8 / GB18030 / UTF-16), then the rest is decoded chunk by chunk with the
 * same encoding, so a 1 GB export never sits in memory as one string.
 */
import iconv from 'iconv-lite';
import { decodeBillText, looksBinary, type TextEncodingName } from '../importers/decodeText.ts';

const HEAD_BYTES = 64 * 1024;

export interface ChatText {
  encoding: TextEncodingName;
  /** The decoded start of the file (up to 64 KB of bytes), for detection. */
  head: string;
  /** Every decoded chunk, the head's text first. */
  chunks: AsyncIterable<string>;
}

export type OpenOutcome = ChatText | { problem: 'empty' | 'binary' };

interface Decoder {
  write(bytes: Uint8Array): string;
  end(): string;
}

function decoderFor(encoding: TextEncodingName): Decoder {
  if (encoding === 'gb18030') {
    const d = iconv.getDecoder('gb18030');
    return {
      write: (b) => d.write(Buffer.from(b.buffer, b.byteOffset, b.byteLength)),
      end: () => d.end() ?? '',
    };
  }
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  // TextDecoder drops the BOM itself (ignoreBOM defaults to false).
  const d = new TextDecoder(label);
  return { write: (b) => d.decode(b, { stream: true }), end: () => d.decode() };
}

async function readHead(it: AsyncIterator<Uint8Array>): Promise<{ head: Buffer; done: boolean }> {
  const parts: Buffer[] = [];
  let size = 0;
  while (size < HEAD_BYTES) {
    const r = await it.next();
    if (r.done) return { head: Buffer.concat(parts), done: true };
    const b = Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
    parts.push(b);
    size += b.length;
  }
  return { head: Buffer.concat(parts), done: false };
}

export async function openChatText(source: AsyncIterable<Uint8Array>): Promise<OpenOutcome> {
  const it = source[Symbol.asyncIterator]();
  const { head, done } = await readHead(it);
  if (head.length === 0) return { problem: 'empty' };
  if (looksBinary(head)) return { problem: 'binary' };
  // When the head is the whole file, decodeBillText's tolerance of a cut tail is exactly right; when
  // it is not, the head may end inside a character, which that same tolerance absorbs.
  const { encoding } = decodeBillText(head);
  const decoder = decoderFor(encoding);
  const headText = decoder.write(head);
  async function* chunks(): AsyncGenerator<string> {
    if (headText) yield headText;
    if (!done) {
      for (;;) {
        const r = await it.next();
        if (r.done) break;
        const s = decoder.write(r.value);
        if (s) yield s;
      }
    }
    const tail = decoder.end();
    if (tail) yield tail;
  }
  return { encoding, head: headText, chunks: chunks() };
}

/** An in-memory file as a one-chunk source (tests, small uploads). */
export async function* bytesSource(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}
