/**
 * How much a bundle may hold before verification refuses to read it: bounds the work a hostile
 * archive (zip bomb) can cause. Generous for real evidence (a 2 GB recording), tight enough to stop
 * a 1 KB file that claims to unpack to terabytes.
 */
export interface VerifyLimits {
  maxEntries: number;
  /** Per entry, declared and actual uncompressed bytes. */
  maxEntryBytes: number;
  /** All entries together, declared uncompressed bytes. */
  maxTotalBytes: number;
  /** Uncompressed/compressed above this, for entries over 1 MiB, is treated as a bomb. */
  maxRatio: number;
  /** SHA256SUMS and manifest.json are read into memory: at most this much. */
  maxTextBytes: number;
}

const GiB = 1024 ** 3;

export const DEFAULT_VERIFY_LIMITS: VerifyLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 4 * GiB,
  maxTotalBytes: 16 * GiB,
  maxRatio: 1_000,
  maxTextBytes: 32 * 1024 * 1024,
};

export const RATIO_MIN_BYTES = 1024 * 1024;
