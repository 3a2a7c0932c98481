/**
 * The case page reads a case as an overview (totals, no long lists) plus windows of payments and
 * evidence. The windows must tile the full list exactly, in the same order, and the totals must
 * match the rows.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch, invoke } from '../../core/api/dispatch.ts';
import { createVaultContext } from '../../core/api/vaultContext.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();

async function seeded(payments: number, evidence: number) {
  const ctx = createVaultContext(path.join(tmp(), 'vault'));
  const c = await invoke(ctx, 'case.create', { title: '分页', route: 'fraud', counterparty: '某商户' });
  for (let i = 0; i < payments; i++) {
    // Times out of insertion order, so "time order" differs from "id order".
    const day = String(1 + ((i * 7) % 28)).padStart(2, '0');
    await invoke(ctx, 'payment.add', {
      caseId: c.id,
      txid: `4200${String(i).padStart(10, '0')}`,
      amount: `${i + 1}.0${i % 10}`,
      time: `2025-05-${day} 10:00:00`,
      direction: i % 4 === 0 ? 'income' : 'expense',
    });
  }
  const dir = tmp();
  const paths = Array.from({ length: evidence }, (_, i) => {
    const f = path.join(dir, `证据-${i}.txt`);
    writeFileSync(f, `evidence ${i}`);
    return f;
  });
  if (paths.length) await invoke(ctx, 'evidence.add', { caseId: c.id, paths });
  return { ctx, caseId: c.id };
}

describe('case.overview and paged lists', () => {
  it('totals match the full lists; the overview carries no payment or evidence rows', async () => {
    const { ctx, caseId } = await seeded(23, 5);
    const overview = await invoke(ctx, 'case.overview', { id: caseId });
    const all = await invoke(ctx, 'payment.list', { caseId });
    const expected = {
      payments: all.length,
      evidence: (await invoke(ctx, 'evidence.list', { caseId })).length,
      expenseFen: all.filter((p) => p.direction === 'expense').reduce((n, p) => n + p.amountFen, 0),
      incomeFen: all.filter((p) => p.direction === 'income').reduce((n, p) => n + p.amountFen, 0),
    };
    expect(overview.totals).toEqual(expected);
    expect(expected.payments).toBe(23);
    expect(expected.expenseFen).toBeGreaterThan(0);
    expect(overview).not.toHaveProperty('payments');
    expect(overview).not.toHaveProperty('evidence');
    expect(overview.counterparties.map((c) => c.name)).toEqual(['某商户']);
    ctx.close();
  });

  it('windows of payments tile the time-ordered list exactly', async () => {
    const { ctx, caseId } = await seeded(23, 0);
    const all = await invoke(ctx, 'payment.list', { caseId });
    const times = all.map((p) => Date.parse(p.time));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const paged = [];
    for (let offset = 0; offset < 30; offset += 5)
      paged.push(...(await invoke(ctx, 'payment.list', { caseId, offset, limit: 5 })));
    expect(paged.map((p) => p.id)).toEqual(all.map((p) => p.id));
    expect(await invoke(ctx, 'payment.list', { caseId, offset: 100, limit: 5 })).toEqual([]);
    ctx.close();
  });

  it('a direction filter keeps time order and the window applies after the filter', async () => {
    const { ctx, caseId } = await seeded(23, 0);
    const all = await invoke(ctx, 'payment.list', { caseId });
    const expenses = await invoke(ctx, 'payment.list', { caseId, direction: 'expense' });
    expect(expenses.map((p) => p.id)).toEqual(all.filter((p) => p.direction === 'expense').map((p) => p.id));
    const firstThree = await invoke(ctx, 'payment.list', { caseId, direction: 'expense', limit: 3 });
    expect(firstThree.map((p) => p.id)).toEqual(expenses.slice(0, 3).map((p) => p.id));
    ctx.close();
  });

  it('windows of evidence tile the list in the order added', async () => {
    const { ctx, caseId } = await seeded(0, 7);
    const all = await invoke(ctx, 'evidence.list', { caseId });
    const pages = [
      ...(await invoke(ctx, 'evidence.list', { caseId, offset: 0, limit: 3 })),
      ...(await invoke(ctx, 'evidence.list', { caseId, offset: 3, limit: 3 })),
      ...(await invoke(ctx, 'evidence.list', { caseId, offset: 6, limit: 3 })),
    ];
    expect(pages.map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(all.map((e) => e.originalName)).toEqual(Array.from({ length: 7 }, (_, i) => `证据-${i}.txt`));
    ctx.close();
  });

  it('bad windows and unknown cases are refused with the field named', async () => {
    const { ctx, caseId } = await seeded(1, 0);
    const negative = await dispatch(ctx, 'payment.list', { caseId, offset: -1, limit: 5 });
    expect(negative).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(JSON.stringify(negative)).toContain('offset');
    // One bound per message, the one crossed: never a made-up range such as "0 到 …" or "… 到 ∞".
    expect(negative).toMatchObject({ ok: false, error: { details: { issues: [{ field: 'offset' }] } } });
    const negativeMessage = (negative as { error: { message: { zh: string; en: string } } }).error.message;
    expect(negativeMessage.zh).toMatch(/不能小于 0/);
    expect(negativeMessage.en).toMatch(/at least 0/);
    expect(negativeMessage.zh).not.toMatch(/∞|到/);
    const huge = await dispatch(ctx, 'evidence.list', { caseId, limit: 1_000_000 });
    expect(JSON.stringify(huge)).toContain('limit');
    const hugeMessage = (huge as { error: { message: { zh: string; en: string } } }).error.message;
    expect(hugeMessage.zh).toMatch(/不能大于 \d+/);
    expect(hugeMessage.zh).not.toMatch(/0 到/);
    const missing = await dispatch(ctx, 'case.overview', { id: 999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    ctx.close();
  });
});
