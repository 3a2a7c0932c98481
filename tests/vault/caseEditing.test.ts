/**
 * Issue 11's core methods on real temp vaults: every edit, the 回收站, counterparties, the atomic wizard,
 * lost-update refusals and bad input that leaves the vault exactly as it was (row counts + audit head).
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch, invoke } from '../../core/api/dispatch.ts';
import { createVaultContext } from '../../core/api/vaultContext.ts';
import { holdCase } from '../../core/api/busyCases.ts';
import { auditHead, listAudit, verifyAuditChain } from '../../db/auditLog.ts';
import { objectPath } from '../../db/objectStore.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();
const TABLES = ['cases', 'counterparties', 'payments', 'evidence', 'objects', 'timeline_events', 'audit_log'];

async function setup() {
  const ctx = createVaultContext(path.join(tmp(), 'vault'));
  const c = await invoke(ctx, 'case.create', {
    title: '闲鱼买手机未发货',
    route: 'not-received',
    counterparty: '某某数码',
  });
  const p1 = await invoke(ctx, 'payment.add', {
    caseId: c.id,
    txid: '4200001879202307111251305441',
    amount: '5,200',
    time: '2025年5月18日 14:58',
    counterparty: '某某数码',
  });
  const dir = tmp();
  const file = path.join(dir, '聊天.txt');
  writeFileSync(file, 'chat');
  await invoke(ctx, 'evidence.add', { caseId: c.id, paths: [file], kind: 'chat-screenshot' });
  await invoke(ctx, 'timeline.add', { caseId: c.id, date: '2025-05-19', text: '联系卖家', kind: 'contact' });
  return { ctx, caseId: c.id, p1, file };
}

function state(ctx: ReturnType<typeof createVaultContext>) {
  const db = ctx.vault().db;
  return {
    counts: Object.fromEntries(
      TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
    ),
    head: auditHead(db).hash,
  };
}

/** The call fails with this code, zh text naming the field, and the vault is unchanged. */
async function refusedUnchanged(
  ctx: ReturnType<typeof createVaultContext>,
  method: string,
  input: unknown,
  code: string,
  zh?: string,
) {
  const before = state(ctx);
  const r = await dispatch(ctx, method, input);
  expect(r.ok, JSON.stringify(r)).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  if (zh) expect(r.error.message.zh).toContain(zh);
  expect(r.error.message.zh).not.toMatch(/Too small|expected|Invalid/);
  expect(state(ctx)).toEqual(before);
}

describe('case.update', () => {
  it('edits every field, parses the recovered amount and 诉求, audits names and statuses only', async () => {
    const { ctx, caseId } = await setup();
    const updated = await invoke(ctx, 'case.update', {
      id: caseId,
      revision: 1,
      patch: {
        title: '闲鱼 iPhone 未发货',
        route: 'fraud',
        status: 'partly-recovered',
        recovered: '¥1,000',
        item: 'iPhone 15 Pro 256G',
        narrative: '卖家收款后拉黑',
        place: '北京市朝阳区',
        demand: '赔礼道歉',
        claims: { refund: '5,200', rescind: true, compensation: 'triple', interest: true },
      },
    });
    expect(updated).toMatchObject({
      title: '闲鱼 iPhone 未发货',
      route: 'fraud',
      status: 'partly-recovered',
      recoveredFen: 100000,
      item: 'iPhone 15 Pro 256G',
      claims: {
        refundFen: 520000,
        rescind: true,
        compensation: 'triple',
        compensationFen: null,
        interest: true,
      },
      revision: 2,
    });
    const entry = listAudit(ctx.vault().db, caseId).at(-1)!;
    expect(entry.action).toBe('case.updated');
    expect(entry.details).toMatchObject({
      status: { from: 'open', to: 'partly-recovered' },
      recoveredFen: { from: 0, to: 100000 },
    });
    expect(JSON.stringify(entry.details)).not.toMatch(/拉黑|iPhone|朝阳/);
    ctx.close();
  });

  it('refuses a stale revision (two windows), a title of spaces, a bad amount — vault unchanged, in Chinese', async () => {
    const { ctx, caseId } = await setup();
    await invoke(ctx, 'case.update', { id: caseId, revision: 1, patch: { place: '上海' } });
    await refusedUnchanged(
      ctx,
      'case.update',
      { id: caseId, revision: 1, patch: { place: '北京' } },
      'edit-conflict',
      '另一个窗口',
    );
    await refusedUnchanged(
      ctx,
      'case.update',
      { id: caseId, patch: { title: '   ' } },
      'invalid-input',
      '标题不能只有空格',
    );
    await refusedUnchanged(
      ctx,
      'case.update',
      { id: caseId, patch: { recovered: '12.345' } },
      'invalid-input',
      '已追回金额',
    );
    await refusedUnchanged(
      ctx,
      'case.update',
      { id: caseId, patch: { claims: { compensation: 'amount' } } },
      'invalid-input',
      '请填写赔偿金额',
    );
    await refusedUnchanged(
      ctx,
      'case.update',
      { id: caseId, patch: { status: 'resolved' } },
      'invalid-input',
      '可选',
    );
    ctx.close();
  });
});

