/**
 * Checks a bundle without extracting it: every entry is streamed and hashed in place, then compared
 * with SHA256SUMS and with manifest.json. Reports each missing, extra or altered file by name, and
 * refuses (and names) entries that are unsafe: path traversal, absolute paths, symlinks, duplicate
 * names, sizes past the limits (zip bombs). When a file matches the manifest but not SHA256SUMS,
 * the checksum list is what was altered, and that is what gets named.
 */
import { manifestExpectations, MANIFEST_NAME, parseBundleComment, SUMS_NAME } from './manifest.ts';
import { parseSums } from './sha256Sums.ts';
import { DEFAULT_VERIFY_LIMITS, RATIO_MIN_BYTES, type VerifyLimits } from './verifyLimits.ts';
import { decodeEntryName, isSymlinkEntry, unsafeNameReason } from './zipEntryName.ts';
import { hashEntry, openZip, walkEntries, type ZipEntry } from './zipReader.ts';

export type ProblemKind =
  | 'missing'
  | 'extra'
  | 'altered'
  | 'unsafe-name'
  | 'symlink'
  | 'duplicate'
  | 'too-large'
  | 'too-many-entries'
  | 'unreadable'
  | 'no-checksums'
  | 'manifest-mismatch';

export interface VerifyProblem {
  kind: ProblemKind;
  path: string;
  detail: string;
}

export interface VerifiedFile {
  path: string;
  sha256: string;
  bytes: number;
}

export interface VerifyReport {
  ok: boolean;
  bundle: string;
  /** Files whose bytes match SHA256SUMS. */
  verified: VerifiedFile[];
  problems: VerifyProblem[];
  document: { file: string; sha256: string; pages: number } | null;
  auditHead: string | null;
}

interface Scan {
  comment: string;
  actual: Map<string, VerifiedFile>;
  texts: Map<string, Buffer>;
  problems: VerifyProblem[];
}

async function scan(zipPath: string, limits: VerifyLimits, signal?: AbortSignal): Promise<Scan> {
  const actual = new Map<string, VerifiedFile>();
  const texts = new Map<string, Buffer>();
  const problems: VerifyProblem[] = [];
  const seen = new Set<string>();
  let declaredTotal = 0;
  let count = 0;
  const zip = await openZip(zipPath);
  const comment = decodeEntryName(zip.comment as unknown as Buffer);
  if (zip.entryCount > limits.maxEntries) {
    problems.push({
      kind: 'too-many-entries',
      path: '',
      detail: `${zip.entryCount} entries; the limit is ${limits.maxEntries}`,
    });
  }
  await walkEntries(zip, async (entry: ZipEntry) => {
    signal?.throwIfAborted();
    if (++count > limits.maxEntries) return false;
    const name = decodeEntryName(entry.fileName as unknown as Buffer);
    const shown = JSON.stringify(name).slice(1, -1);
    const unsafe = unsafeNameReason(name);
    if (unsafe) {
      problems.push({ kind: 'unsafe-name', path: shown, detail: unsafe });
      return true;
    }
    // Names that differ only in Unicode form or letter case land on the same file when unzipped on
    // macOS or Windows: one would silently replace the other.
    const key = name.normalize('NFC').toLowerCase();
    if (seen.has(key)) {
      problems.push({
        kind: 'duplicate',
        path: name,
        detail: 'the same name (ignoring letter case) appears more than once',
      });
      return true;
    }
    seen.add(key);
    if (isSymlinkEntry(entry.externalFileAttributes, entry.versionMadeBy)) {
      problems.push({ kind: 'symlink', path: name, detail: 'symbolic link entries are not allowed' });
      return true;
    }
    if (name.endsWith('/')) return true;
    const size = entry.uncompressedSize;
    declaredTotal += size;
    const tooBig =
      size > limits.maxEntryBytes
        ? `declares ${size} bytes; the limit per file is ${limits.maxEntryBytes}`
        : declaredTotal > limits.maxTotalBytes
          ? `the bundle declares more than ${limits.maxTotalBytes} bytes in all`
          : size > RATIO_MIN_BYTES && size / Math.max(1, entry.compressedSize) > limits.maxRatio
            ? `compression ratio ${Math.round(size / Math.max(1, entry.compressedSize))}:1 looks like a zip bomb`
            : null;
    if (tooBig) {
      problems.push({ kind: 'too-large', path: name, detail: tooBig });
      return true;
    }
    const keep = name === SUMS_NAME || name === MANIFEST_NAME ? limits.maxTextBytes : 0;
    try {
      const hashed = await hashEntry(zip, entry, Math.min(size, limits.maxEntryBytes), keep);
      actual.set(name, { path: name, sha256: hashed.sha256, bytes: hashed.bytes });
      if (hashed.content) texts.set(name, hashed.content);
    } catch (err) {
      problems.push({
        kind: 'unreadable',
        path: name,
        detail: err instanceof Error ? err.message : String(err),
      });
    }
    return true;
  });
  return { comment, actual, texts, problems };
}

