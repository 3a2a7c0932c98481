/**
 * A case bigger than one page of rows, in a real browser: the case page reads payments and evidence a
 * page at a time, shows every row when scrolled, refreshes after an edit, and never asks the core for a
 * whole list just to draw the page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentProgress } from '../../core/progress.ts';
import { addEvidenceFiles } from '../../db/evidenceIngest.ts';
import { openVault } from '../../db/openVault.ts';
import { createCase } from '../../db/queries/cases.ts';
import { insertPaymentRow } from '../../db/queries/payments.ts';
import { buildRenderer, launchBrowser, openSession, tempVaultDir, type Session } from './harness.ts';

const PAYMENTS = 450;
const EVIDENCE = 250;
const txid = (i: number) => `4200${String(i).padStart(24, '0')}`;

let browser: Browser;
let session: Session;
let page: Page;
let caseId: number;
const listRequests: { method: string; input: { limit?: number } }[] = [];

async function populate(vaultDir: string): Promise<number> {
  const vault = openVault(vaultDir);
  try {
    const id = createCase(vault.db, { title: '大案件', route: 'fraud' }).id;
    vault.db.transaction(() => {
      for (let i = 0; i < PAYMENTS; i++)
        insertPaymentRow(vault.db, id, {
          source: 'bill',
          txid: txid(i),
          merchantOrderId: null,
          // One minute apart, so time order = i order and the last row is the last payment.
          time: `2025-05-01T${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00+08:00`,
          amountFen: 100 + i,
          direction: i % 5 === 0 ? 'income' : 'expense',
          counterparty: `商户 ${i}`,
        });
    })();
    const dir = path.join(path.dirname(vaultDir), 'files');
    mkdirSync(dir, { recursive: true });
    const paths = Array.from({ length: EVIDENCE }, (_, i) => {
      const f = path.join(dir, `说明-${String(i).padStart(3, '0')}.txt`);
      writeFileSync(f, `证据 ${i}\n`);
      return f;
    });
    await addEvidenceFiles(vault, { caseId: id, paths, kind: 'other' }, silentProgress);
    return id;
  } finally {
    vault.close();
  }
}

async function scrollToEnd(testId: string) {
  await page.getByTestId(testId).evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
}

describe('a case with more rows than one page', () => {
  beforeAll(async () => {
    await buildRenderer();
    const vaultDir = tempVaultDir();
    caseId = await populate(vaultDir);
    browser = await launchBrowser();
    session = await openSession(browser, vaultDir);
    page = session.page;
    page.on('request', (r: Request) => {
      const method = new URL(r.url()).pathname.replace(/^\/api\//, '');
      if (method === 'payment.list' || method === 'evidence.list')
        listRequests.push({ method, input: JSON.parse(r.postData() ?? '{}') as { limit?: number } });
    });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await browser?.close();
  });

  it('shows the totals, the first rows, and every row down to the last when scrolled', async () => {
    await page.goto(`${session.server.url}#/cases/${caseId}/payments`);
    await page.locator('[data-testid=case-page][data-ready=true]').waitFor();
    await expect(page.getByRole('tab', { name: `付款记录 (${PAYMENTS})` }).count()).resolves.toBe(1);
    await expect(page.getByTestId('payment-table').getAttribute('aria-rowcount')).resolves.toBe(
      String(PAYMENTS + 1),
    );
    await page.getByText(txid(0), { exact: true }).waitFor();
    await scrollToEnd('payment-table');
    await page.getByText(txid(PAYMENTS - 1), { exact: true }).waitFor();
    await expect(page.getByTestId('payment-row-loading').count()).resolves.toBe(0);
    // Only windows were asked for: the page never fetched the whole list.
    const paymentPages = listRequests.filter((r) => r.method === 'payment.list');
    expect(paymentPages.length).toBeGreaterThanOrEqual(2);
    expect(paymentPages.every((r) => (r.input.limit ?? Infinity) <= 100)).toBe(true);
  });

  it('the keyboard reaches every row: focus the list, Home and End', async () => {
    const table = page.getByTestId('payment-table');
    await table.focus();
    await page.keyboard.press('Home');
    await page.getByText(txid(0), { exact: true }).waitFor();
    await page.keyboard.press('End');
    await page.getByText(txid(PAYMENTS - 1), { exact: true }).waitFor();
    await expect(table.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });

  it('removing a row refreshes the totals and the rows on screen', async () => {
    const last = txid(PAYMENTS - 1);
    await page.getByRole('button', { name: `删除 ${last}` }).click();
    await page.getByRole('button', { name: '确定删除' }).click();
    await page.getByRole('tab', { name: `付款记录 (${PAYMENTS - 1})` }).waitFor();
    await expect(page.getByText(last, { exact: true }).count()).resolves.toBe(0);
    await page.getByText(txid(PAYMENTS - 2), { exact: true }).waitFor();
  });

  it('evidence: the last of 250 items appears when scrolled; linking reads every payment', async () => {
    await page.getByRole('tab', { name: `证据 (${EVIDENCE})` }).click();
    await page.getByTestId('evidence-list').waitFor();
    const lastName = `说明-${EVIDENCE - 1}.txt`;
    const list = page.getByTestId('evidence-list');
    await list.focus();
    await expect(list.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('End');
    const lastRow = page.getByTestId('evidence-row').filter({ hasText: lastName });
    await lastRow.waitFor();
    expect(
      listRequests.filter((r) => r.method === 'evidence.list').every((r) => (r.input.limit ?? 0) <= 100),
    ).toBe(true);

    await lastRow.getByRole('button', { name: /编辑/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('关联付款').click();
    // A payment from the last page of the list, not in any page the case page fetched for its lists.
    await page.keyboard.type(txid(PAYMENTS - 2));
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: txid(PAYMENTS - 2) })
      .click();
    await dialog.locator('.ant-modal-title').click(); // closes the dropdown, keeps the dialog
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await lastRow.getByText('关联付款: 1').waitFor();
  });

  it('the timeline draws the first 200 outgoing payments and says so', async () => {
    await page.getByRole('tab', { name: '时间线' }).click();
    await page.getByTestId('timeline-capped').waitFor();
    await expect(page.getByTestId('timeline-item').count()).resolves.toBeGreaterThanOrEqual(200);
    expect(session.errors).toEqual([]);
  });
});
