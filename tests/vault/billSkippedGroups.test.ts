/**
 * bill.import says each reason for skipping rows once (skippedGroups): the specific sentence when one
 * row has it, else the count and the first rows; the per-row list (skipped) stays complete and
 * structured. A bill imported twice must not come back as one sentence per row.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../core/api/dispatch.ts';
import { createVaultContext } from '../../core/api/vaultContext.ts';
import { SKIPPED_ROWS_SHOWN } from '../../core/api/handlers/billSkipped.ts';
import { sampleRows, type GenRow } from '../importers/helpers/sampleRows.ts';
import { wechatCsv } from '../importers/helpers/wechatFixtures.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();

describe('bill.import skipped rows, grouped by reason', () => {
  it('one message per reason, naming the row or the count and the first rows', async () => {
    const rows: GenRow[] = sampleRows(30, 11).map((r, i) => ({ ...r, merchantOrderId: `MO-${i}` }));
    const at = (i: number): GenRow => rows[i] as GenRow;
    rows[4] = { ...at(4), txid: at(1).txid };
    rows[7] = { ...at(7), txid: at(2).txid };
    const file = path.join(tmp(), '微信支付账单.csv');
    writeFileSync(file, wechatCsv(rows));
    const ctx = createVaultContext(path.join(tmp(), 'vault'));
    const c = await invoke(ctx, 'case.create', { title: '分组', route: 'fraud', counterparty: '某商户' });
    const manual = await invoke(ctx, 'payment.add', {
      caseId: c.id,
      txid: at(10).txid,
      amount: '1.00',
      time: '2025-05-01 10:00:00',
    });

    const first = await invoke(ctx, 'bill.import', { caseId: c.id, path: file });
    const rowOf = (i: number): number => {
      const s = first.skipped.find((x) => x.txid === at(i).txid && x.reason !== 'repeated-in-bill');
      return s?.row ?? -1;
    };
    const repeated = first.skipped.filter((s) => s.reason === 'repeated-in-bill').map((s) => s.row);
    expect(repeated).toHaveLength(2);
    expect(first.skippedGroups.map((g) => [g.reason, g.count, g.rows])).toEqual([
      ['duplicate-txid', 1, [rowOf(10)]],
      ['repeated-in-bill', 2, repeated],
    ]);
    const [dup, rep] = first.skippedGroups;
    // One row: its own sentence, with the id and the payment it duplicates.
    expect(dup?.message.zh).toContain(at(10).txid);
    expect(dup?.message.en).toContain(`payment #${manual.id}`);
    // Several: the count and every row (two fit).
    expect(rep?.message.zh).toContain(`2 行`);
    for (const r of repeated) {
      expect(rep?.message.zh).toContain(String(r));
      expect(rep?.message.en).toContain(String(r));
    }

    // Again: 28 rows already in the case by 交易单号 — one message, the first rows and "18 more".
    const again = await invoke(ctx, 'bill.import', { caseId: c.id, path: file });
    expect(again.imported).toBe(0);
    expect(again.skipped).toHaveLength(30);
    const groups = again.skippedGroups;
    expect(groups.map((g) => g.reason)).toEqual(['duplicate-txid']);
    const g = groups[0];
    expect(g?.count).toBe(30);
    expect(g?.rows).toEqual(again.skipped.slice(0, SKIPPED_ROWS_SHOWN).map((s) => s.row));
    expect(g?.message.zh).toContain('30 行');
    expect(g?.message.zh).toContain(`等 30 行`);
    expect(g?.message.en).toContain(`and ${30 - SKIPPED_ROWS_SHOWN} more`);
    expect(g?.message.en).toContain(`rows ${g?.rows.join(', ')}`);
    ctx.close();
  });
});
