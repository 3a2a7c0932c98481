/**
 * Reading zip containers: an .xlsx is one, and the platforms mail the bill inside a password
 * zip (WeChat: ZipCrypto; Alipay: AES, which Python's zipfile cannot open). @zip.js/zip.js reads
 * both. Web workers are off: the core runs in Node (tests, CLI, utilityProcess).
 */
import {
  configure,
  ERR_ENCRYPTED,
  ERR_INVALID_PASSWORD,
  ERR_UNSUPPORTED_COMPRESSION,
  ERR_UNSUPPORTED_ENCRYPTION,
  Uint8ArrayReader,
  Uint8ArrayWriter,
  ZipReader,
  type FileEntry,
} from '@zip.js/zip.js';
import iconv from 'iconv-lite';
import zlib from 'node:zlib';

configure({ useWebWorkers: false });

/** Refuse to inflate more than this: a bill is a few MB; a "zip bomb" is not a bill. */
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;

export type ZipFailure = 'needs-password' | 'wrong-password' | 'unsupported' | 'unreadable' | 'too-large';

export class ZipReadError extends Error {
  constructor(readonly reason: ZipFailure) {
    super(`zip: ${reason}`);
    this.name = 'ZipReadError';
  }
}

export interface ZipFile {
  name: string;
  size: number;
  encryption: 'none' | 'zipcrypto' | 'aes';
  entry: FileEntry;
}

/** Chinese Windows zip tools write GBK file names without the UTF-8 flag. */
function decodeName(value: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(value);
  } catch {
    return iconv.decode(Buffer.from(value), 'gb18030');
  }
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7);
}

export async function listZip(bytes: Uint8Array): Promise<ZipFile[]> {
  try {
    const reader = new ZipReader(new Uint8ArrayReader(bytes), { decodeText: (v) => decodeName(v) });
    const entries = await reader.getEntries();
    await reader.close();
    const files: ZipFile[] = [];
    for (const e of entries) {
      if (e.directory) continue;
      files.push({
        name: e.filename,
        size: e.uncompressedSize,
        encryption: !e.encrypted ? 'none' : e.zipCrypto ? 'zipcrypto' : 'aes',
        entry: e,
      });
    }
    return files;
  } catch {
    throw new ZipReadError('unreadable');
  }
}

export async function readZipFile(file: ZipFile, password?: string): Promise<Uint8Array> {
  if (file.size > MAX_UNZIPPED_BYTES) throw new ZipReadError('too-large');
  if (file.encryption !== 'none' && !password) throw new ZipReadError('needs-password');
  const fast = await readPlainFast(file);
  if (fast) return fast;
  try {
    return await file.entry.getData(new Uint8ArrayWriter(), {
      password: file.encryption === 'none' ? undefined : password,
      checkSignature: true,
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : '';
    if (message === ERR_INVALID_PASSWORD) throw new ZipReadError('wrong-password');
    if (message === ERR_ENCRYPTED) throw new ZipReadError('needs-password');
    if (message === ERR_UNSUPPORTED_ENCRYPTION || message === ERR_UNSUPPORTED_COMPRESSION) {
      throw new ZipReadError('unsupported');
    }
    // A ZipCrypto password passes its 1-byte check by chance 1 time in 256; the CRC then fails.
    if (file.encryption === 'zipcrypto' && /signature|crc/i.test(message))
      throw new ZipReadError('wrong-password');
    throw new ZipReadError('unreadable');
  }
}

/**
 * Unencrypted entries (the parts of an .xlsx) are inflated with node:zlib in one synchronous call:
 * about twice as fast as zip.js' stream pipeline on a 40 MB worksheet. The CRC is still checked.
 * Returns null when this path does not apply (Node < 20.15 has no zlib.crc32).
 */
async function readPlainFast(file: ZipFile): Promise<Uint8Array | null> {
  const e = file.entry;
  const crc = e.signature ?? e.crc32;
  if (file.encryption !== 'none' || (e.compressionMethod !== 8 && e.compressionMethod !== 0)) return null;
  if (typeof zlib.crc32 !== 'function' || crc === undefined) return null;
  try {
    const raw = await e.getData(new Uint8ArrayWriter(), { passThrough: true });
    const out =
      e.compressionMethod === 8
        ? zlib.inflateRawSync(raw, {
            maxOutputLength: MAX_UNZIPPED_BYTES,
            // One output chunk of the declared size avoids concatenating many 16 KB chunks.
            chunkSize: Math.min(Math.max(e.uncompressedSize + 1, 64 * 1024), 256 * 1024 * 1024),
          })
        : raw;
    if (zlib.crc32(out) >>> 0 !== crc >>> 0) throw new ZipReadError('unreadable');
    return out;
  } catch (err) {
    throw err instanceof ZipReadError ? err : new ZipReadError('unreadable');
  }
}
