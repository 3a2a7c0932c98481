/**
 * Walks a ZIP's entries one at a time (yauzl, lazy), hashing each entry's bytes as they stream —
 * nothing is written to disk and at most one entry is in flight. Small text entries the verifier
 * needs (SHA256SUMS, manifest.json) can be kept in memory, up to a limit.
 */
import { createHash } from 'node:crypto';
import yauzl from 'yauzl';

export type ZipFile = yauzl.ZipFile;
export type ZipEntry = yauzl.Entry;

export function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // decodeStrings false: we judge names ourselves and report them, instead of yauzl refusing the
    // whole archive at the first bad name. validateEntrySizes: a stream longer than its declared
    // size (a lying zip bomb) errors out instead of running on.
    yauzl.open(
      file,
      { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: true },
      (err, zip) => {
        if (err || !zip) reject(err ?? new Error('cannot open zip'));
        else resolve(zip);
      },
    );
  });
}

export interface HashedEntry {
  sha256: string;
  bytes: number;
  content: Buffer | null;
}

export function hashEntry(
  zip: ZipFile,
  entry: ZipEntry,
  maxBytes: number,
  keepUpTo: number,
): Promise<HashedEntry> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) {
        reject(err ?? new Error('cannot read entry'));
        return;
      }
      const hash = createHash('sha256');
      const chunks: Buffer[] = [];
      let bytes = 0;
      stream.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > maxBytes) {
          stream.destroy(new Error(`more than ${maxBytes} bytes`));
          return;
        }
        hash.update(chunk);
        if (bytes <= keepUpTo) chunks.push(chunk);
      });
      stream.on('error', reject);
      stream.on('end', () =>
        resolve({
          sha256: hash.digest('hex'),
          bytes,
          content: bytes <= keepUpTo ? Buffer.concat(chunks) : null,
        }),
      );
    });
  });
}

/** Calls `visit` for each entry in order; resolves when all are visited or `visit` returns false. */
export function walkEntries(zip: ZipFile, visit: (entry: ZipEntry) => Promise<boolean>): Promise<void> {
  return new Promise((resolve, reject) => {
    let stopped = false;
    zip.on('entry', (entry: ZipEntry) => {
      visit(entry).then(
        (more) => {
          if (more) zip.readEntry();
          else {
            stopped = true;
            zip.close();
            resolve();
          }
        },
        (err: unknown) => {
          zip.close();
          reject(err);
        },
      );
    });
    zip.on('end', () => {
      if (!stopped) resolve();
    });
    zip.on('error', (err: Error) => {
      if (!stopped) reject(err);
    });
    zip.readEntry();
  });
}
