/**
 * Repairing a case from the screens alone (issue 11), in Debian Chromium against browser mode: a
 * fake customer-service fraud where a second transfer was typed under the wrong name (房东), so the
 * papers name two suspects. The person
 *  1. edits a payment: a bad amount is refused under the field in the core's words, then the paying
 *     account (付款方式) and the receiving account are added — the police report prints both;
 *  2. deletes the wrong payment → is offered to remove 房东, accepts → 房东 is gone from the header
 *     and from the police report's text (pdftotext of the downloaded PDF);
 *  3. fills the suspect's 微信号 from a blank's 现在填写 in 生成材料 → that blank turns green; enters
 *     typed receiving accounts (a card number with a letter is refused);
 *  4. edits a timeline event; deletes the case (the confirmation says what goes) → 回收站 → restores it;
 *  5. (another vault) meets a vault locked by a process that is not PayProof's → removes the lock
 *     after confirming, and the app opens.
 * Screenshots at 1280×800 and 1024×700 (test-results/screenshots/cr-*.png).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openVault } from '../../db/openVault.ts';
import { buildRenderer, callApi, launchBrowser, openSession, tempVaultDir, type Session } from './harness.ts';
import { pdfText } from './pdfText.ts';
import { shoot } from './screens.ts';

const TX1 = '4200001879202505181458000011';
const TX2 = '4200001879202505181530000012';
const CARD = '6222020200112233445';

let browser: Browser;
let session: Session;
let page: Page;

const api = <T>(method: string, input: unknown): Promise<T> => callApi<T>(session, method, input);
const dialog = () => page.locator('.ant-modal-wrap:visible .ant-modal');
const confirmBox = () => page.locator('.ant-modal-confirm:visible');

async function downloadNewestPdf(): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-pdf').first().click(),
  ]);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'payproof-cr-')), 'paper.pdf');
  await download.saveAs(file);
  return file;
}

async function generate(docTitle: string) {
  const before = await page.getByTestId('document-row').count();
  await page
    .locator('.ant-select')
    .filter({ has: page.getByRole('combobox', { name: '材料类型' }) })
    .click();
  await page.locator(`.ant-select-item-option[title="${docTitle}"]`).click();
  await page.getByRole('button', { name: /生成材料/ }).click();
  await expect.poll(() => page.getByTestId('document-row').count(), { timeout: 120_000 }).toBe(before + 1);
}

describe('repairing a case from the screens', () => {
  beforeAll(async () => {
    await buildRenderer();
    browser = await launchBrowser();
    session = await openSession(browser, tempVaultDir());
    page = session.page;
    await page.getByTestId('welcome-screen').waitFor({ timeout: 60_000 });
    await api('profile.update', {
      name: '张三',
      idNumber: '11010519491231002X',
      phone: '13800000000',
      address: '上海市浦东新区某路1号',
    });
    // The case as a hurried person left it: the second transfer typed under another name.
    await api('case.createWithPayments', {
      case: {
        title: '冒充客服退款被骗',
        route: 'fraud',
        narrative: '对方自称淘宝客服，说要退款，让我扫码转账验证，先后转了两笔。',
        place: '上海市浦东新区',
      },
      counterparty: { name: '假冒客服', kind: 'person' },
      payments: [{ txid: TX1, amount: '5,200', time: '2025-05-18 14:58', counterparty: '假冒客服' }],
    });
    await api('payment.add', {
      caseId: 1,
      txid: TX2,
      amount: '800',
      time: '2025-05-18 15:30',
      counterparty: '房东',
    });
    await api('timeline.add', { caseId: 1, date: '2025-05-18 16:00', text: '拨打110', kind: 'police' });
    await page.getByRole('button', { name: '稍后再填，先建案件' }).click();
    await page.getByTestId('cases-screen').getByRole('link', { name: '冒充客服退款被骗' }).click();
    await page.getByTestId('case-page').waitFor({ timeout: 30_000 });
  }, 600_000);

  afterAll(async () => {
    await session?.close();
    await browser?.close();
  });

  it('edits a payment: a bad amount is refused in words, then 付款方式 and 收款账户 are saved', async () => {
    await expect.poll(() => page.getByTestId('case-party').count(), { timeout: 20_000 }).toBe(2);
    const row = page.getByTestId('payment-row').filter({ hasText: TX1 });
    await row.getByTestId('payment-edit').click();
    const form = page.getByTestId('payment-edit-form');
    await form.waitFor();
    await form.getByLabel(/金额/).fill('12.345');
    await dialog().getByRole('button', { name: '保存' }).click();
    await form.getByText('金额“12.345”最多只能有两位小数').waitFor();
    await form.getByLabel(/金额/).fill('5,200');
    await form.getByLabel(/付款方式/).fill('招商银行储蓄卡(3817)');
    await form.getByLabel(/收款账户/).fill(CARD);
    await shoot(page, 'cr-01-payment-edit');
    await dialog().getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'detached', timeout: 20_000 });
    const [p] = (
      await api<{ txid: string; method: string; receivingAccount: string; amountFen: number }[]>(
        'payment.list',
        { caseId: 1 },
      )
    ).filter((x) => x.txid === TX1);
    expect(p).toMatchObject({ method: '招商银行储蓄卡(3817)', receivingAccount: CARD, amountFen: 520000 });
  }, 120_000);

  it('a deleted payment offers to remove its party, which then leaves the police report', async () => {
    const row = page.getByTestId('payment-row').filter({ hasText: TX2 });
    await row.getByRole('button', { name: `删除 ${TX2}` }).click();
    await page.locator('.ant-popover:visible').getByRole('button', { name: '确定删除' }).click();
    await confirmBox()
      .locator('.ant-modal-confirm-title', { hasText: '“房东”已经没有付款记录了' })
      .waitFor({ timeout: 20_000 });
    await shoot(page, 'cr-02-orphan-party');
    await confirmBox().getByRole('button', { name: '删除对方' }).click();
    await expect.poll(() => page.getByTestId('case-party').count(), { timeout: 20_000 }).toBe(1);
    await expect(page.getByTestId('case-parties').textContent()).resolves.not.toContain('房东');

    await page.getByRole('tab', { name: /生成材料/ }).click();
    await generate('报案材料');
    const text = await pdfText(await downloadNewestPdf());
    expect(text).toContain('假冒客服');
    expect(text).toContain('招商银行储蓄卡(3817)');
    expect(text).toContain(CARD);
    expect(text).not.toContain('房东');
  }, 300_000);

  it('the suspect’s 微信号 entered from a blank’s 现在填写 turns that blank green', async () => {
    const blank = '微信号（假冒客服）';
    await page.getByTestId('doc-blank').filter({ hasText: blank }).waitFor({ timeout: 30_000 });
    await shoot(page, 'cr-03-blanks-before');
    await page.getByRole('button', { name: `现在填写: ${blank}` }).click();
    const form = page.getByTestId('party-edit-form');
    await form.waitFor();
    await form.getByRole('textbox', { name: /^微信号.* 1$/ }).fill('kefu li');
    // A second, typed receiving account: a card number with a letter is refused, then fixed.
    await form.getByRole('button', { name: '再加一个收款账户' }).click();
    const accounts = form.getByTestId('account-row');
    await accounts.last().getByRole('textbox', { name: /^账号/ }).fill('6222O20200112233446');
    await accounts
      .last()
      .getByRole('textbox', { name: /^开户行/ })
      .fill('中国工商银行');
    await dialog().getByRole('button', { name: '保存' }).click();
    await form.getByText(/不像微信号/).waitFor();
    await form.getByText(/不是银行卡号/).waitFor();
    await shoot(page, 'cr-04-party-errors');
    await form.getByRole('textbox', { name: /^微信号.* 1$/ }).fill('kefu_li_2025');
    await accounts.last().getByRole('textbox', { name: /^账号/ }).fill('6222 0202 0011 2233 446');
    await dialog().getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'detached', timeout: 20_000 });
    await page.getByTestId('doc-blank-filled').filter({ hasText: blank }).waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('doc-blank').filter({ hasText: blank }).count()).resolves.toBe(0);
    const snapshot = await api<{ counterparties: { wechatIds: string[]; accounts: unknown[] }[] }>(
      'case.get',
      {
        id: 1,
      },
    );
    expect(snapshot.counterparties[0]?.wechatIds).toEqual(['kefu_li_2025']);
    expect(snapshot.counterparties[0]?.accounts).toContainEqual({
      type: 'bank',
      number: '6222020200112233446',
      bank: '中国工商银行',
    });
    await shoot(page, 'cr-05-blank-green');
    await page.setViewportSize({ width: 1024, height: 700 });
    await shoot(page, 'cr-06-blanks-1024');
    await page.setViewportSize({ width: 1280, height: 800 });
  }, 120_000);

  it('the urgent banner makes the 止付 sheet; the 核对单 is offered too', async () => {
    await page.getByRole('tab', { name: /付款记录/ }).click();
    await page.getByTestId('urgent-banner').waitFor({ timeout: 30_000 });
    const before = await page.getByRole('tab', { name: /生成材料/ }).count();
    expect(before).toBe(1);
    await page.getByTestId('stop-payment-button').click();
    await expect
      .poll(() => page.getByTestId('document-row').first().textContent(), { timeout: 60_000 })
      .toContain('紧急止付信息表');
    const sheet = await pdfText(await downloadNewestPdf());
    expect(sheet).toContain(TX1);
    expect(sheet).toContain('招商银行储蓄卡(3817)');
    await generate('维权材料核对单');
    await expect(page.getByTestId('document-row').first().textContent()).resolves.toContain('核对单');
    await shoot(page, 'cr-07-stop-payment');
  }, 300_000);

  it('edits a timeline event', async () => {
    await page.getByRole('tab', { name: /时间线/ }).click();
    await page.getByTestId('event-edit').first().click();
    const form = page.getByTestId('event-edit-form');
    await form.waitFor();
    await form.getByLabel(/编号/).fill('沪公(浦)警受字2025-0518');
    await form.getByLabel('发生了什么').fill('拨打110报警，民警让次日带材料到派出所');
    await dialog().getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'detached', timeout: 20_000 });
    await page.getByTestId('timeline-item').filter({ hasText: '民警让次日带材料' }).waitFor();
    const [event] = await api<{ ref: string; text: string }[]>('timeline.list', { caseId: 1 });
    expect(event).toMatchObject({ ref: '沪公(浦)警受字2025-0518' });
  }, 120_000);

  it('the case editor: status with the amount recovered, the item, structured 诉求', async () => {
    await page.getByRole('button', { name: /编辑案件/ }).click();
    const form = page.getByTestId('case-edit-form');
    await form.waitFor();
    await page.setViewportSize({ width: 1024, height: 700 });
    await form
      .locator('.ant-select')
      .filter({ has: page.getByRole('combobox', { name: '状态' }) })
      .click();
    await page.locator('.ant-select-item-option[title="已部分追回"]').click();
    await form.getByLabel(/已追回金额/).fill('1.234');
    await form.getByLabel(/购买的商品或服务/).fill('淘宝订单退款（实际无商品）');
    await form.getByLabel(/要求退还的金额/).fill('¥4,200');
    await form.getByText('要求支付资金占用期间的利息').click();
    await dialog().getByRole('button', { name: '保存' }).click();
    await form.getByText(/已追回金额“1.234”最多只能有两位小数/).waitFor();
    await shoot(page, 'cr-08a-case-edit-1024');
    await form.getByLabel(/已追回金额/).fill('1,000');
    await dialog().getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'detached', timeout: 20_000 });
    await page.setViewportSize({ width: 1280, height: 800 });
    const { case: c } = await api<{
      case: {
        status: string;
        recoveredFen: number;
        item: string;
        claims: { refundFen: number; interest: boolean };
      };
    }>('case.get', { id: 1 });
    expect(c).toMatchObject({
      status: 'partly-recovered',
      recoveredFen: 100000,
      item: '淘宝订单退款（实际无商品）',
      claims: { refundFen: 420000, interest: true },
    });
    await expect(page.getByTestId('case-page').getByText('已部分追回').count()).resolves.toBeGreaterThan(0);
  }, 120_000);

  it('case delete says what goes → 回收站 → restore', async () => {
    await page.getByRole('button', { name: '删除案件' }).click();
    const box = page.getByTestId('case-delete-confirm');
    await box.waitFor({ timeout: 20_000 });
    await expect(box.textContent()).resolves.toContain('1 笔付款记录');
    await expect(box.textContent()).resolves.toContain('1 个交易对方');
    // The case has no evidence: nothing is listed for it, rather than "0 份证据".
    await expect(box.textContent()).resolves.not.toContain('份证据');
    await confirmBox().getByRole('button', { name: '移到回收站' }).waitFor();
    await shoot(page, 'cr-08-delete-confirm');
    await confirmBox().getByRole('button', { name: '移到回收站' }).click();
    await page.getByTestId('cases-screen').waitFor({ timeout: 20_000 });
    expect(await api<unknown[]>('case.list', {})).toHaveLength(0);
    await page.getByTestId('open-trash').click();
    const trash = page.getByTestId('trash-screen');
    await trash.getByText('冒充客服退款被骗').waitFor({ timeout: 20_000 });
    await shoot(page, 'cr-09-trash');
    await page.setViewportSize({ width: 1024, height: 700 });
    await shoot(page, 'cr-10-trash-1024');
    await page.setViewportSize({ width: 1280, height: 800 });
    await trash.getByRole('button', { name: '恢复: 冒充客服退款被骗' }).click();
    await trash.getByText('回收站是空的。').waitFor({ timeout: 20_000 });
    const cases = await api<{ id: number; paymentCount: number }[]>('case.list', {});
    expect(cases).toMatchObject([{ id: 1, paymentCount: 1 }]);
    await trash.getByRole('button', { name: /返回案件列表/ }).click();
    await page.getByTestId('cases-screen').getByRole('link', { name: '冒充客服退款被骗' }).click();
    await page.getByTestId('case-page').waitFor();
    await page.setViewportSize({ width: 1024, height: 700 });
    await shoot(page, 'cr-11-case-1024');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(session.errors).toEqual([]);
  }, 120_000);

  it('a vault locked by a process that is not PayProof: explained, and unlocked after confirming', async () => {
    const dir = tempVaultDir();
    openVault(dir).close();
    // A lock naming a live process this computer cannot tell apart (pid 1, no start token): 'held'.
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'payproof.lock'),
      JSON.stringify({
        pid: 1,
        start: null,
        host: os.hostname(),
        nonce: 'left-behind',
        createdAt: '2025-05-18T09:00:00Z',
      }),
    );
    const locked = await openSession(browser, dir);
    try {
      const p = locked.page;
      await p.getByTestId('vault-locked').waitFor({ timeout: 30_000 });
      await shoot(p, 'cr-12-vault-locked');
      await p.getByTestId('unlock-open').click();
      await p.getByTestId('unlock-confirm').waitFor();
      const ok = p.locator('.ant-modal-confirm:visible').getByRole('button', { name: '解除锁定' });
      await expect(ok.isDisabled()).resolves.toBe(true);
      await p.getByTestId('unlock-check').click();
      await shoot(p, 'cr-13-unlock-confirm');
      await ok.click();
      await p.getByTestId('welcome-screen').waitFor({ timeout: 30_000 });
      await expect(p.getByTestId('vault-locked').count()).resolves.toBe(0);
      // What failed while locked was reported as console errors (the failed calls); none after.
      expect(locked.errors.filter((e) => !/vault-locked|证据库正被|500|409|423/.test(e))).toEqual([]);
    } finally {
      await locked.close();
    }
  }, 180_000);
});
