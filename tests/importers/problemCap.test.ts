/**
 * A bill lists at most MAX_LISTED_ERRORS problems; the rest are counted in one closing line, and
 * nothing else changes: every good row is read, bad rows are counted, flagged rows are counted even
 * when their problem is past the list. Inside a zip the same. (Unbounded, a 0.6 MB XLSX gave 3.7
 * million errors and a 1 GB peak.)
 */
import { describe, expect, it } from 'vitest';
import { parseBill } from '../../core/importers/parseBill.ts';
import { MAX_LISTED_ERRORS } from '../../core/importers/rowSink.ts';
import { rawZip } from './helpers/rawZip.ts';
import { sampleRows } from './helpers/sampleRows.ts';
import { wechatCsv } from './helpers/wechatFixtures.ts';

const GOOD = 1500;
const BAD = 2500;

/** GOOD rows that read fine, then BAD rows whose amount is not a number. */
function billText(): string {
  const rows = sampleRows(GOOD + BAD, 11);
  const lines = wechatCsv(rows).split('\n');
  const firstData = lines.findIndex((l) => l.startsWith('交易时间')) + 1;
  for (let i = firstData + GOOD; i < firstData + GOOD + BAD; i++)
    lines[i] = (lines[i] ?? '').replace(/¥[\d.]+/, '¥abc');
  return lines.join('\n');
}

describe('problems listed per bill', () => {
  const text = billText();

  it.each([
    ['a CSV', () => ({ bytes: Buffer.from(text), fileName: 'bill.csv' })],
    [
      'a CSV inside a zip',
      () => ({ bytes: rawZip([{ name: 'bill.csv', data: text }]), fileName: 'bill.zip' }),
    ],
  ])('%s: the first problems listed, one closing count, every good row read', (_what, input) => {
    return parseBill(input()).then((r) => {
      expect(r.rows).toHaveLength(GOOD);
      expect(r.summary).toMatchObject({ goodRows: GOOD, badRows: BAD, dataLines: GOOD + BAD });
      expect(r.errors).toHaveLength(MAX_LISTED_ERRORS + 1);
      expect(r.errors.slice(0, MAX_LISTED_ERRORS).every((e) => e.row !== null)).toBe(true);
      const last = r.errors.at(-1)!;
      expect(last.row).toBeNull();
      expect(last.message.zh).toContain(`另有 ${BAD - MAX_LISTED_ERRORS} 个问题`);
      expect(last.message.en).toContain(`${BAD - MAX_LISTED_ERRORS} more problems`);
    });
  });

  it('a bill with fewer problems lists them all, with no closing line', async () => {
    const few =
      text
        .split('\n')
        .slice(0, -(BAD - 10) - 1)
        .join('\n') + '\n';
    const r = await parseBill({ bytes: Buffer.from(few), fileName: 'few.csv' });
    expect(r.errors.filter((e) => e.row !== null)).toHaveLength(r.summary.badRows);
    expect(r.errors.some((e) => /more problems/.test(e.message.en))).toBe(false);
  });
});
