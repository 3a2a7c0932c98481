/**
 * Is a ZIP entry name safe to trust? Verification never extracts, but a bundle that holds
 * "../../x", "/etc/passwd", "C:\x" or a backslash path would be dangerous to unzip for the person
 * who receives it, so such names are reported, never silently normalised.
 */
/**
 * Names are read as UTF-8 whether or not bit 11 says so (modern tools write UTF-8 regardless); a name
 * that is not valid UTF-8 decodes with replacement characters and is reported by unsafeNameReason.
 */
export function decodeEntryName(raw: Buffer): string {
  return raw.toString('utf8');
}

/** Null when safe; otherwise why not. */
export function unsafeNameReason(name: string): string | null {
  if (name.length === 0) return 'empty name';
  if (name.includes('\u0000')) return 'NUL character in name';
  if (/[\u0001-\u001f\u007f]/.test(name)) return 'control character in name';
  if (name.includes('\\')) return 'backslash in name (Windows path separator)';
  if (name.startsWith('/')) return 'absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'drive-letter path';
  const parts = name.replace(/\/$/, '').split('/');
  if (parts.some((p) => p === '..')) return 'path escapes the bundle folder (..)';
  if (parts.some((p) => p === '' || p === '.')) return 'empty or "." path segment';
  if (name.includes('\ufffd')) return 'name is not valid UTF-8';
  return null;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** Unix mode bits live in the high 16 bits of the external attributes when made on Unix. */
export function isSymlinkEntry(externalFileAttributes: number, versionMadeBy: number): boolean {
  const hostUnix = versionMadeBy >> 8 === 3;
  const mode = (externalFileAttributes >>> 16) & S_IFMT;
  return (hostUnix || mode !== 0) && mode === S_IFLNK;
}
