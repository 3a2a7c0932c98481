/**
 * Reading a chat as evidence from the screens (issue 14), in Debian Chromium against browser mode.
 * The person
 *  0. drops a file that is no chat → is told so, naming the file, and nothing is stored;
 *  1. drops a chat copied from WeChat for PC on the 聊天记录 tab → is asked "这些人里哪一位是你？",
 *     answers later from the tab, picks 张三 → sees the conversation as bubbles (their own on the right) with day separators;
 *  2. filters by words and by date;
 *  3. links the ¥1,280 transfer in the chat to the payment typed in before, and adds it to the timeline;
 *  4. types the transcript of the voice message flagged 需转写;
 *  5. clicks a first and a last message, saves them as an evidence excerpt → the civil papers
 *     (pdftotext of the downloaded PDF) list the excerpt's messages and the transcript;
 *  6. (second case) a 10,000-message chat keeps only the bubbles on screen in the page and scrolls to
 *     its last message.
 * Screenshots at 1280×800 and 1024×700 (test-results/screenshots/chat-*.png). The page must log no
 * error (an uncaught promise rejection would show as a pageerror).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildRenderer,
  callApi,
  launchBrowser,
  openSession,
  repoRoot,
  tempVaultDir,
  type Session,
} from './harness.ts';
import { dropFiles } from './dropFiles.ts';
import { pdfText } from './pdfText.ts';
import { shoot } from './screens.ts';

const CHAT = path.join(repoRoot, 'tests', 'fixtures', 'chat', 'pc-copy-dispute.txt');
const TXID = '4200002024050112310000001280';

let browser: Browser;
let session: Session;
let page: Page;

const api = <T>(method: string, input: unknown): Promise<T> => callApi<T>(session, method, input);
const bubbles = () => page.getByTestId('chat-bubble');
const dialog = () => page.locator('.ant-modal-wrap:visible .ant-modal');

/** A long chat in WeChat-for-PC copy form: two people, one message a minute from 2024-05-01. */
function longChat(n: number): string {
  const start = Date.parse('2024-05-01T00:00:00Z');
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const at = new Date(start + i * 60_000).toISOString().replace('T', ' ').slice(0, 19);
    lines.push(
      `${i % 3 === 0 ? '张三' : '卖家 老王'} ${at}\n第 ${i + 1} 条消息${i % 7 === 0 ? '\n第二行' : ''}\n`,
    );
  }
  return lines.join('\n');
}

