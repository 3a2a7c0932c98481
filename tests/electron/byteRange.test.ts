import { describe, expect, it } from 'vitest';
import { contentRange, parseRange } from '../../electron/protocol/byteRange.ts';

describe('parseRange', () => {
  it('serves the whole file without a Range header', () => {
    expect(parseRange(null, 100)).toEqual({ kind: 'full' });
    expect(parseRange('', 100)).toEqual({ kind: 'full' });
  });

  it('reads a closed range, clamping the end to the file', () => {
    expect(parseRange('bytes=0-9', 100)).toEqual({ kind: 'partial', start: 0, end: 9 });
    expect(parseRange('bytes=90-200', 100)).toEqual({ kind: 'partial', start: 90, end: 99 });
    expect(parseRange('bytes=5-5', 100)).toEqual({ kind: 'partial', start: 5, end: 5 });
  });

  it('reads an open-ended range (how <video> seeks)', () => {
    expect(parseRange('bytes=0-', 100)).toEqual({ kind: 'partial', start: 0, end: 99 });
    expect(parseRange('bytes=40-', 100)).toEqual({ kind: 'partial', start: 40, end: 99 });
  });

  it('reads a suffix range (the last N bytes)', () => {
    expect(parseRange('bytes=-10', 100)).toEqual({ kind: 'partial', start: 90, end: 99 });
    expect(parseRange('bytes=-500', 100)).toEqual({ kind: 'partial', start: 0, end: 99 });
  });

  it('answers 416 for ranges that start past the end, a zero suffix, or an empty file', () => {
    expect(parseRange('bytes=100-', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=150-160', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-0', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
    expect(contentRange({ kind: 'unsatisfiable' }, 100)).toBe('bytes */100');
  });

  it('ignores headers it cannot honour (whole file, as RFC 9110 allows)', () => {
    expect(parseRange('bytes=9-2', 100)).toEqual({ kind: 'full' });
    expect(parseRange('bytes=0-1,5-6', 100)).toEqual({ kind: 'full' });
    expect(parseRange('items=0-5', 100)).toEqual({ kind: 'full' });
    expect(parseRange('bytes=-', 100)).toEqual({ kind: 'full' });
    expect(parseRange('bytes=abc-', 100)).toEqual({ kind: 'full' });
    expect(parseRange(`bytes=${'9'.repeat(30)}-`, 100)).toEqual({ kind: 'full' });
  });

  it('formats Content-Range', () => {
    expect(contentRange({ kind: 'partial', start: 0, end: 9 }, 100)).toBe('bytes 0-9/100');
  });
});
