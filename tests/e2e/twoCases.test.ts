/**
 * Two realistic cases carried from the first screen by a person who makes the usual mistakes, in Debian
 * Chromium against browser mode (issue 11):
 *  1. a fake customer-service fraud with two transfers: a bad amount first (12.345) → the form says what
 *     to type and no case exists; fixed (5,200, time typed 2025年5月18日 14:58) → exactly one case; the
 *     second transfer typed as ¥1,299.00; the suspect's identifiers entered from 还缺什么 (a short phone
 *     first, refused) → that item turns green; a file added twice and an empty file are named.
 *  2. a 闲鱼 phone never shipped: full-width amount; a bill dropped on the import dialog is read there
 *     (not stored as evidence behind it); the WeChat complaint text is offered for copying, its 诉求
 *     blank filled from the case editor; the police report's blanks listed before generating; PDF and
 *     ZIP downloaded from the page.
 * Screenshots at 1280×800 and 1024×700 (test-results/screenshots/2c-*.png); at 1024×700 no payment
 * header overlaps another and no file name or hash is cut to "…".
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeChatScreenshot } from '../dossier/makeImages.ts';
import { dropFiles } from './dropFiles.ts';
import {
  buildRenderer,
  callApi,
  launchBrowser,
  openSession,
  repoRoot,
  tempVaultDir,
  type Session,
} from './harness.ts';
import { shoot } from './screens.ts';

const BILL = path.resolve(
  repoRoot,
  'tests/fixtures/bills/deb-sig_double-entry-generator__example-wechat-records_csv.csv',
);
const TX1 = '4200001879202505181458000001';
const TX2 = '4200001879202505181512000002';
const TX3 = '4200001879202506010930000003';

let browser: Browser;
let session: Session;
let page: Page;

const apiCall = <T>(method: string, input: unknown): Promise<T> => callApi<T>(session, method, input);

// antd's select input is zero-sized; a person clicks the box around it.
const docKindSelect = () =>
  page.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: '材料类型' }) });

const dialog = () => page.locator('.ant-modal-wrap:visible .ant-modal');

async function typeTime(label: RegExp | string, text: string) {
  const input = dialog().getByLabel(label);
  await input.fill(text);
  await input.press('Enter');
}

async function wizard(o: {
  title: string;
  narrative: string;
  place: string;
  party: string;
  kind: '商户' | '个人';
  txid: string;
  amount: string;
  time: string;
}) {
  await page.getByRole('button', { name: /新建案件/ }).click();
  await dialog().getByLabel('给案件起个名字').fill(o.title);
  await dialog().getByLabel('用自己的话说说经过').fill(o.narrative);
  await dialog()
    .getByLabel(/发生地/)
    .fill(o.place);
  await dialog()
    .getByRole('button', { name: /下一步/ })
    .click();
  await dialog()
    .getByRole('button', { name: /下一步/ })
    .click();
  await dialog()
    .getByLabel(/对方名称/)
    .fill(o.party);
  await dialog().getByText(o.kind, { exact: true }).click();
  await dialog()
    .getByRole('button', { name: /下一步/ })
    .click();
  await dialog()
    .getByLabel(/交易单号/)
    .fill(o.txid);
  await dialog().getByLabel(/金额/).fill(o.amount);
  await typeTime(/付款时间/, o.time);
}

describe('two cases from the first screen', () => {
  beforeAll(async () => {
    await buildRenderer();
    browser = await launchBrowser();
    session = await openSession(browser, tempVaultDir());
    page = session.page;
  }, 600_000);

  afterAll(async () => {
    await session?.close();
    await browser?.close();
  });

  it('fraud: a bad amount is refused in the form, the fix makes exactly one case', async () => {
    await page.getByTestId('welcome-screen').waitFor();
    await page.getByRole('button', { name: '稍后再填，先建案件' }).click();
    await page.getByTestId('cases-screen').waitFor();
    await wizard({
      title: '冒充淘宝客服退款被骗',
      narrative: '对方自称淘宝客服，说商品质量问题要退款，让我扫码转账验证，先后转了两笔。',
      place: '上海市浦东新区',
      party: '假冒客服',
      kind: '个人',
      txid: TX1,
      amount: '12.345',
      time: '2025年5月18日 14:58',
    });
    await dialog().getByRole('button', { name: '创建案件' }).click();
    await dialog()
      .getByText(/最多只能有两位小数/)
      .waitFor();
    await shoot(page, '2c-01-wizard-bad-amount');
    expect(await apiCall<unknown[]>('case.list', {})).toHaveLength(0);
    await dialog().getByLabel(/金额/).fill('5,200');
    await dialog().getByRole('button', { name: '创建案件' }).click();
    await page.getByTestId('case-page').waitFor({ timeout: 30_000 });
    const cases = await apiCall<{ id: number }[]>('case.list', {});
    expect(cases).toHaveLength(1);
    const payments = await apiCall<{ amountFen: number; time: string }[]>('payment.list', { caseId: 1 });
    expect(payments.map((p) => [p.amountFen, p.time])).toEqual([[520000, '2025-05-18T14:58:00+08:00']]);
  }, 240_000);

  it('fraud: the second transfer is typed as ¥1,299.00', async () => {
    await page.getByRole('button', { name: /手动添加付款/ }).click();
    await dialog()
      .getByLabel(/交易单号/)
      .fill(TX2);
    await dialog().getByLabel(/金额/).fill('¥1,299.00');
    await typeTime(/付款时间/, '2025-05-18 15:12:00');
    await dialog().getByLabel('对方', { exact: true }).fill('假冒客服');
    await dialog().getByRole('button', { name: '添加' }).click();
    await expect.poll(() => page.getByTestId('payment-row').count(), { timeout: 20_000 }).toBe(2);
    const payments = await apiCall<{ amountFen: number }[]>('payment.list', { caseId: 1 });
    expect(payments.map((p) => p.amountFen).sort()).toEqual([129900, 520000]);
  }, 120_000);

  it('fraud: the same file twice and an empty file are named when added', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'payproof-2c-'));
    const chat = path.join(dir, '客服聊天截图.png');
    await makeChatScreenshot(chat, { seed: 5, caption: '假冒客服' });
    const copy = path.join(dir, '客服聊天截图-副本.png');
    writeFileSync(copy, readFileSync(chat));
    const empty = path.join(dir, '转账截图.png');
    writeFileSync(empty, '');
    await dropFiles(page, '[data-testid=case-page]', [chat]);
    await page.getByTestId('evidence-list').waitFor({ timeout: 30_000 });
    await dropFiles(page, '[data-testid=case-page]', [copy, empty]);
    const notes = page.getByTestId('intake-note');
    await expect.poll(() => notes.count(), { timeout: 30_000 }).toBe(2);
    const first = (
      await apiCall<{ id: number; originalName: string }[]>('evidence.list', { caseId: 1 })
    ).find((e) => e.originalName === '客服聊天截图.png')!;
    await expect(notes.nth(0).textContent()).resolves.toContain(`已在证据库中（第${first.id}号证据）`);
    await expect(notes.nth(1).textContent()).resolves.toContain('空文件');
    await shoot(page, '2c-02-intake-notes');
  }, 120_000);

  it('fraud: identifiers entered from 还缺什么 turn the item green', async () => {
    await page.getByRole('tab', { name: /还缺什么/ }).click();
    await page.getByTestId('checklist').waitFor({ timeout: 30_000 });
    const item = '对方身份标识（微信号、手机号或收款账户）';
    await page
      .getByRole('button', { name: `现在填写: ${item}` })
      .first()
      .click();
    const form = page.getByTestId('party-edit-form');
    await form.waitFor();
    await form
      .getByLabel(/微信号/)
      .first()
      .fill('kefu_li_2025');
    await form.getByRole('textbox', { name: '手机号 1' }).fill('1380000');
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog()
      .getByText(/不是有效的电话号码/)
      .waitFor();
    await form.getByRole('textbox', { name: '手机号 1' }).fill('139 1234 5678');
    await dialog().getByRole('button', { name: '保存' }).click();
    await page.getByTestId('party-edit-form').waitFor({ state: 'detached', timeout: 20_000 });
    await expect
      .poll(() => page.getByTestId('present-item').filter({ hasText: item }).count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    const snapshot = await apiCall<{ counterparties: { wechatIds: string[]; phones: string[] }[] }>(
      'case.get',
      {
        id: 1,
      },
    );
    expect(snapshot.counterparties[0]).toMatchObject({
      wechatIds: ['kefu_li_2025'],
      phones: ['13912345678'],
    });
    await shoot(page, '2c-03-checklist-green');
  }, 120_000);

  it('闲鱼: full-width amount; a bill dropped on the import dialog is read there', async () => {
    await page.getByRole('menuitem', { name: /我的案件/ }).click();
    await wizard({
      title: '闲鱼买手机卖家不发货',
      narrative: '在闲鱼买二手 iPhone，付款后卖家一直不发货，后来不回消息。',
      place: '杭州市西湖区',
      party: '闲鱼卖家数码小铺',
      kind: '商户',
      txid: TX3,
      amount: '１２９９．００',
      time: '2025-06-01 09:30',
    });
    await dialog().getByRole('button', { name: '创建案件' }).click();
    await page.getByTestId('case-page').waitFor({ timeout: 30_000 });
    expect(page.url()).toMatch(/#\/cases\/2$/);
    const [p] = await apiCall<{ amountFen: number }[]>('payment.list', { caseId: 2 });
    expect(p?.amountFen).toBe(129900);
    await page.getByRole('button', { name: /从账单导入/ }).click();
    await dialog().getByText('也可以把账单文件直接拖到这里。').waitFor();
    await dropFiles(page, '.ant-modal-wrap:visible .ant-modal', [BILL]);
    await page.getByTestId('bill-preview').waitFor({ timeout: 60_000 });
    // Read in the dialog, not stored as evidence behind it.
    expect(await apiCall<unknown[]>('evidence.list', { caseId: 2 })).toHaveLength(0);
    await shoot(page, '2c-04-bill-dropped');
    await page.setViewportSize({ width: 1024, height: 700 });
    // The dialog's buttons stay reachable in the smallest window.
    await expect(
      dialog()
        .getByRole('button', { name: /导入选中的/ })
        .isVisible(),
    ).resolves.toBe(true);
    await shoot(page, '2c-05-bill-1024');
    await page.setViewportSize({ width: 1280, height: 800 });
    await dialog().getByRole('button', { name: '取消' }).click();
  }, 240_000);

  it('闲鱼: the WeChat text is copied without blanks; the police report blanks are listed; PDF and ZIP download', async () => {
    await page.getByRole('tab', { name: /生成材料/ }).click();
    await docKindSelect().click();
    await page.locator('.ant-select-item-option[title="微信支付投诉材料"]').click();
    const text = page.getByTestId('complaint-text');
    await text.waitFor({ timeout: 30_000 });
    await expect(text.textContent()).resolves.toContain(TX3);
    await expect(text.textContent()).resolves.toContain('__________');
    await page.getByRole('button', { name: /编辑案件/ }).click();
    await dialog()
      .getByLabel(/要求退还的金额/)
      .fill('1,299.00');
    await dialog().getByRole('button', { name: '保存' }).click();
    await page.getByTestId('case-edit-form').waitFor({ state: 'detached' });
    await expect.poll(() => text.textContent(), { timeout: 30_000 }).not.toContain('__________');
    await expect(text.textContent()).resolves.toContain('退还¥1,299.00');
    await expect(text.getByRole('button', { name: /复制/ }).count()).resolves.toBe(1);
    await shoot(page, '2c-06-complaint-text');

    await docKindSelect().click();
    await page.locator('.ant-select-item-option[title="报案材料"]').click();
    await page.getByTestId('doc-blanks').waitFor({ timeout: 30_000 });
    await expect(
      page.getByTestId('doc-blank').filter({ hasText: '公民身份号码（报案人信息）' }).count(),
    ).resolves.toBe(1);
    await page.getByRole('button', { name: /生成材料/ }).click();
    await expect.poll(() => page.getByTestId('document-row').count(), { timeout: 120_000 }).toBe(1);
    const [zipDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-zip').click(),
    ]);
    expect(zipDownload.suggestedFilename()).toMatch(/\.zip$/);
    const zipPath = path.join(mkdtempSync(path.join(os.tmpdir(), 'payproof-dl-')), 'bundle.zip');
    await zipDownload.saveAs(zipPath);
    expect(readFileSync(zipPath).subarray(0, 2).toString('latin1')).toBe('PK');
    const [pdfDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-pdf').click(),
    ]);
    expect(pdfDownload.suggestedFilename()).toMatch(/\.pdf$/);
    await shoot(page, '2c-07-documents-1280');
  }, 300_000);

  it('at 1024×700 nothing overlaps and no file name or hash is cut', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await shoot(page, '2c-08-documents-1024');
    const [doc] = (
      await apiCall<{ documents: { path: string; bundlePath: string; sha256: string }[] }>('case.get', {
        id: 2,
      })
    ).documents;
    const file = page.getByTestId('document-file').first();
    await expect(file.textContent()).resolves.toContain(path.basename(doc!.path));
    await expect(file.textContent()).resolves.toContain(path.basename(doc!.bundlePath));
    await expect(page.getByTestId('document-sha').first().textContent()).resolves.toContain(doc!.sha256);
    // Wrapped inside the window, not running off its right edge.
    for (const el of [file, page.getByTestId('document-sha').first()])
      expect((await el.boundingBox())!.x + (await el.boundingBox())!.width).toBeLessThanOrEqual(1024);
    await page.getByRole('tab', { name: /付款记录/ }).click();
    await page.getByTestId('payment-table').waitFor();
    const heads = page.getByTestId('payment-table').getByRole('columnheader');
    const boxes = [];
    for (let i = 0; i < (await heads.count()); i++) boxes.push(await heads.nth(i).boundingBox());
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i]!.x).toBeGreaterThanOrEqual(boxes[i - 1]!.x + boxes[i - 1]!.width - 1);
    // The whole 交易单号 is shown.
    const txid = page.getByTestId('payment-row').first().getByRole('cell').nth(3);
    await expect(txid.textContent()).resolves.toBe(TX3);
    expect(await txid.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await shoot(page, '2c-09-payments-1024');
    await page.getByRole('menuitem', { name: /我的案件/ }).click();
    await page.getByTestId('cases-screen').getByRole('link').first().waitFor();
    const title = page.getByTestId('cases-screen').getByRole('link', { name: '闲鱼买手机卖家不发货' });
    expect((await title.boundingBox())!.width).toBeGreaterThan(120);
    await shoot(page, '2c-10-cases-1024');
    expect(session.errors).toEqual([]);
  }, 120_000);
});