describe('a chat export read, linked and excerpted from the screens', () => {
  beforeAll(async () => {
    await buildRenderer();
    browser = await launchBrowser();
    session = await openSession(browser, tempVaultDir('payproof-chat-'));
    page = session.page;
    await page.getByTestId('welcome-screen').waitFor({ timeout: 60_000 });
    await api('profile.update', {
      name: '张三',
      idNumber: '11010519491231002X',
      phone: '13800000000',
      address: '上海市浦东新区某路1号',
    });
    const c = await api<{ id: number }>('case.create', {
      title: '闲鱼买手机未发货',
      route: 'not-received',
      counterparty: '卖家 老王',
    });
    await api('payment.add', {
      caseId: c.id,
      txid: TXID,
      amount: '1,280',
      time: '2024-05-01 12:31:30',
      counterparty: '卖家 老王',
    });
    await page.getByRole('button', { name: '稍后再填，先建案件' }).click();
    await page.getByTestId('cases-screen').getByRole('link', { name: '闲鱼买手机未发货' }).click();
    await page.getByTestId('case-page').waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: '聊天记录' }).click();
    await page.getByTestId('chat-panel').waitFor();
  }, 600_000);

  afterAll(async () => {
    await session?.close();
    await browser?.close();
  });

  it('a dropped export asks who the person is, then shows bubbles with day separators', async () => {
    // A file that is no chat is refused in words that name it, and nothing is stored.
    const notChat = path.join(mkdtempSync(path.join(os.tmpdir(), 'payproof-chat-bad-')), '购物清单.txt');
    writeFileSync(notChat, '鸡蛋 两斤\n牛奶 一箱\n');
    await dropFiles(page, '[data-testid=case-page]', [notChat]);
    await page.getByRole('alert').filter({ hasText: '购物清单.txt' }).waitFor({ timeout: 30_000 });
    await expect(api<unknown[]>('evidence.list', { caseId: 1 })).resolves.toEqual([]);
    await shoot(page, 'chat-00-not-a-chat');
    await dropFiles(page, '[data-testid=case-page]', [CHAT]);
    await dialog().getByText('这些人里哪一位是你？').waitFor({ timeout: 30_000 });
    await shoot(page, 'chat-01-who-are-you');
    // "以后再说": the messages show without a side, and the question waits on the tab.
    await dialog().getByRole('button', { name: '以后再说' }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(() => page.getByText('未确定是谁').count(), { timeout: 20_000 }).toBe(6);
    await page.getByTestId('chat-ask-me').click();
    await dialog().getByRole('radio', { name: /^张三/ }).check();
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(() => bubbles().count(), { timeout: 20_000 }).toBe(6);
    // Still one evidence item: the drop went to the chat import, not to plain evidence.
    const evidence = await api<{ kind: string }[]>('evidence.list', { caseId: 1 });
    expect(evidence.map((e) => e.kind)).toEqual(['chat-backup']);
    const mine = bubbles().filter({ hasText: '三天了还没有单号' });
    // The answer reloads the conversation: the person's messages move to the right.
    await expect.poll(() => mine.getAttribute('class'), { timeout: 20_000 }).toContain('chat-mine');
    await expect(bubbles().filter({ hasText: '再等等' }).getAttribute('class')).resolves.toContain(
      'chat-theirs',
    );
    await expect(page.getByText('未确定是谁').count()).resolves.toBe(0);
    await expect(page.getByTestId('chat-day').allTextContents()).resolves.toEqual([
      '2024-05-01',
      '2024-05-02',
      '2024-05-03',
    ]);
    await expect(mine.textContent()).resolves.toContain('10:00:00');
    await shoot(page, 'chat-02-bubbles');
  }, 120_000);

  it('filters by words and by date', async () => {
    await page.getByRole('textbox', { name: '包含的文字' }).fill('发货');
    await page.getByRole('button', { name: '筛选' }).click();
    await expect.poll(() => bubbles().count(), { timeout: 20_000 }).toBe(1);
    await page.getByTestId('chat-count').filter({ hasText: '找到 1 条消息' }).waitFor();
    await page.getByRole('button', { name: '清除筛选' }).click();
    // Typed the way a Chinese text writes a day; the picker shows it back in its own order.
    await page.getByLabel('开始日期').fill('2024年5月3日');
    await page.getByRole('button', { name: '筛选' }).click();
    await expect.poll(() => bubbles().count(), { timeout: 20_000 }).toBe(2);
    await expect(page.getByLabel('开始日期').inputValue()).resolves.toBe('2024-05-03');
    await shoot(page, 'chat-filter-by-date');
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => bubbles().count(), { timeout: 20_000 }).toBe(6);
  }, 60_000);

  it('links the transfer to the payment typed before and adds it to the timeline', async () => {
    const proposal = page.getByTestId('chat-transfer-proposal');
    await proposal.getByText('¥1,280.00').first().waitFor({ timeout: 20_000 });
    await proposal.getByRole('button', { name: new RegExp(`关联到付款 ${TXID}`) }).click();
    await proposal.getByTestId('chat-transfer-linked').waitFor({ timeout: 20_000 });
    const [p] = await api<{ accepted: { paymentId: number; eventId: number | null } | null }[]>(
      'chat.transfers',
      {
        caseId: 1,
      },
    );
    expect(p?.accepted?.paymentId).toBeGreaterThan(0);
    expect(p?.accepted?.eventId).toBeGreaterThan(0);
    const events = await api<{ text: string }[]>('timeline.list', { caseId: 1 });
    expect(events.some((e) => e.text.includes('1,280'))).toBe(true);
  }, 60_000);

  it('types the transcript of the voice message flagged 需转写', async () => {
    const voice = bubbles().filter({ has: page.getByTestId('chat-needs-transcript') });
    await expect(voice.count()).resolves.toBe(1);
    await voice.getByRole('textbox').fill('你放心，货明天一定发，不会骗你');
    await voice.getByRole('button', { name: '保存转写' }).click();
    await page
      .getByTestId('chat-transcript')
      .filter({ hasText: '货明天一定发' })
      .waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('chat-needs-transcript').count()).resolves.toBe(0);
  }, 60_000);

  it('saves a range as an excerpt that the civil papers print', async () => {
    await bubbles().filter({ hasText: '收到定金' }).click();
    await page.getByTestId('chat-selected').filter({ hasText: '已选第 3 至第 3 条' }).waitFor();
    await bubbles().filter({ hasText: '三天了还没有单号' }).click();
    await page.getByTestId('chat-selected').filter({ hasText: '已选第 3 至第 5 条，共 3 条' }).waitFor();
    await expect(page.locator('[data-testid=chat-bubble][aria-selected=true]').count()).resolves.toBe(3);
    await page.getByRole('textbox', { name: '摘录标题（可不填）' }).fill('承诺发货后拖延');
    await shoot(page, 'chat-03-range');
    await page.getByRole('button', { name: '保存为证据摘录' }).click();
    await page.getByTestId('chat-excerpt').filter({ hasText: '承诺发货后拖延' }).waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('chat-excerpt').textContent()).resolves.toContain('第 3 至第 5 条');
    await shoot(page, 'chat-04-excerpt-saved');
    await page.setViewportSize({ width: 1024, height: 700 });
    await shoot(page, 'chat-05-1024');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('tab', { name: /生成材料/ }).click();
    await page
      .locator('.ant-select')
      .filter({ has: page.getByRole('combobox', { name: '材料类型' }) })
      .click();
    await page.locator('.ant-select-item-option[title="民事起诉状与证据目录"]').click();
    await page.getByRole('button', { name: /生成材料/ }).click();
    await page.getByTestId('document-row').first().waitFor({ timeout: 120_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-pdf').first().click(),
    ]);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'payproof-chat-')), 'civil.pdf');
    await download.saveAs(file);
    const text = (await pdfText(file)).replace(/\s+/g, '');
    expect(text).toContain('聊天记录（摘录）');
    expect(text).toContain('收到定金，明天一定发货');
    expect(text).toContain('你放心，货明天一定发，不会骗你');
    expect(text).toContain('三天了还没有单号，请退款');
    // Outside the range: shown as omitted, not printed.
    expect(text).not.toContain('再等等，别催了');
    expect(text).toContain('此处省略');
  }, 300_000);

  it('a 10,000-message chat keeps only the bubbles on screen and scrolls to its end', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'payproof-chat-long-'));
    const file = path.join(dir, 'long.txt');
    writeFileSync(file, longChat(10_000));
    const c = await api<{ id: number }>('case.create', { title: '长聊天', route: 'not-received' });
    await api('chat.import', { caseId: c.id, path: file, me: '张三' });
    await page.goto(`${session.server.openUrl.split('#')[0]}#/cases/${c.id}/chat`);
    await page.getByTestId('chat-count').filter({ hasText: '共 10000 条消息' }).waitFor({ timeout: 30_000 });
    await bubbles().first().waitFor();
    expect(await bubbles().count()).toBeLessThan(80);
    const started = Date.now();
    await page.getByTestId('chat-conversation').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    // Measured heights grow the list as it scrolls; keep going to the end.
    await expect
      .poll(
        async () => {
          await page.getByTestId('chat-conversation').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
          return bubbles().filter({ hasText: '第 10000 条消息' }).count();
        },
        { timeout: 30_000 },
      )
      .toBe(1);
    const ms = Date.now() - started;
    console.log(`10,000-message chat: last message on screen ${ms} ms after scrolling to the end`);
    expect(await bubbles().count()).toBeLessThan(80);
    await shoot(page, 'chat-06-long');
    expect(session.errors).toEqual([]);
  }, 120_000);
});
