/**
 * What a backup ZIP may inflate to, checked from its central directory before restore writes a byte,
 * and again on the bytes themselves while they stream (a declared size can lie).
 *
 * A PayProof backup stores originals and documents uncompressed (ratio ≈ 1) and deflates only
 * backup.json and the database, so a real one inflates to little more than its own size. A "zip bomb"
 * (1 MB that inflates to gigabytes) fails one of:
 * - an entry over MAX_ENTRY_BYTES, or all entries together over MAX_TOTAL_BYTES;
 * - an entry over RATIO_FLOOR_BYTES inflating more than MAX_ENTRY_RATIO times its compressed size;
 * - the whole archive inflating more than MAX_ARCHIVE_RATIO times its file size (+ ARCHIVE_SLACK_BYTES),
 *   which catches many small entries that are each harmless;
 * - more entries than MAX_ENTRIES;
 * - more bytes than the target's disk has free.
 * While streaming, an entry that yields more bytes than it declared is cut off (yauzl's
 * validateEntrySizes, and our own running count in `byteBudget`).
 */
import { statfsSync, statSync } from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

export const RESTORE_LIMITS = {
  maxEntries: 1_000_000,
  /** One original: room for hours of screen recording. */
  maxEntryBytes: 64 * GiB,
  maxTotalBytes: 1024 * GiB,
  ratioFloorBytes: 16 * MiB,
  maxEntryRatio: 100,
  maxArchiveRatio: 20,
  archiveSlackBytes: 256 * MiB,
} as const;

export interface ArchiveSizes {
  entries: number;
  /** Sum of the declared uncompressed sizes. */
  totalBytes: number;
}

/** Thrown with the reason a person can read; restoreVault turns it into restore-bad-archive. */
export class ArchiveTooLarge extends Error {}
/** The target's disk cannot hold what the archive declares. */
export class NotEnoughSpace extends Error {
  constructor(
    readonly needed: number,
    readonly free: number,
  ) {
    super('not enough space');
  }
}

export function formatBytes(n: number): string {
  return n >= GiB ? `${(n / GiB).toFixed(1)} GiB` : `${(n / MiB).toFixed(1)} MiB`;
}

function checkEntry(entry: yauzl.Entry): void {
  const size = entry.uncompressedSize;
  if (size > RESTORE_LIMITS.maxEntryBytes)
    throw new ArchiveTooLarge(
      `entry "${entry.fileName}" would inflate to ${formatBytes(size)}, more than ${formatBytes(RESTORE_LIMITS.maxEntryBytes)} 条目解压后过大`,
    );
  if (
    size > RESTORE_LIMITS.ratioFloorBytes &&
    size > Math.max(entry.compressedSize, 1) * RESTORE_LIMITS.maxEntryRatio
  )
    throw new ArchiveTooLarge(
      `entry "${entry.fileName}" would inflate ${formatBytes(entry.compressedSize)} to ${formatBytes(size)} (a "zip bomb") 条目压缩比异常`,
    );
}

/** Reads the central directory only (no entry data) and throws when the archive would inflate too far. */
export async function checkArchiveSizes(archive: string, targetParent: string): Promise<ArchiveSizes> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(archive, { lazyEntries: true, autoClose: true }, (err, z) => (err ? reject(err) : resolve(z))),
  );
  try {
    if (zip.entryCount > RESTORE_LIMITS.maxEntries)
      throw new ArchiveTooLarge(
        `it has ${zip.entryCount} entries, more than ${RESTORE_LIMITS.maxEntries} 条目过多`,
      );
    const archiveBytes = statSync(archive).size;
    const totalCap = Math.min(
      RESTORE_LIMITS.maxTotalBytes,
      archiveBytes * RESTORE_LIMITS.maxArchiveRatio + RESTORE_LIMITS.archiveSlackBytes,
    );
    let totalBytes = 0;
    let entries = 0;
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', resolve);
      zip.on('entry', (entry: yauzl.Entry) => {
        try {
          checkEntry(entry);
          entries++;
          totalBytes += entry.uncompressedSize;
          if (totalBytes > totalCap)
            throw new ArchiveTooLarge(
              `it would inflate ${formatBytes(archiveBytes)} to more than ${formatBytes(totalCap)} 解压后总量过大`,
            );
          zip.readEntry();
        } catch (err) {
          reject(err);
        }
      });
      zip.readEntry();
    });
    const free = freeBytes(targetParent);
    if (free !== null && totalBytes > free) throw new NotEnoughSpace(totalBytes, free);
    return { entries, totalBytes };
  } finally {
    zip.close();
  }
}

/** Free bytes on the disk of `dir` (or of its nearest existing parent: the target may not exist yet). */
function freeBytes(dir: string): number | null {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    try {
      const s = statfsSync(d);
      return s.bavail * s.bsize;
    } catch {
      if (path.dirname(d) === d) return null;
    }
  }
}

/**
 * A running count over every byte restore writes: an entry may not yield more than it declared, nor
 * the archive more than its checked total. Returns the check to call on each chunk.
 */
export function byteBudget(
  sizes: ArchiveSizes,
): (entry: yauzl.Entry, entryBytes: number, chunk: number) => void {
  let total = 0;
  return (entry, entryBytes, chunk) => {
    total += chunk;
    if (entryBytes > entry.uncompressedSize || total > sizes.totalBytes)
      throw new ArchiveTooLarge(
        `entry "${entry.fileName}" holds more bytes than it declares (${entry.uncompressedSize}) 条目实际大小与声明不符`,
      );
  };
}
