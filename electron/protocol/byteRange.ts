/**
 * HTTP Range for vault:// (RFC 9110 §14): audio and video elements seek with `bytes=N-`, so without
 * 206 answers a two-hour recording could not be scrubbed. One range only; a header we cannot read is
 * ignored (the whole file is served), as the RFC allows.
 */
export type RangeDecision =
  { kind: 'full' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' };

const single = /^bytes=(\d*)-(\d*)$/;

export function parseRange(header: string | null | undefined, size: number): RangeDecision {
  if (!header) return { kind: 'full' };
  const m = single.exec(header.trim());
  if (!m) return { kind: 'full' };
  const [, a = '', b = ''] = m;
  if (a === '' && b === '') return { kind: 'full' };
  if (a === '') {
    // Suffix range: the last N bytes.
    const n = Number(b);
    if (n === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(a);
  if (!Number.isSafeInteger(start)) return { kind: 'full' };
  if (b !== '' && Number(b) < start) return { kind: 'full' };
  if (start >= size) return { kind: 'unsatisfiable' };
  const end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
  return { kind: 'partial', start, end };
}

export function contentRange(decision: RangeDecision, size: number): string {
  return decision.kind === 'partial' ? `bytes ${decision.start}-${decision.end}/${size}` : `bytes */${size}`;
}