describe('the 回收站', () => {
  it('delete says what goes, hides the case, restore brings every row back', async () => {
    const { ctx, caseId } = await setup();
    const dry = await invoke(ctx, 'case.delete', { id: caseId, dryRun: true });
    expect(dry.contents).toEqual({ payments: 1, evidence: 1, documents: 0, events: 1, counterparties: 1 });
    const before = state(ctx);
    const deleted = await invoke(ctx, 'case.delete', { id: caseId });
    expect(deleted.case.deletedAt).not.toBeNull();
    expect(await invoke(ctx, 'case.list', {})).toEqual([]);
    expect((await invoke(ctx, 'case.listDeleted', {})).map((c) => c.id)).toEqual([caseId]);
    // A case in the 回收站 is not edited or read as live.
    await refusedUnchanged(
      ctx,
      'payment.add',
      { caseId, txid: '1', amount: '1', time: '2025-05-18 10:00' },
      'case-deleted',
      '回收站',
    );
    await refusedUnchanged(ctx, 'case.get', { id: caseId }, 'case-deleted');
    await invoke(ctx, 'case.restore', { id: caseId });
    // Every row is back; the audit log grew by exactly the delete and the restore.
    expect(state(ctx).counts).toEqual({ ...before.counts, audit_log: before.counts.audit_log! + 2 });
    const actions = listAudit(ctx.vault().db, caseId).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['case.deleted', 'case.restored']);
    expect(verifyAuditChain(ctx.vault().db).ok).toBe(true);
    ctx.close();
  });

  it('purge erases rows and an original no other case uses, and keeps one another case still holds', async () => {
    const { ctx, caseId, file } = await setup();
    const other = await invoke(ctx, 'case.create', { title: '另一个', route: 'fraud' });
    await invoke(ctx, 'evidence.add', { caseId: other.id, paths: [file], kind: 'chat-screenshot' });
    const dir = tmp();
    const only = path.join(dir, '只属于本案.txt');
    writeFileSync(only, 'only this case');
    const [mine] = await invoke(ctx, 'evidence.add', { caseId, paths: [only], kind: 'chat-screenshot' });
    const vault = ctx.vault();
    await refusedUnchanged(ctx, 'case.purge', { id: caseId }, 'case-not-deleted');
    await invoke(ctx, 'case.delete', { id: caseId });
    const purged = await invoke(ctx, 'case.purge', { id: caseId });
    expect(purged).toMatchObject({ contents: { payments: 1, evidence: 2, events: 1 }, objectsDeleted: 1 });
    expect(existsSync(objectPath(vault.objectsDir, mine!.sha256))).toBe(false);
    const shared = (await invoke(ctx, 'evidence.list', { caseId: other.id }))[0]!;
    expect(existsSync(objectPath(vault.objectsDir, shared.sha256))).toBe(true);
    expect((await invoke(ctx, 'vault.doctor', {})).ok).toBe(true);
    await refusedUnchanged(ctx, 'case.restore', { id: caseId }, 'not-found');
    ctx.close();
  });

  it('refuses to delete a case while its dossier is being generated', async () => {
    const { ctx, caseId } = await setup();
    const release = holdCase(ctx.vault().db, caseId);
    await refusedUnchanged(ctx, 'case.delete', { id: caseId }, 'case-busy', '正在生成材料');
    release();
    expect((await invoke(ctx, 'case.delete', { id: caseId })).case.id).toBe(caseId);
    ctx.close();
  });
});

