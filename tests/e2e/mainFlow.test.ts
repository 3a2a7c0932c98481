/**
 * The main flow in a real browser (Debian Chromium) against browser mode on a temp vault:
 * new vault → profile → fraud case → bill import (pick two rows) → drop 5 files → checklist updates →
 * timeline events → police report → the PDF exists and verifies. Screenshots and an axe scan per screen.
 * Steps whose core method is not in the contract yet are skipped with that reason.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../core/api/contract.ts';
import { parseBill } from '../../core/importers/parseBill.ts';
import { makeChatScreenshot, makeSmallPng } from '../dossier/makeImages.ts';
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
import { axeSerious, shoot, type AxeFinding } from './screens.ts';

const has = (m: string) => Object.prototype.hasOwnProperty.call(contract, m);
const BILL = path.resolve(
  repoRoot,
  'tests/fixtures/bills/deb-sig_double-entry-generator__example-wechat-records_csv.csv',
);

let browser: Browser;
let session: Session;
let page: Page;
const findings: AxeFinding[] = [];

async function scan(screen: string) {
  findings.push(...(await axeSerious(page, screen)));
}

const apiCall = <T>(method: string, input: unknown): Promise<T> => callApi<T>(session, method, input);

async function closeDialog() {
  await page.locator('.ant-modal-wrap:visible .ant-modal-close').click();
  await expect.poll(() => page.locator('.ant-modal-wrap:visible').count()).toBe(0);
}

async function openTab(name: RegExp) {
  await page.getByRole('tab', { name }).click();
}

describe('main flow in browser mode', () => {
  beforeAll(async () => {
    await buildRenderer();
    browser = await launchBrowser();
    session = await openSession(browser, tempVaultDir());
    page = session.page;
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await browser?.close();
  });

  it('first run: the welcome screen shows the new vault, the profile is saved and the ID number masked', async () => {
    await page.getByTestId('welcome-screen').waitFor();
    await expect(page.getByTestId('vault-dir').textContent()).resolves.toContain('vault');
    // A person may keep the vault elsewhere (or open one they already have): an empty folder becomes
    // a new vault and the page reloads onto it.
    await page.getByRole('button', { name: /已经有证据库/ }).click();
    await page.getByTestId('restore-panel').waitFor();
    const chosen = path.join(mkdtempSync(path.join(os.tmpdir(), 'payproof-chosen-')), '我的证据库');
    await page.getByTestId('open-vault-form').getByRole('textbox').fill(chosen);
    await page
      .getByTestId('open-vault-form')
      .getByRole('button', { name: /打\s*开/ })
      .click();
    // No vault there yet: creating one is confirmed, not done silently (a typo would look like a loss).
    const confirm = page.getByRole('dialog').filter({ hasText: '这里还没有证据库' });
    await confirm.waitFor();
    expect(existsSync(chosen)).toBe(false);
    await confirm.getByRole('button', { name: '在这里新建证据库' }).click();
    await page.getByTestId('vault-dir').filter({ hasText: chosen }).waitFor();
    expect(existsSync(path.join(chosen, 'payproof.sqlite'))).toBe(true);
    await page.getByLabel('姓名').fill('张三');
    await page.getByLabel('身份证号').fill('110101199003071233');
    await page.getByLabel('手机号').fill('13812345678');
    await shoot(page, '01-welcome');
    await scan('welcome');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('cases-screen').waitFor();
    await page.getByRole('menuitem', { name: /报案人信息/ }).click();
    await expect(page.getByTestId('masked-id').textContent()).resolves.toBe('110101********1233');
    expect(await page.content()).not.toContain('110101199003071233');
    await shoot(page, '02-profile');
    await scan('profile');
  });

  it('creates a fraud case with the wizard', async () => {
    await page.getByRole('menuitem', { name: /我的案件/ }).click();
    await page.getByRole('button', { name: /新建案件/ }).click();
    await page.getByLabel('给案件起个名字').fill('闲鱼买手机被骗 3,000 元');
    await page.getByLabel('用自己的话说说经过').fill('对方在闲鱼上卖手机，我微信转账后被拉黑，被骗了。');
    await page.getByLabel(/发生地/).fill('北京市海淀区');
    await shoot(page, '03-wizard');
    await scan('wizard');
    await page.getByRole('button', { name: /下一步/ }).click();
    await expect(page.locator('.ant-select-selection-item').first().textContent()).resolves.toBe('欺诈');
    await page.getByRole('button', { name: /下一步/ }).click();
    await page.getByLabel(/对方名称/).fill('闲鱼卖家小王');
    await page.getByRole('button', { name: /下一步/ }).click();
    await page.getByRole('button', { name: /创建案件/ }).click();
    await page.getByTestId('case-page').waitFor();
    expect(page.url()).toMatch(/#\/cases\/1$/);
    await shoot(page, '04-case-payments-empty');
    await scan('case-payments');
  });

  it.skipIf(!has('bill.show') || !has('bill.import'))(
    'imports the WeChat bill sample and picks two rows (needs bill.show + bill.import)',
    async () => {
      expect(existsSync(BILL)).toBe(true);
      await page.getByRole('button', { name: /从账单导入/ }).click();
      await page.getByTestId('bill-file-input').setInputFiles(BILL);
      await page.getByTestId('bill-preview').waitFor();
      // The summary counts every row the preview offers (flagged ones included), as the parser sees it.
      const parsed = await parseBill({ bytes: readFileSync(BILL), fileName: path.basename(BILL) });
      await expect(page.getByTestId('bill-summary').textContent()).resolves.toMatch(
        new RegExp(`^共 ${parsed.rows.length} 行，其中支出 ${parsed.summary.expenseCount} 笔`),
      );
      await shoot(page, '05-bill-preview');
      await scan('bill-preview');
      // Pick the first two rows that have a usable and distinct 交易单号 (the public sample repeats ids).
      const rows = page.getByTestId('bill-preview').locator('tr.ant-table-row');
      const seen = new Set<string>();
      const chosen: number[] = [];
      for (let i = 0; i < (await rows.count()) && chosen.length < 2; i++) {
        const txid = ((await rows.nth(i).locator('td').last().textContent()) ?? '').trim();
        if (
          !/^\w+$/.test(txid) ||
          seen.has(txid) ||
          (await rows.nth(i).locator('.ant-checkbox-input').isDisabled())
        )
          continue;
        seen.add(txid);
        chosen.push(i);
      }
      expect(chosen).toHaveLength(2);
      for (const i of chosen)
        await rows.nth(i).locator('td.ant-table-selection-column .ant-checkbox-wrapper').click();
      await page.getByRole('button', { name: /导入选中的 2 笔/ }).click();
      await page.getByTestId('bill-preview').waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('payment-row').count()).toBe(2);
      const evidence = await apiCall<{ originalName: string; kind: string }[]>('evidence.list', {
        caseId: 1,
      });
      expect(evidence.map((e) => e.originalName)).toContain(path.basename(BILL));
      await shoot(page, '06-case-payments');
    },
  );

  it.skipIf(has('bill.show') && has('bill.import'))(
    'without the bill methods, the import dialog says it is not available',
    async () => {
      await page.getByRole('button', { name: /从账单导入/ }).click();
      await page.getByTestId(`not-available-${has('bill.show') ? 'bill.import' : 'bill.show'}`).waitFor();
      await shoot(page, '05-bill-not-available');
      await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    },
  );

  it('adds a payment by hand', async () => {
    await page.getByRole('button', { name: /手动添加付款/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/交易单号/).fill('4200001234202505181234567890');
    await dialog.getByLabel(/金额/).fill('3000.00');
    // The date-time picker takes typed text; Enter accepts it and closes the calendar.
    await dialog.getByLabel(/付款时间/).fill('2025-05-18 12:00:00');
    await dialog.getByLabel(/付款时间/).press('Enter');
    await dialog.getByLabel('对方', { exact: true }).fill('闲鱼卖家小王');
    await dialog.getByRole('button', { name: '添加' }).click();
    await expect
      .poll(() => page.getByText('4200001234202505181234567890').count(), { timeout: 20_000 })
      .toBe(1);
  });

  it('drops 5 files anywhere on the window with real drag-and-drop events; they land in the vault', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'payproof-drop-'));
    const files = [
      path.join(dir, '聊天记录截图1.png'),
      path.join(dir, '聊天记录截图2.png'),
      path.join(dir, '对方资料页.png'),
      path.join(dir, '转账付款截图.png'),
      path.join(dir, '情况说明.txt'),
    ];
    await makeChatScreenshot(files[0]!, { seed: 1, caption: '闲鱼卖家小王' });
    await makeChatScreenshot(files[1]!, { seed: 2, caption: '闲鱼卖家小王' });
    await makeSmallPng(files[2]!, '#8fd3ff', '资料页');
    await makeSmallPng(files[3]!, '#ffd591', '转账 3000');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(files[4]!, '2025-05-18 对方收款后将我拉黑。\n');
    const checkBefore = has('rules.check')
      ? await apiCall<{ routes: { present: unknown[] }[] }>('rules.check', { caseId: 1 })
      : null;
    await dropFiles(page, '[data-testid=case-page]', files);
    await page.getByTestId('evidence-list').waitFor();
    // bill.import keeps the bill file itself as evidence, under the user's file name.
    const billKept = (await apiCall<{ originalName: string }[]>('evidence.list', { caseId: 1 })).filter(
      (e) => e.originalName === path.basename(BILL),
    ).length;
    await expect.poll(() => page.getByTestId('evidence-row').count(), { timeout: 20_000 }).toBe(5 + billKept);
    await expect.poll(() => page.getByTestId('evidence-thumb').count()).toBeGreaterThanOrEqual(3);
    const listed = await apiCall<{ originalName: string; kind: string }[]>('evidence.list', { caseId: 1 });
    expect(
      listed
        .map((e) => e.originalName)
        .filter((n) => n !== path.basename(BILL))
        .sort(),
    ).toEqual(files.map((f) => path.basename(f)).sort());
    expect(listed.find((e) => e.originalName === '聊天记录截图1.png')?.kind).toBe('chat-screenshot');
    // Link the first chat screenshot to the payment it concerns.
    await page.getByRole('button', { name: '编辑证据: 聊天记录截图1.png' }).click();
    const dialog = page.getByRole('dialog');
    const linkCombo = dialog.getByRole('combobox', { name: '关联付款' });
    const firstOption = page.locator('.ant-select-item-option').first();
    await linkCombo.waitFor();
    // Under load the modal may still be animating when we click; reopen until the options are shown.
    await expect
      .poll(
        async () => {
          if (!(await firstOption.isVisible())) {
            await linkCombo.focus();
            await page.keyboard.press('ArrowDown');
          }
          return firstOption.isVisible();
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    await firstOption.click();
    // A multiple select stays open after a pick; close it the way a keyboard user would.
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByText('关联付款: 1').count()).toBe(1);
    const linked = await apiCall<{ originalName: string; paymentIds: number[] }[]>('evidence.list', {
      caseId: 1,
    });
    expect(linked.find((e) => e.originalName === '聊天记录截图1.png')?.paymentIds).toHaveLength(1);
    await shoot(page, '07-case-evidence');
    await scan('case-evidence');
    if (checkBefore) {
      const after = await apiCall<{ routes: { present: unknown[] }[] }>('rules.check', { caseId: 1 });
      expect(after.routes[0]!.present.length).toBeGreaterThan(checkBefore.routes[0]!.present.length);
    }
  });

  it.skipIf(!has('rules.check'))(
    'the checklist shows what is present and missing, with deadlines (needs rules.check)',
    async () => {
      await openTab(/还缺什么/);
      await page.getByTestId('checklist').waitFor();
      await expect.poll(() => page.getByTestId('present-item').count()).toBeGreaterThan(0);
      await expect(page.getByTestId('next-step').textContent()).resolves.toContain('紧急');
      await shoot(page, '08-case-checklist');
      await scan('case-checklist');
    },
  );

  it('adds timeline events and draws them on the axis', async () => {
    await openTab(/时间线/);
    const form = page.getByTestId('add-event-form');
    await form.getByLabel('日期或时间').fill('2025-05-18 13:00');
    await form.getByLabel('日期或时间').press('Enter');
    await form.getByLabel('发生了什么').fill('付款后对方将我拉黑，联系不上。');
    await form.getByRole('button', { name: /添加事件/ }).click();
    await expect.poll(() => page.getByText('付款后对方将我拉黑，联系不上。').count()).toBe(1);
    // Typed the way Chinese texts write it.
    await form.getByLabel('日期或时间').fill('2025年5月18日 15:30');
    await form.getByLabel('日期或时间').press('Enter');
    await form.getByTitle('联系对方').click();
    await page.locator('.ant-select-item-option[title="报警"]').click();
    await form.getByLabel('发生了什么').fill('到海淀派出所报警，取得受案回执。');
    await form.getByLabel(/编号/).fill('京公海受字2025001');
    await form.getByRole('button', { name: /添加事件/ }).click();
    await expect.poll(() => page.getByText('到海淀派出所报警，取得受案回执。').count()).toBe(1);
    const events = await apiCall<{ date: string }[]>('timeline.list', { caseId: 1 });
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.date).join(' ')).toContain('2025-05-18T15:30');
    await shoot(page, '09-case-timeline');
    await scan('case-timeline');
  });

  it.skipIf(!has('dossier.generate') || !has('dossier.verify'))(
    'generates the police report; the PDF exists and verifies (needs dossier.generate + dossier.verify)',
    async () => {
      await openTab(/生成材料/);
      await page.getByRole('button', { name: /生成/ }).first().click();
      await expect
        .poll(() => page.getByTestId('document-row').count(), {
          timeout: 60_000,
        })
        .toBe(1);
      const snapshot = await apiCall<{ documents: { path: string; kind: string }[] }>('case.get', { id: 1 });
      const doc = snapshot.documents[0]!;
      expect(doc.kind).toBe('police-report');
      expect(existsSync(doc.path)).toBe(true);
      await page.getByRole('button', { name: /校验/ }).click();
      await expect(page.getByTestId('verify-result').textContent()).resolves.toContain('校验通过');
      await shoot(page, '10-case-documents');
      await scan('case-documents');
    },
  );

  it.skipIf(!has('dossier.generate'))(
    'previews a PDF and a text original inside the page (pdf.js; no new window, no plugin)',
    async () => {
      // The police report generated above, kept as evidence: a real Chinese PDF with subset fonts.
      const { documents } = await apiCall<{ documents: { path: string; pages: number }[] }>('case.get', {
        id: 1,
      });
      const report = documents.at(-1)!;
      await apiCall('evidence.add', { caseId: 1, paths: [report.path], kind: 'other' });
      // Added behind the page's back (as the CLI would): load the case page afresh.
      await page.goto(`${session.server.url}#/cases/1/evidence`);
      await page.reload();
      const row = page.getByTestId('evidence-row').filter({ hasText: path.basename(report.path) });
      await row.getByRole('button', { name: /^查看原件/ }).click();
      const first = page.getByTestId('pdf-page').first();
      await first.waitFor({ timeout: 30_000 });
      await expect(page.getByTestId('pdf-pages').textContent()).resolves.toContain(`共 ${report.pages} 页`);
      // Drawn, not blank: a share of the first page's pixels are dark (text and table lines).
      const dark = await first.evaluate((c: HTMLCanvasElement) => {
        const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 300) n++;
        return n / (c.width * c.height);
      });
      expect(dark).toBeGreaterThan(0.005);
      await shoot(page, '10b-preview-pdf');
      await scan('preview-pdf');
      await closeDialog();
      await page
        .getByTestId('evidence-row')
        .filter({ hasText: '情况说明.txt' })
        .getByRole('button', { name: /^查看原件/ })
        .click();
      await expect(page.getByTestId('text-preview').textContent()).resolves.toContain('对方收款后将我拉黑');
      await closeDialog();
    },
  );

  it('guide, settings and English screens render', async () => {
    await page.getByRole('menuitem', { name: /维权指南/ }).click();
    await page.getByTestId('guide-screen').waitFor();
    for (const hotline of ['95017', '110', '96110', '12315'])
      await expect(page.getByRole('link', { name: new RegExp(`^${hotline} `) }).count()).resolves.toBe(1);
    await shoot(page, '11-guide');
    await scan('guide');
    await page.getByRole('menuitem', { name: /设置/ }).click();
    await page.getByTestId('settings-vault-dir').waitFor();
    // Back up the whole vault from Settings; the ZIP lands in the vault's exports/ folder.
    await page.getByRole('button', { name: '备份整个证据库' }).click();
    await page.getByTestId('backup-path').waitFor({ timeout: 30_000 });
    const backupText = (await page.getByTestId('backup-path').textContent()) ?? '';
    const backupZip = /(\/\S+payproof-backup-\d{8}-\d{6}\.zip)/.exec(backupText)?.[1];
    expect(backupZip && existsSync(backupZip)).toBe(true);

    // Restore from Settings: a folder that is not empty is refused with a clear message and left as it
    // was; an empty one gets the whole vault back, which can then be opened.
    await page.getByTestId('restore-file-input').setInputFiles(backupZip!);
    await expect(page.getByTestId('restore-file').textContent()).resolves.toMatch(/\.zip$/);
    const occupied = mkdtempSync(path.join(os.tmpdir(), 'payproof-occupied-'));
    writeFileSync(path.join(occupied, 'keep.txt'), 'mine');
    const target = page.getByLabel('恢复到哪个空文件夹（完整路径）');
    await target.fill(occupied);
    await page.getByRole('button', { name: /^恢\s*复$/ }).click();
    await page.getByText(/这个文件夹不是空的/).waitFor();
    expect(readdirSync(occupied)).toEqual(['keep.txt']);
    const restoredDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'payproof-restored-')), 'vault');
    await target.fill(restoredDir);
    await page.getByRole('button', { name: /^恢\s*复$/ }).click();
    await page.getByTestId('restore-result').waitFor({ timeout: 30_000 });
    expect(existsSync(path.join(restoredDir, 'payproof.sqlite'))).toBe(true);
    await shoot(page, '12-settings');
    await scan('settings');
    await page.getByRole('button', { name: '打开恢复的证据库' }).click();
    await page.getByTestId('settings-vault-dir').filter({ hasText: restoredDir }).waitFor();
    const restoredCases = await apiCall<{ title: string }[]>('case.list', {});
    expect(restoredCases.map((c) => c.title)).toContain('闲鱼买手机被骗 3,000 元');
    // The police report generated earlier came along, at the new place.
    const restoredDocs = (await apiCall<{ documents: { path: string }[] }>('case.get', { id: 1 })).documents;
    expect(restoredDocs.length).toBeGreaterThan(0);
    for (const d of restoredDocs) {
      expect(d.path.startsWith(restoredDir)).toBe(true);
      expect(existsSync(d.path)).toBe(true);
    }
    await page.getByRole('menuitem', { name: /我的案件/ }).click();
    await page.getByTestId('cases-screen').getByRole('link').first().waitFor();
    await shoot(page, '13-cases');
    await scan('cases');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: /Guide/ }).waitFor();
    await page.goto(`${session.server.url}#/cases/1/evidence`);
    await page.getByTestId('case-page').waitFor();
    await shoot(page, '14-case-evidence-en');
    await page.getByRole('button', { name: '中文' }).click();
  }, 240_000);

  it('has no serious or critical axe violations and no console errors', () => {
    expect(findings).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('copies a few screenshots for the README', () => {
    const docs = path.join(repoRoot, 'docs', 'screenshots');
    mkdirSync(docs, { recursive: true });
    for (const name of ['05-bill-preview', '07-case-evidence', '08-case-checklist', '09-case-timeline']) {
      const from = path.join(repoRoot, 'test-results', 'screenshots', `${name}.png`);
      if (existsSync(from)) copyFileSync(from, path.join(docs, `${name.slice(3)}.png`));
    }
  });
});
