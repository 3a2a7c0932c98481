/**
 * Screenshots read into payments, in Debian Chromium against browser mode (issue 13):
 *  1. a generated WeChat 账单详情 screenshot dropped on the case page is read in the background
 *     (正在识别… → 识别到付款); its card shows every field with the crop of the screen beside it; the
 *     person corrects one field and confirms → the payments table shows exactly the 28-digit 交易单号,
 *     the screenshot is linked, and the suggested kind (付款截图) is one click;
 *  2. a second screenshot whose 交易单号 the case already has (typed earlier with another amount) links
 *     to that payment and says the amounts differ, adding nothing;
 *  3. the case's search box and the vault's find words read from the screenshot, marked, and one click
 *     opens the evidence item's reading.
 * Screenshots at 1280×800 and 1024×700 (test-results/screenshots/ocr-*.png).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPaymentScreen, sampleScreens } from '../ocr/paymentScreens.ts';
import { dropFiles } from './dropFiles.ts';
import { buildRenderer, callApi, launchBrowser, openSession, tempVaultDir, type Session } from './harness.ts';
import { shoot } from './screens.ts';

let browser: Browser;
let session: Session;
let page: Page;
let caseId: number;
const [merchant, transfer] = sampleScreens() as [
  ReturnType<typeof sampleScreens>[0],
  ReturnType<typeof sampleScreens>[0],
];
const OCR_TIMEOUT = 240_000;
/** A phone's own name for a screenshot: nothing in it suggests a kind, so the suggestion comes from content. */
const SHOT = 'IMG_20250518_044500.png';

const apiCall = <T>(method: string, input: unknown) => callApi<T>(session, method, input);

const modal = () => page.locator('.ant-modal-wrap:visible .ant-modal');
const row = (name: string) => page.getByTestId('evidence-row').filter({ hasText: name });

/** A search result on screen (a closed result list stays in the page, hidden). */
const visibleHit = (text: string) =>
  page.locator('.ant-popover:visible [data-testid=search-hit]').filter({ hasText: text }).first();

async function closeModal() {
  await modal().locator('.ant-modal-close').click();
  await page.locator('.ant-modal-wrap:visible').waitFor({ state: 'detached' });
}

async function openCaseTab(tab: string) {
  await page.evaluate((h) => (window.location.hash = h), `#/cases/${caseId}/${tab}`);
  await page.getByTestId('case-page').waitFor();
}

/** Drop one screenshot on the case page and wait until its row says a payment was found. */
async function dropAndRead(file: string) {
  await dropFiles(page, '[data-testid=case-page]', [file]);
  const badge = row(path.basename(file)).getByTestId('ocr-badge');
  await badge.waitFor({ timeout: 60_000 });
  await row(path.basename(file))
    .locator('[data-testid=ocr-badge][data-status=payment]')
    .waitFor({ timeout: OCR_TIMEOUT });
}