function parseJson(buf: Buffer | undefined): unknown {
  if (!buf) return null;
  try {
    return JSON.parse(buf.toString('utf8'));
  } catch {
    return null;
  }
}

export async function verifyBundle(
  zipPath: string,
  opts: { limits?: Partial<VerifyLimits>; signal?: AbortSignal } = {},
): Promise<VerifyReport> {
  const limits = { ...DEFAULT_VERIFY_LIMITS, ...opts.limits };
  const report: VerifyReport = {
    ok: false,
    bundle: zipPath,
    verified: [],
    problems: [],
    document: null,
    auditHead: null,
  };
  let found: Scan;
  try {
    found = await scan(zipPath, limits, opts.signal);
  } catch (err) {
    if (opts.signal?.aborted) throw err;
    report.problems.push({
      kind: 'unreadable',
      path: zipPath,
      detail: `not a readable ZIP archive: ${err instanceof Error ? err.message : String(err)}`,
    });
    return report;
  }
  const { actual, texts, problems } = found;
  report.problems = problems;
  const flagged = new Set(problems.map((p) => p.path));

  const sumsText = texts.get(SUMS_NAME);
  if (!sumsText) {
    if (!flagged.has(SUMS_NAME))
      problems.push({ kind: 'no-checksums', path: SUMS_NAME, detail: 'the bundle has no SHA256SUMS file' });
    return report;
  }
  const sums = parseSums(sumsText.toString('utf8'));
  for (const line of sums.badLines)
    problems.push({ kind: 'altered', path: SUMS_NAME, detail: `line ${line} is not "<sha256>  <file>"` });
  for (const dup of sums.duplicates)
    problems.push({ kind: 'altered', path: SUMS_NAME, detail: `lists ${dup} twice` });

  // The manifest is trusted for cross-checks only if its own bytes match SHA256SUMS or the comment.
  const anchors = parseBundleComment(found.comment);
  const manifestSha = actual.get(MANIFEST_NAME)?.sha256;
  const manifestRaw = parseJson(texts.get(MANIFEST_NAME));
  const manifestOk =
    !!manifestSha && (sums.entries.get(MANIFEST_NAME) === manifestSha || anchors.manifest === manifestSha);
  const sumsAltered = !!anchors.sums && anchors.sums !== actual.get(SUMS_NAME)?.sha256;
  const expected = manifestOk ? manifestExpectations(manifestRaw) : null;
  if (expected && manifestSha) expected.set(MANIFEST_NAME, manifestSha);

  const paths = new Set<string>([...sums.entries.keys(), ...actual.keys(), ...(expected?.keys() ?? [])]);
  paths.delete(SUMS_NAME);
  for (const p of [...paths].sort()) {
    if (flagged.has(p)) continue;
    const a = actual.get(p);
    const s = sums.entries.get(p);
    const m = expected?.get(p);
    if (!a && s && !m && sumsAltered) {
      problems.push({ kind: 'altered', path: SUMS_NAME, detail: `lists ${p}, which is not in the bundle` });
    } else if (!a) {
      problems.push({
        kind: 'missing',
        path: p,
        detail: 'listed in SHA256SUMS or manifest.json but not in the bundle',
      });
    } else if (!s && !m) {
      problems.push({
        kind: 'extra',
        path: p,
        detail: 'in the bundle but listed in neither SHA256SUMS nor manifest.json',
      });
    } else if (s === a.sha256) {
      report.verified.push(a);
      if (m && m !== a.sha256)
        problems.push({ kind: 'manifest-mismatch', path: p, detail: `manifest.json records ${m}` });
    } else if (m === a.sha256) {
      problems.push({
        kind: 'altered',
        path: SUMS_NAME,
        detail: s ? `its line for ${p} was changed (${s})` : `its line for ${p} is missing`,
      });
    } else {
      problems.push({ kind: 'altered', path: p, detail: `SHA-256 is ${a.sha256}, expected ${s ?? m}` });
    }
  }

  if (manifestOk && manifestRaw && typeof manifestRaw === 'object') {
    const m = manifestRaw as {
      document?: { file?: unknown; sha256?: unknown; pages?: unknown };
      audit?: { head?: unknown };
    };
    if (typeof m.document?.file === 'string' && typeof m.document.sha256 === 'string') {
      report.document = {
        file: m.document.file,
        sha256: m.document.sha256,
        pages: typeof m.document.pages === 'number' ? m.document.pages : 0,
      };
    }
    if (typeof m.audit?.head === 'string') report.auditHead = m.audit.head;
  }
  report.ok = problems.length === 0 && report.verified.length > 0;
  return report;
}
