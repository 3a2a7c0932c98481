/** bill.import never adds a counterparty by itself: the caller's choice, or a link to an exact name only. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dispatch, invoke } from '../../core/api/dispatch.ts';
import { createVaultContext } from '../../core/api/vaultContext.ts';
import { auditHead } from '../../db/auditLog.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();
const bill = fileURLToPath(
  new URL(
    '../fixtures/bills/deb-sig_double-entry-generator__example-wechat-records_csv.csv',
    import.meta.url,
  ),
);

async function freshCase(name = '某某数码') {
  const ctx = createVaultContext(path.join(tmp(), 'vault'));
  const c = await invoke(ctx, 'case.create', { title: '刷单诈骗', route: 'fraud', counterparty: name });
  return { ctx, caseId: c.id };
}

describe('bill.import and counterparties', () => {
  it('without a choice adds no party and lists the bill names left unlinked', async () => {
    const { ctx, caseId } = await freshCase();
    const r = await invoke(ctx, 'bill.import', { caseId, path: bill });
    expect(r.imported).toBeGreaterThan(0);
    expect((await invoke(ctx, 'case.overview', { id: caseId })).counterparties.map((c) => c.name)).toEqual([
      '某某数码',
    ]);
    expect(r.counterparty.createdId).toBeNull();
    expect(r.counterparty.unlinkedNames.length).toBeGreaterThan(0);
    expect(r.counterparty.unlinkedNames.reduce((n, u) => n + u.rows, 0)).toBeLessThanOrEqual(r.imported);
    ctx.close();
  });

  it('links every row to the chosen party, or to one new party', async () => {
    const { ctx, caseId } = await freshCase();
    const [party] = (await invoke(ctx, 'case.overview', { id: caseId })).counterparties;
    const linked = await invoke(ctx, 'bill.import', {
      caseId,
      path: bill,
      counterparty: { existingId: party!.id },
    });
    const payments = await invoke(ctx, 'payment.list', { caseId });
    expect(new Set(payments.map((p) => p.counterpartyId))).toEqual(new Set([party!.id]));
    expect(linked.counterparty).toEqual({ linkedId: party!.id, createdId: null, unlinkedNames: [] });

    const other = await freshCase('李某');
    const made = await invoke(other.ctx, 'bill.import', {
      caseId: other.caseId,
      path: bill,
      counterparty: { create: { name: '骗子', kind: 'person' } },
    });
    const parties = (await invoke(other.ctx, 'case.overview', { id: other.caseId })).counterparties;
    expect(parties.map((c) => c.name)).toEqual(['李某', '骗子']);
    expect(made.counterparty.createdId).toBe(parties[1]!.id);
    ctx.close();
    other.ctx.close();
  });

  it('refuses a party of another case before storing anything', async () => {
    const { ctx, caseId } = await freshCase();
    const second = await invoke(ctx, 'case.create', {
      title: '另一个',
      route: 'fraud',
      counterparty: '别人',
    });
    const head = auditHead(ctx.vault().db).hash;
    const r = await dispatch(ctx, 'bill.import', {
      caseId,
      path: bill,
      counterparty: { existingId: second.counterparty!.id },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'counterparty-other-case' } });
    expect(auditHead(ctx.vault().db).hash).toBe(head);
    expect(await invoke(ctx, 'evidence.list', { caseId })).toEqual([]);
    ctx.close();
  });
});
