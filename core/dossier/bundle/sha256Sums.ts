/**
 * SHA256SUMS in the format `sha256sum -c` reads: "<64 hex>  <path>" per line. Bundle paths are
 * sanitised (no newline or backslash), so no escaping is needed; a line that does not parse is a
 * problem verifyBundle reports rather than skips.
 */
export function formatSums(files: readonly { path: string; sha256: string }[]): string {
  return files.map((f) => `${f.sha256}  ${f.path}\n`).join('');
}

export interface ParsedSums {
  entries: Map<string, string>;
  badLines: number[];
  duplicates: string[];
}

export function parseSums(text: string): ParsedSums {
  const entries = new Map<string, string>();
  const badLines: number[] = [];
  const duplicates: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (line === '') return;
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!m) {
      badLines.push(i + 1);
      return;
    }
    const [, hash, file] = m as unknown as [string, string, string];
    if (entries.has(file)) duplicates.push(file);
    entries.set(file, hash);
  });
  return { entries, badLines, duplicates };
}
