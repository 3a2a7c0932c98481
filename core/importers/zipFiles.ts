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
  Writer,
  ZipReader,
  type FileEntry,
} from '@zip.js/zip.js';
import iconv from 'iconv-lite';
import zlib from 'node:zlib';
import {
  declaredProblem,
  InflateBudget,
  MAX_ENTRIES,
  type ZipLimitDetail,
  type ZipLimitReason,
} from './zipLimits.ts';

configure({ useWebWorkers: false });

export type ZipFailure = 'needs-password' | 'wrong-password' | 'unsupported' | 'unreadable' | ZipLimitReason;

export class ZipReadError extends Error {
  constructor(
    readonly reason: ZipFailure,
    readonly detail: ZipLimitDetail = {},
  ) {
    super(`zip: ${reason}`);
    this.name = 'ZipReadError';
  }
}

export interface ZipFile {
  name: string;
  size: number;
  encryption: 'none' | 'zipcrypto' | 'aes';
  entry: FileEntry;
  /** The inflate allowance of the archive this entry belongs to (shared by its entries). */
  budget: InflateBudget;
}

/**
 * Collects inflated chunks and stops at the first chunk past `limit` (zip.js would otherwise
 * grow its output to whatever the stream yields).
 */
class CappedWriter extends Writer<Uint8Array> {
  private readonly chunks: Uint8Array[] = [];
  private total = 0;

  constructor(
    private readonly limit: number,
    private readonly entryName: string,
  ) {
    super();
  }

  override writeUint8Array(array: Uint8Array): Promise<void> {
    this.total += array.length;
    if (this.total > this.limit)
      return Promise.reject(new ZipReadError('unreadable', { entry: this.entryName }));
    this.chunks.push(array.slice());
    return Promise.resolve();
  }

  override getData(): Promise<Uint8Array> {
    return Promise.resolve(Buffer.concat(this.chunks, this.total));
  }
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

/**
 * The files of a zip. `budget` is the inflate allowance of the whole read: pass the outer
 * archive's budget when this zip came out of another one (a workbook inside a bill zip).
 */
export async function listZip(bytes: Uint8Array, budget = new InflateBudget()): Promise<ZipFile[]> {
  const files: ZipFile[] = [];
  try {
    const reader = new ZipReader(new Uint8ArrayReader(bytes), { decodeText: (v) => decodeName(v) });
    let count = 0;
    for await (const e of reader.getEntriesGenerator()) {
      if (++count > MAX_ENTRIES) {
        await reader.close();
        throw new ZipReadError('too-many-entries', { limitBytes: MAX_ENTRIES });
      }
      if (e.directory) continue;
      files.push({
        name: e.filename,
        size: e.uncompressedSize,
        encryption: !e.encrypted ? 'none' : e.zipCrypto ? 'zipcrypto' : 'aes',
        entry: e,
        budget,
      });
    }
    await reader.close();
    return files;
  } catch (err) {
    throw err instanceof ZipReadError ? err : new ZipReadError('unreadable');
  }
}

/**
 * The inflated bytes of one entry, within the limits of zipLimits.ts: checked against the
 * declared size and ratio first, then counted while inflating (never more than the entry
 * declares, which itself is within the entry and archive limits).
 */
export async function readZipFile(file: ZipFile, password?: string): Promise<Uint8Array> {
  const problem = declaredProblem(file.size, file.entry.compressedSize, file.budget);
  if (problem) throw new ZipReadError(problem.reason, { ...problem.detail, entry: file.name });
  if (file.encryption !== 'none' && !password) throw new ZipReadError('needs-password');
  const out = (await readPlainFast(file)) ?? (await readWithZipJs(file, password));
  file.budget.spend(out.length);
  return out;
}

async function readWithZipJs(file: ZipFile, password: string | undefined): Promise<Uint8Array> {
  try {
    return await file.entry.getData(new CappedWriter(file.size, file.name), {
      password: file.encryption === 'none' ? undefined : password,
      checkSignature: true,
    });
  } catch (err) {
    if (err instanceof ZipReadError) throw err;
    const message = err instanceof Error ? err.message : '';
    if (message === ERR_INVALID_PASSWORD) throw new ZipReadError('wrong-password');
    if (message === ERR_ENCRYPTED) throw new ZipReadError('needs-password');
    if (message === ERR_UNSUPPORTED_ENCRYPTION || message === ERR_UNSUPPORTED_COMPRESSION) {
      throw new ZipReadError('unsupported');
    }
    // A ZipCrypto password passes its 1-byte check by chance 1 time in 256; the CRC then fails.
    if (file.encryption === 'zipcrypto' && /signature|crc/i.test(message))
      throw new ZipReadError('wrong-password');
    throw new ZipReadError('unreadable', { entry: file.name });
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
    // Never more than the entry declares (already within the limits): a stream that goes on
    // past it lies about its size, and inflating stops at the first byte too many.
    const out =
      e.compressionMethod === 8
        ? zlib.inflateRawSync(raw, {
            maxOutputLength: Math.max(file.size, 1),
            // One output chunk of the declared size avoids concatenating many 16 KB chunks.
            chunkSize: Math.max(file.size + 1, 64 * 1024),
          })
        : raw;
    if (out.length !== file.size || zlib.crc32(out) >>> 0 !== crc >>> 0)
      throw new ZipReadError('unreadable', { entry: file.name });
    return out;
  } catch (err) {
    throw err instanceof ZipReadError ? err : new ZipReadError('unreadable', { entry: file.name });
  }
}