describe('counterparties', () => {
  it('add, update with checked identifiers, merge (payments move, audited), remove unlinks', async () => {
    const { ctx, caseId, p1 } = await setup();
    const [shop] = (await invoke(ctx, 'case.overview', { id: caseId })).counterparties;
    const dup = await invoke(ctx, 'counterparty.add', {
      caseId,
      name: '某某数码旗舰店',
      kind: 'merchant',
      wechatIds: ['wxid_abc123'],
      phones: ['+86 139 1234 5678'],
      accounts: [{ type: 'bank', number: '6222 0202 0011 2233 445', bank: '工商银行' }],
      creditCode: '91350100m000100y43',
      platform: '闲鱼',
    });
    expect(dup).toMatchObject({
      phones: ['13912345678'],
      accounts: [{ type: 'bank', number: '6222020200112233445', bank: '工商银行' }],
      creditCode: '91350100M000100Y43',
    });
    const updated = await invoke(ctx, 'counterparty.update', {
      id: dup.id,
      revision: 1,
      patch: { address: '深圳市' },
    });
    expect(updated).toMatchObject({ address: '深圳市', revision: 2, platform: '闲鱼' });
    const merged = await invoke(ctx, 'counterparty.merge', { from: shop!.id, into: dup.id });
    expect(merged.movedPayments).toBe(1);
    expect(merged.counterparty.wechatNicknames).toContain('某某数码');
    expect((await invoke(ctx, 'payment.list', { caseId }))[0]!.counterpartyId).toBe(dup.id);
    expect(listAudit(ctx.vault().db, caseId).at(-1)).toMatchObject({
      action: 'counterparty.merged',
      details: { from: shop!.id, into: dup.id, movedPayments: 1 },
    });
    // Removing the last payment says the party has none left; removing the party leaves none behind.
    const removed = await invoke(ctx, 'payment.remove', { id: p1.id });
    expect(removed.counterpartyWithoutPayments?.id).toBe(dup.id);
    expect((await invoke(ctx, 'counterparty.remove', { id: dup.id })).unlinkedPayments).toBe(0);
    expect((await invoke(ctx, 'case.get', { id: caseId })).counterparties).toEqual([]);
    ctx.close();
  });

  it('refuses a bad credit code, a bank card with letters, a 1380000 phone, a name of spaces — vault unchanged', async () => {
    const { ctx, caseId } = await setup();
    await refusedUnchanged(
      ctx,
      'counterparty.add',
      { caseId, name: 'x', creditCode: '91350100M000100Y44' },
      'invalid-input',
      '校验位',
    );
    await refusedUnchanged(
      ctx,
      'counterparty.add',
      { caseId, name: 'x', creditCode: '9135' },
      'invalid-input',
      '18 位',
    );
    await refusedUnchanged(
      ctx,
      'counterparty.add',
      { caseId, name: 'x', accounts: [{ type: 'bank', number: '6222abc' }] },
      'invalid-input',
      '银行卡号',
    );
    await refusedUnchanged(
      ctx,
      'counterparty.add',
      { caseId, name: 'x', phones: ['1380000'] },
      'invalid-input',
      '电话',
    );
    await refusedUnchanged(ctx, 'counterparty.add', { caseId, name: '  ' }, 'invalid-input', '不能只有空格');
    await refusedUnchanged(ctx, 'counterparty.merge', { from: 1, into: 1 }, 'counterparty-merge-self');
    ctx.close();
  });

  it('counterparty.save updates the same-named party, and refuses when two share the name', async () => {
    const { ctx, caseId } = await setup();
    const saved = await invoke(ctx, 'counterparty.save', {
      caseId,
      name: '某某数码',
      phones: ['13912345678'],
    });
    expect((await invoke(ctx, 'case.overview', { id: caseId })).counterparties).toHaveLength(1);
    expect(saved.phones).toEqual(['13912345678']);
    await invoke(ctx, 'counterparty.add', { caseId, name: '某某数码' });
    await refusedUnchanged(
      ctx,
      'counterparty.save',
      { caseId, name: '某某数码' },
      'counterparty-ambiguous',
      '--id',
    );
    ctx.close();
  });
});

