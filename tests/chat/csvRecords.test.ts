/**
 * The chat CSV reader on the awkward cuts a stream produces: a CRLF, a doubled quote or a quoted line
 * break split across chunks, lone CRs, quotes inside unquoted fields, an unclosed quote, a record over
 * the cap. Every text is also read cut at every position, which must give the same records.
 */
import { describe, expect, it } from 'vitest';
import { readCsvRecords, type CsvStop } from '../../core/chat/csvRecords.ts';

async function* chunked(parts: string[]): AsyncGenerator<string> {
  for (const p of parts) yield p;
}

async function read(
  parts: string[],
  max = 1000,
): Promise<{ rows: [number, string[]][]; stop: CsvStop | null }> {
  const rows: [number, string[]][] = [];
  const stop = await readCsvRecords(chunked(parts), (f, line) => (rows.push([line, f]), true), max);
  return { rows, stop };
}

const TEXT = 'a,b,c\r\n1,"x ""q""\ny",3\r2,he said "hi",z\n\n"4"tail,,\n5,"",6';
const EXPECTED: [number, string[]][] = [
  [1, ['a', 'b', 'c']],
  [2, ['1', 'x "q"\ny', '3']],
  [4, ['2', 'he said "hi"', 'z']],
  [6, ['4tail', '', '']],
  [7, ['5', '', '6']],
];

describe('readCsvRecords', () => {
  it('reads quoted fields, doubled quotes, CRLF / LF / lone CR, skips empty lines, keeps start lines', async () => {
    expect(await read([TEXT])).toEqual({ rows: EXPECTED, stop: null });
  });

  it('gives the same records however the text is cut into chunks', async () => {
    for (let cut = 1; cut < TEXT.length; cut++) {
      const r = await read([TEXT.slice(0, cut), TEXT.slice(cut)]);
      expect(r, `cut at ${cut}`).toEqual({ rows: EXPECTED, stop: null });
    }
    expect(await read([...TEXT])).toEqual({ rows: EXPECTED, stop: null });
  });

  it('stops at an unclosed quote with the line where its record starts, after delivering the rest', async () => {
    const r = await read(['a,b\n1,2\n3,"never\nclosed\n']);
    expect(r.rows).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
    ]);
    expect(r.stop).toEqual({ reason: 'unclosed-quote', line: 3 });
  });

  it('refuses a record longer than the cap instead of buffering it', async () => {
    const long = `"${'x'.repeat(5000)}`;
    const r = await read(['a,b\n', ...Array.from({ length: 10 }, () => long)], 2000);
    expect(r.rows).toEqual([[1, ['a', 'b']]]);
    expect(r.stop).toEqual({ reason: 'record-too-long', line: 2 });
  });

  it('stops when the handler says so', async () => {
    const seen: string[] = [];
    const stop = await readCsvRecords(
      chunked(['a\nb\nc\n']),
      (f) => (seen.push(f[0] ?? ''), seen.length < 2),
      100,
    );
    expect(stop).toBeNull();
    expect(seen).toEqual(['a', 'b']);
  });
});
