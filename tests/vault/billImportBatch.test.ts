/**
 * bill.import looks up the platform ids of the whole batch at once and each counterparty name once.
 * These check that the answers are the ones the one-row-at-a-time lookup gives: the same skips with
 * the same existing payment, one counterparty per distinct name (an existing one reused), one audit
 * entry per imported row in file order on an intact chain, and the bill linked to every new payment.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../core/api/dispatch.ts';
import { createVaultContext } from '../../core/api/vaultContext.ts';
import { listAudit, verifyAuditChain } from '../../db/auditLog.ts';
import { listCounterparties } from '../../db/queries/counterparties.ts';
import { findPaymentByPlatformIds } from '../../db/queries/payments.ts';
import { sampleRows, type GenRow } from '../importers/helpers/sampleRows.ts';
import { wechatCsv } from '../importers/helpers/wechatFixtures.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();

function billRows(): GenRow[] {
  const rows: GenRow[] = sampleRows(40, 7).map((r, i) => ({ ...r, merchantOrderId: `MO-${i}` }));
  const at = (i: number): GenRow => rows[i] as GenRow;
  rows[5] = { ...at(5), txid: at(2).txid }; // the same 交易单号 twice in one bill
  rows[8] = { ...at(8), merchantOrderId: at(3).merchantOrderId }; // the same 商户单号 twice
  rows[9] = { ...at(9), merchantOrderId: null };
  return rows;
}

describe('bill.import with batched lookups', () => {
  it('skips, links, counterparties and audit entries are what per-row lookups give', async () => {
    const rows = billRows();
    const at = (i: number): GenRow => rows[i] as GenRow;
    const file = path.join(tmp(), '微信支付账单.csv');
    writeFileSync(file, wechatCsv(rows));
    const ctx = createVaultContext(path.join(tmp(), 'vault'));
    const c = await invoke(ctx, 'case.create', { title: '批量', route: 'fraud', counterparty: '京东商城' });
    const byTxid = await invoke(ctx, 'payment.add', {
      caseId: c.id,
      txid: at(10).txid,
      amount: '1.00',
      time: '2025-05-01 10:00:00',
    });
    const byOrder = await invoke(ctx, 'payment.add', {
      caseId: c.id,
      txid: '4200000000000000000000000099',
      merchantOrderId: at(12).merchantOrderId ?? undefined,
      amount: '2.00',
      time: '2025-05-02 10:00:00',
    });
    const { db } = ctx.vault();
    const auditBefore = listAudit(db).length;

    const first = await invoke(ctx, 'bill.import', { caseId: c.id, path: file });
    expect(first.skipped.map((s) => [s.txid, s.reason, s.existingPaymentId])).toEqual([
      [at(5).txid, 'repeated-in-bill', null],
      [at(8).txid, 'repeated-in-bill', null],
      [at(10).txid, 'duplicate-txid', byTxid.id],
      [at(12).txid, 'duplicate-merchant-order-id', byOrder.id],
    ]);
    expect(first).toMatchObject({ rows: 40, picked: 40, imported: 36, duplicates: 4 });

    // One counterparty per distinct name; the case's own 京东商城 is reused, not doubled.
    const payments = await invoke(ctx, 'payment.list', { caseId: c.id });
    const imported = payments.filter((p) => p.source === 'bill');
    const parties = listCounterparties(db, c.id);
    const names = parties.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(names)).toEqual(new Set(['京东商城', ...imported.map((p) => p.counterparty)]));
    for (const p of imported)
      expect(parties.find((x) => x.id === p.counterpartyId)?.name).toBe(p.counterparty);

    // Audit: new counterparties once each, the evidence, then one entry per payment in file order.
    const added = listAudit(db).slice(auditBefore);
    const newParties = names.filter((n) => n !== '京东商城').length;
    expect(added.filter((e) => e.action === 'counterparty.saved')).toHaveLength(newParties);
    expect(added.filter((e) => e.action === 'evidence.added')).toHaveLength(1);
    expect(added.filter((e) => e.action === 'payment.imported').map((e) => e.subject)).toEqual(
      first.paymentIds.map((id) => `payment:${id}`),
    );
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, firstBad: null });

    const evidence = await invoke(ctx, 'evidence.list', { caseId: c.id });
    expect(evidence).toHaveLength(1);
    expect([...(evidence[0]?.paymentIds ?? [])].sort((a, b) => a - b)).toEqual(
      [...first.paymentIds].sort((a, b) => a - b),
    );

    // Again: every row is a duplicate of exactly the payment the single-row lookup finds.
    const again = await invoke(ctx, 'bill.import', { caseId: c.id, path: file });
    expect(again).toMatchObject({ imported: 0, duplicates: 40, evidenceReused: true });
    for (const [i, s] of again.skipped.entries()) {
      const r = at(i);
      const expected = findPaymentByPlatformIds(db, c.id, r.txid, r.merchantOrderId);
      expect(expected).not.toBeNull();
      expect([s.txid, s.existingPaymentId]).toEqual([r.txid, expected?.id]);
      expect(s.reason).toBe(expected?.txid === r.txid ? 'duplicate-txid' : 'duplicate-merchant-order-id');
    }
    expect(
      again.skipped.filter((s) => s.reason === 'duplicate-merchant-order-id').map((s) => s.txid),
    ).toEqual([at(8).txid, at(12).txid]);
    ctx.close();
  });
});
