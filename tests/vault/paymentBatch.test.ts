/**
 * bill.import inserts payments PAYMENT_BATCH rows per statement and gives each row its id from the
 * statement's last id. With two full batches and a remainder (and a skipped row inside a batch), every
 * payment must carry its own row's data under the id the import reports, in bill order, and the
 * audit entry's digest must bind exactly those.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../core/api/dispatch.ts';
import { createVaultContext } from '../../core/api/vaultContext.ts';
import { listAudit } from '../../db/auditLog.ts';
import { importedPaymentsDigest } from '../../db/importedPaymentsAudit.ts';
import { PAYMENT_BATCH } from '../../db/queries/paymentBatch.ts';
import { sampleRows, type GenRow } from '../importers/helpers/sampleRows.ts';
import { wechatCsv } from '../importers/helpers/wechatFixtures.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();

describe('bill.import in batches', () => {
  it('every payment holds its own row under the id reported for it', async () => {
    const count = 2 * PAYMENT_BATCH + 22;
    const rows: GenRow[] = sampleRows(count, 5);
    rows[30] = { ...(rows[30] as GenRow), txid: (rows[3] as GenRow).txid }; // skipped inside batch 1
    const file = path.join(tmp(), '微信支付账单.csv');
    writeFileSync(file, wechatCsv(rows));
    const ctx = createVaultContext(path.join(tmp(), 'vault'));
    const c = await invoke(ctx, 'case.create', { title: '分批', route: 'fraud', counterparty: '某商户' });
    const r = await invoke(ctx, 'bill.import', { caseId: c.id, path: file });
    expect(r).toMatchObject({ imported: count - 1, duplicates: 1 });
    expect(r.skipped.map((s) => s.reason)).toEqual(['repeated-in-bill']);

    const kept = rows.filter((_, i) => i !== 30);
    const payments = await invoke(ctx, 'payment.list', { caseId: c.id });
    const byId = new Map(payments.map((p) => [p.id, p]));
    expect(r.paymentIds).toHaveLength(kept.length);
    r.paymentIds.forEach((id, i) => {
      const p = byId.get(id);
      const want = kept[i] as GenRow;
      expect([p?.txid, p?.merchantOrderId ?? null, p?.counterparty]).toEqual([
        want.txid,
        want.merchantOrderId,
        want.counterparty,
      ]);
    });
    // Bill rows rise with the ids: the file's order.
    const billRows = r.paymentIds.map((id) => byId.get(id)?.billRow ?? -1);
    expect(billRows).toEqual([...billRows].sort((a, b) => a - b));
    expect(new Set(billRows).size).toBe(kept.length);

    const entry = listAudit(ctx.vault().db).find((e) => e.action === 'payments.imported');
    const lines = payments.map((p) => ({
      id: p.id,
      txid: p.txid,
      amountFen: p.amountFen,
      time: p.time,
      billRow: p.billRow ?? -1,
    }));
    expect((entry?.details as { digest: string }).digest).toBe(importedPaymentsDigest(lines));
    ctx.close();
  });
});