describe('payments and events', () => {
  it('payment.edit audits old → new (accounts by name only) and refuses a stale revision', async () => {
    const { ctx, caseId, p1 } = await setup();
    const edited = await invoke(ctx, 'payment.edit', {
      id: p1.id,
      revision: 1,
      patch: {
        amount: '５２００.５０',
        method: '招商银行储蓄卡(1234)',
        receivingAccount: '6222020200112233445',
      },
    });
    expect(edited).toMatchObject({
      amountFen: 520050,
      method: '招商银行储蓄卡(1234)',
      receivingAccount: '6222020200112233445',
      revision: 2,
    });
    const details = listAudit(ctx.vault().db, caseId).at(-1)!.details as { changed: Record<string, unknown> };
    expect(details.changed).toEqual({
      amountFen: { from: 520000, to: 520050 },
      method: { changed: true },
      receivingAccount: { changed: true },
    });
    await refusedUnchanged(
      ctx,
      'payment.edit',
      { id: p1.id, revision: 1, patch: { note: 'x' } },
      'edit-conflict',
    );
    await refusedUnchanged(
      ctx,
      'payment.edit',
      { id: p1.id, patch: { time: '2099-01-01 10:00' } },
      'invalid-input',
      '晚于现在',
    );
    await refusedUnchanged(
      ctx,
      'payment.edit',
      { id: p1.id, patch: { amount: '0' } },
      'invalid-input',
      '必须大于 0',
    );
    ctx.close();
  });

  it('timeline.update and timeline.remove', async () => {
    const { ctx, caseId } = await setup();
    const [ev] = await invoke(ctx, 'timeline.list', { caseId });
    const updated = await invoke(ctx, 'timeline.update', {
      id: ev!.id,
      revision: 1,
      patch: { date: '2025年5月20日', kind: 'complaint', ref: 'TS1' },
    });
    expect(updated).toMatchObject({ date: '2025-05-20', kind: 'complaint', ref: 'TS1', revision: 2 });
    await refusedUnchanged(
      ctx,
      'timeline.update',
      { id: ev!.id, patch: { date: '下周' } },
      'invalid-input',
      '日期',
    );
    await invoke(ctx, 'timeline.remove', { id: ev!.id });
    expect(await invoke(ctx, 'timeline.list', { caseId })).toEqual([]);
    ctx.close();
  });
});

describe('case.createWithPayments (the wizard)', () => {
  it('creates case, party and payments in one transaction; a bad amount leaves no case', async () => {
    const ctx = createVaultContext(path.join(tmp(), 'vault'));
    const good = {
      case: { title: '刷单诈骗', route: 'fraud' },
      counterparty: { name: '李某', kind: 'person' as const, wechatIds: ['wxid_scam123'] },
      payments: [
        {
          txid: '4200001',
          amount: '5,200',
          time: '2025-05-18 14:58',
          receivingAccount: '6222020200112233445',
        },
        { txid: '4200002', amount: '¥1,299.00', time: '2025年5月18日下午3点' },
      ],
    };
    const cases: [unknown, string][] = [
      [
        { ...good, payments: [good.payments[0]!, { ...good.payments[1]!, amount: '12.345' }] },
        'invalid-input',
      ],
      [
        { ...good, payments: [good.payments[0]!, { ...good.payments[1]!, time: '5月18号下下午' }] },
        'invalid-input',
      ],
      // The second payment repeats the first's 交易单号: fails inside the transaction, after the case row.
      [{ ...good, payments: [good.payments[0]!, { ...good.payments[0]! }] }, 'duplicate-payment'],
      [{ ...good, case: { ...good.case, route: 'nope' } }, 'unknown-route'],
    ];
    for (const [bad, code] of cases) await refusedUnchanged(ctx, 'case.createWithPayments', bad, code);
    expect(await invoke(ctx, 'case.list', {})).toEqual([]);
    const made = await invoke(ctx, 'case.createWithPayments', good);
    expect(made.payments.map((p) => [p.amountFen, p.counterpartyId])).toEqual([
      [520000, made.counterparty!.id],
      [129900, made.counterparty!.id],
    ]);
    expect(await invoke(ctx, 'case.list', {})).toHaveLength(1);
    ctx.close();
  });

  it('zod messages name the field in Chinese, never zod English', async () => {
    const ctx = createVaultContext(path.join(tmp(), 'vault'));
    const r = await dispatch(ctx, 'case.create', { title: '', route: 'fraud' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!r.ok) {
      expect(r.error.message.zh).toBe('输入有误：请填写标题。');
      expect(r.error.message.en).toBe('Invalid input: Please fill in Title.');
      expect(r.error.details).toMatchObject({ field: 'title' });
    }
    const p = await dispatch(ctx, 'profile.update', { idNumber: '11010119900307123', phone: '1380000' });
    if (!p.ok) {
      expect(p.error.message.zh).toContain('身份证号应为 18 位');
      expect(p.error.message.zh).toContain('另有 1 处问题');
    } else expect.unreachable('17-digit ID accepted');
    ctx.close();
  });
});
