/**
 * How much a bill zip or XLSX may unpack to. A real bill is small and compresses modestly; a
 * "zip bomb" (1 MB that inflates to 1 GB) is not a bill and must be refused before it costs
 * memory. Three checks, each before or while inflating, never after:
 *   - the entry count (a central directory of 100,000 entries is itself a memory bomb);
 *   - each entry's DECLARED size and compression ratio, before a byte is inflated;
 *   - a running count while inflating, per entry and per archive, which stops at the first byte
 *     past the limit: the declared size can lie.
 * Sizes: a 100,000-row WeChat XLSX (far more than anyone's year) has a ~41 MB sheet and ~25 MB of
 * shared strings, compressed 6–9:1; CSVs compress about 4:1.
 */

const MiB = 1024 * 1024;

/** Largest single entry (sheet, shared strings, a CSV inside the zip). */
export const MAX_ENTRY_BYTES = 48 * MiB;
/** Everything read from one archive together, a workbook inside a bill zip included. */
export const MAX_ARCHIVE_BYTES = 80 * MiB;
/** Far above any real bill (6–9:1), far below deflate's ~1,030:1 on repeated bytes. */
export const MAX_RATIO = 100;
/** The ratio is only judged for entries this large: tiny parts compress arbitrarily well. */
export const RATIO_FROM_BYTES = 1 * MiB;
/** An XLSX has about a dozen parts and a bill zip one or two files. */
export const MAX_ENTRIES = 1000;

export type ZipLimitReason = 'too-large' | 'too-compressed' | 'archive-too-large' | 'too-many-entries';

/** What the caller needs to name the problem: the entry and the limit it crossed. */
export interface ZipLimitDetail {
  entry?: string;
  limitBytes?: number;
  ratio?: number;
}

/** Inflated bytes still allowed for one archive; shared by every entry read from it. */
export class InflateBudget {
  constructor(public remaining: number = MAX_ARCHIVE_BYTES) {}

  /** The entry may produce at most this many bytes before the archive's limit is crossed. */
  get left(): number {
    return Math.max(0, this.remaining);
  }

  spend(bytes: number): void {
    this.remaining -= bytes;
  }
}

/** The limit an entry of this declared size crosses before inflating, or null if none. */
export function declaredProblem(
  declaredSize: number,
  compressedSize: number,
  budget: InflateBudget,
): { reason: ZipLimitReason; detail: ZipLimitDetail } | null {
  if (declaredSize > MAX_ENTRY_BYTES) return { reason: 'too-large', detail: { limitBytes: MAX_ENTRY_BYTES } };
  if (declaredSize > budget.left)
    return { reason: 'archive-too-large', detail: { limitBytes: MAX_ARCHIVE_BYTES } };
  if (declaredSize >= RATIO_FROM_BYTES && declaredSize > MAX_RATIO * Math.max(compressedSize, 1))
    return {
      reason: 'too-compressed',
      detail: { ratio: Math.round(declaredSize / Math.max(compressedSize, 1)) },
    };
  return null;
}