describe('screenshot → payment card (browser)', () => {
  beforeAll(async () => {
    await buildRenderer();
    browser = await launchBrowser();
    session = await openSession(browser, tempVaultDir('payproof-e2e-ocr-'));
    page = session.page;
    const c = await apiCall<{ id: number }>('case.create', { title: '闲鱼买手机被骗', route: 'fraud' });
    caseId = c.id;
  }, 300_000);

  afterAll(async () => {
    await session?.close();
    await browser?.close();
  });

  it(
    'reads a dropped 账单详情 screenshot, and the confirmed card becomes the payment with the exact 交易单号',
    { timeout: 600_000 },
    async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'payproof-e2e-shots-'));
      const file = path.join(dir, SHOT);
      writeFileSync(file, await renderPaymentScreen(merchant));
      await openCaseTab('evidence');
      await dropFiles(page, '[data-testid=case-page]', [file]);
      // The row appears at once, reading in the background.
      const badge = row(SHOT).getByTestId('ocr-badge');
      await badge.waitFor({ timeout: 60_000 });
      await row(SHOT)
        .locator('[data-testid=ocr-badge][data-status=payment]')
        .waitFor({ timeout: OCR_TIMEOUT });
      await shoot(page, 'ocr-row-1280');
      // The kind its content suggests, one click away.
      const chip = row(SHOT).getByTestId('ocr-kind-chip');
      await expect(chip.textContent()).resolves.toContain('账单详情截图');
      await row(SHOT).getByTestId('ocr-badge').click();
      const card = modal().getByTestId('ocr-payment-card');
      await card.waitFor();
      await expect(card.getByRole('textbox', { name: '交易单号', exact: true }).inputValue()).resolves.toBe(
        merchant.truth.txid,
      );
      await expect(card.getByRole('textbox', { name: '金额', exact: true }).inputValue()).resolves.toBe(
        '93.40',
      );
      await expect(card.getByRole('textbox', { name: '支付时间', exact: true }).inputValue()).resolves.toBe(
        '2025-05-18 04:44:15',
      );
      // Each id, amount and time sits beside its crop of the screenshot, cut from the loaded original.
      for (const field of ['txid', 'amountFen', 'time']) {
        const crop = card.getByTestId(`ocr-field-${field}`).getByTestId('field-crop');
        await expect(crop.count()).resolves.toBe(1);
        const box = await crop.boundingBox();
        expect(box!.width).toBeGreaterThan(20);
        const loaded = await crop
          .locator('img')
          .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth);
        expect(loaded).toBe(merchant.width);
      }
      await shoot(page, 'ocr-card-1280');
      // Fix one field: the counterparty is marked for checking; the person types the name as shown.
      const party = card.getByRole('textbox', { name: '对方', exact: true });
      await party.fill(merchant.truth.counterparty);
      await card.getByTestId('ocr-card-confirm').click();
      const outcome = card.getByTestId('ocr-card-outcome');
      await outcome.waitFor();
      await expect(outcome.getAttribute('data-outcome')).resolves.toBe('created');
      await expect(outcome.textContent()).resolves.toContain(merchant.truth.txid);
      await shoot(page, 'ocr-card-confirmed-1280');
      // Apply the suggested kind from the reading.
      await modal()
        .getByRole('button', { name: /^设为「交易凭证/ })
        .click();
      await modal().getByText('已设为「交易凭证').waitFor();
      await closeModal();

      await openCaseTab('payments');
      const paymentRow = page.getByTestId('payment-row').filter({ hasText: merchant.truth.txid });
      await paymentRow.waitFor();
      // Exactly the 28 digits: no grouping, no rounding, no lost digit.
      const txidCell = paymentRow.getByText(/^\d{28}$/);
      await expect(txidCell.textContent()).resolves.toBe(merchant.truth.txid);
      await shoot(page, 'ocr-payments-1280');
      const payments = await apiCall<{ id: number; txid: string; amountFen: number; counterparty: string }[]>(
        'payment.list',
        { caseId },
      );
      expect(payments).toHaveLength(1);
      expect(payments[0]).toMatchObject({
        txid: merchant.truth.txid,
        amountFen: 9340,
        counterparty: merchant.truth.counterparty,
      });
      const evidence = await apiCall<{ originalName: string; kind: string; paymentIds: number[] }[]>(
        'evidence.list',
        { caseId },
      );
      expect(evidence[0]).toMatchObject({
        originalName: SHOT,
        kind: 'payment-screenshot',
        paymentIds: [payments[0]!.id],
      });
    },
  );

  it(
    'a screenshot of a payment the case already has links to it and says the amounts differ',
    { timeout: 600_000 },
    async () => {
      await apiCall('payment.add', {
        caseId,
        txid: transfer.truth.txid,
        amount: '490.00',
        time: transfer.truth.time,
        direction: 'expense',
      });
      const dir = mkdtempSync(path.join(os.tmpdir(), 'payproof-e2e-shots-'));
      const file = path.join(dir, '转账详情.jpg');
      writeFileSync(file, await renderPaymentScreen(transfer, { type: 'jpeg', quality: 85 }));
      await openCaseTab('evidence');
      await dropAndRead(file);
      await row('转账详情.jpg').getByTestId('ocr-badge').click();
      const card = modal().getByTestId('ocr-payment-card');
      await card.waitFor();
      await expect(card.getByRole('textbox', { name: '交易单号', exact: true }).inputValue()).resolves.toBe(
        transfer.truth.txid,
      );
      await card.getByTestId('ocr-card-confirm').click();
      const outcome = card.getByTestId('ocr-card-outcome');
      await outcome.waitFor();
      await expect(outcome.getAttribute('data-outcome')).resolves.toBe('existing');
      const differences = await card.getByTestId('ocr-card-differences').textContent();
      expect(differences).toContain('¥490.00');
      expect(differences).toContain('¥500.00');
      await shoot(page, 'ocr-card-existing-1280');
      await closeModal();
      const payments = await apiCall<{ txid: string }[]>('payment.list', { caseId });
      expect(payments.filter((p) => p.txid === transfer.truth.txid)).toHaveLength(1);
    },
  );

  it(
    'the case search and the vault search find words read from the screenshot',
    { timeout: 120_000 },
    async () => {
      await openCaseTab('payments');
      const box = page.getByTestId('case-search');
      await box.fill('收单机构');
      const hit = visibleHit('收单机构');
      await hit.waitFor();
      await expect(hit.getAttribute('data-kind')).resolves.toBe('evidence-text');
      await expect(hit.locator('mark.search-hit').first().textContent()).resolves.toBe('收单机构');
      await shoot(page, 'ocr-search-case-1280');
      await hit.click();
      // One click: the evidence tab, with that screenshot's reading open.
      await modal().getByTestId('ocr-payment-card').waitFor();
      await expect(modal().locator('.ant-modal-title').textContent()).resolves.toBe(SHOT);
      await closeModal();

      const vault = page.getByTestId('vault-search');
      await vault.fill('财付通支付科技');
      const vaultHit = visibleHit('财付通支付科技');
      await vaultHit.waitFor();
      await expect(vaultHit.textContent()).resolves.toContain('闲鱼买手机被骗');
      await vault.fill('');
      expect(session.errors).toEqual([]);
    },
  );

  it('at 1024×700 the card fits: every crop and input inside the dialog', { timeout: 120_000 }, async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await openCaseTab('evidence');
    await row(SHOT).getByTestId('ocr-badge').click();
    const card = modal().getByTestId('ocr-payment-card');
    await card.waitFor();
    await shoot(page, 'ocr-card-1024');
    const dialogBox = (await modal().boundingBox())!;
    expect(dialogBox.x).toBeGreaterThanOrEqual(0);
    expect(dialogBox.x + dialogBox.width).toBeLessThanOrEqual(1024);
    for (const el of await card.locator('[data-testid=field-crop], input').all()) {
      const b = await el.boundingBox();
      if (!b) continue;
      expect(b.x + b.width).toBeLessThanOrEqual(dialogBox.x + dialogBox.width + 0.5);
    }
    await closeModal();
    await shoot(page, 'ocr-evidence-1024');
    expect(session.errors).toEqual([]);
  });
});
