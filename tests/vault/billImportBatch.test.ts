/**
 * bill.import looks up the platform ids of the whole batch at once and each counterparty name once.
 * These check that the answers are the ones the one-row-at-a-time lookup gives: the same skips with
 * the same existing payment, rows linked only to the case's party of the same name (none added), one audit
 * entry for the import binding every new payment on an intact chain, each payment in the search index
 * exactly as the per-row trigger writes it, and the bill linked to every new payment.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../core/api/dispatch.ts';
import { createVaultContext } from '../../core/api/vaultContext.ts';
import { listAudit, verifyAuditChain } from '../../db/auditLog.ts';
import { idsOfRanges, importedPaymentsDigest } from '../../db/importedPaymentsAudit.ts';
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

    // No party is added by the import: rows named like the case's own 京东商城 link to it, the other
    // names stay unlinked and come back (each once, with its row count) for the UI to offer.
    const payments = await invoke(ctx, 'payment.list', { caseId: c.id });
    const imported = payments.filter((p) => p.source === 'bill');
    const parties = listCounterparties(db, c.id);
    expect(parties.map((p) => p.name)).toEqual(['京东商城']);
    for (const p of imported)
      expect(p.counterpartyId).toBe(p.counterparty.trim() === '京东商城' ? parties[0]!.id : null);
    const unlinked = imported.filter((p) => p.counterparty.trim() && p.counterparty.trim() !== '京东商城');
    expect(first.counterparty.unlinkedNames.reduce((n, u) => n + u.rows, 0)).toBe(unlinked.length);
    expect(new Set(first.counterparty.unlinkedNames.map((u) => u.name))).toEqual(
      new Set(unlinked.map((p) => p.counterparty.trim())),
    );

    // Audit: no counterparty entries, the evidence, then ONE entry for the import that lists the new
    // payments' ids and binds their ids, 交易单号, amounts, times and bill rows by its digest.
    const added = listAudit(db).slice(auditBefore);
    expect(added.map((e) => e.action)).toEqual(['evidence.added', 'payments.imported']);
    const batch = added[1]!;
    expect(batch).toMatchObject({ caseId: c.id, subject: `evidence:${first.evidenceId}` });
    const details = batch.details as { count: number; paymentIds: [number, number][]; digest: string };
    expect(details.count).toBe(36);
    expect(idsOfRanges(details.paymentIds)).toEqual([...first.paymentIds].sort((a, b) => a - b));
    expect(details.paymentIds).toHaveLength(1); // one import's ids are consecutive: one range
    expect(details.digest).toBe(
      importedPaymentsDigest(
        imported.map((p) => ({
          id: p.id,
          txid: p.txid,
          amountFen: p.amountFen,
          time: p.time,
          billRow: p.billRow!,
        })),
      ),
    );
    const lines = [...imported]
      .sort((a, b) => a.id - b.id)
      .map((p) => `${p.id}\t${p.txid}\t${p.amountFen}\t${p.time}\t${p.billRow}\n`);
    expect(details.digest).toBe(createHash('sha256').update(lines.join('')).digest('hex'));
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, firstBad: null });
    // The case's own audit list (what the papers print) holds it too.
    expect(listAudit(db, c.id).at(-1)?.hash).toBe(batch.hash);

    // Search finds imported payments by 交易单号 (indexed in one statement, exactly as the trigger would).
    const entries = db
      .prepare('SELECT rowid, body, case_id AS caseId FROM search_index WHERE rowid % 8 = 1 ORDER BY rowid')
      .all() as { rowid: number; body: string; caseId: number }[];
    expect(entries).toEqual(
      payments
        .sort((a, b) => a.id - b.id)
        .map((p) => ({
          rowid: p.id * 8 + 1,
          body: `${p.txid} ${p.merchantOrderId ?? ''} ${p.counterparty} ${p.type} ${p.note}`,
          caseId: c.id,
        })),
    );
    expect(db.prepare('SELECT count(*) AS n FROM search_deferred_payments').get()).toEqual({ n: 0 });
    const hit = await invoke(ctx, 'search.query', { query: at(20).txid });
    expect(hit.hits.filter((h) => h.kind === 'payment').map((h) => h.refId)).toContain(
      payments.find((p) => p.txid === at(20).txid)?.id,
    );

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
