/**
 * UI benchmark (browser mode): time-to-interactive of the case page for a case holding 2,000 evidence
 * items and 20,000 payments, against the same page for an empty case in the same vault and browser.
 * "Interactive" = the page has its data, the case page is marked ready and the first rows are painted.
 *
 *   npx tsx bench/ui.bench.ts            (builds the renderer first; BENCH_SKIP_BUILD=1 to reuse renderer/dist)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addEvidenceFiles } from '../db/evidenceIngest.ts';
import { openVault } from '../db/openVault.ts';
import { createCase } from '../db/queries/cases.ts';
import { insertPaymentRow } from '../db/queries/payments.ts';
import { silentProgress } from '../core/progress.ts';
import { buildRenderer, launchBrowser, openSession, tempVaultDir } from '../tests/e2e/harness.ts';
import { makeSmallPng } from '../tests/dossier/makeImages.ts';

const EVIDENCE = Number(process.env.BENCH_EVIDENCE ?? 2000);
const PAYMENTS = Number(process.env.BENCH_PAYMENTS ?? 20000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

async function populate(vaultDir: string): Promise<{ big: number; empty: number }> {
  const vault = openVault(vaultDir);
  try {
    const big = createCase(vault.db, {
      title: `大案件：${EVIDENCE} 份证据、${PAYMENTS} 笔付款`,
      route: 'fraud',
    }).id;
    const empty = createCase(vault.db, { title: '空案件', route: 'fraud' }).id;
    const t0 = performance.now();
    vault.db.transaction(() => {
      for (let i = 0; i < PAYMENTS; i++) {
        const day = String(1 + (i % 28)).padStart(2, '0');
        insertPaymentRow(vault.db, big, {
          source: 'bill',
          txid: `42000${String(i).padStart(23, '0')}`,
          merchantOrderId: null,
          time: `2025-05-${day}T12:${String(i % 60).padStart(2, '0')}:00+08:00`,
          amountFen: 100 + (i % 9000),
          direction: i % 5 === 0 ? 'income' : 'expense',
          counterparty: `商户 ${i % 300}`,
        });
      }
    })();
    const files = path.join(path.dirname(vaultDir), 'files');
    mkdirSync(files, { recursive: true });
    const paths: string[] = [];
    for (let i = 0; i < EVIDENCE; i++) {
      const file = path.join(files, i % 10 === 0 ? `聊天截图-${i}.png` : `说明-${i}.txt`);
      if (i % 10 === 0) await makeSmallPng(file, `#${(0x334455 + i * 997).toString(16).slice(-6)}`, `#${i}`);
      else writeFileSync(file, `证据 ${i}\n`);
      paths.push(file);
    }
    await addEvidenceFiles(vault, { caseId: big, paths, kind: 'other' }, silentProgress);
    console.log(
      `populated: ${PAYMENTS} payments + ${EVIDENCE} evidence items in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    return { big, empty };
  } finally {
    vault.close();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main() {
  if (!process.env.BENCH_SKIP_BUILD) await buildRenderer();
  const vaultDir = tempVaultDir('payproof-bench-');
  const { big, empty } = await populate(vaultDir);
  const browser = await launchBrowser();
  const session = await openSession(browser, vaultDir);
  const { page, server } = session;

  async function timeToInteractive(caseId: number, tab: string): Promise<number> {
    await page.goto('about:blank');
    await page.goto(`${server.url}#/cases/${caseId}/${tab}`);
    const rowSelector = {
      evidence: '[data-testid=evidence-row], .ant-empty',
      payments: '[data-testid=payment-row], .ant-empty',
      // The checklist waits for rules.check, which reads every row of the case.
      checklist: '[data-testid=route-check]',
    }[tab]!;
    const handle = await page.waitForFunction(
      (sel) =>
        document.querySelector('[data-testid=case-page][data-ready=true]') && document.querySelector(sel)
          ? performance.now()
          : null,
      rowSelector,
      { polling: 'raf', timeout: 60_000 },
    );
    const tti = (await handle.jsonValue()) as number;
    // Every core call the page made before it was interactive, as the browser saw them.
    const calls = await page.evaluate(
      (until) =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((r) => r.name.includes('/api/') && r.startTime < until)
          .map((r) => ({
            method: new URL(r.name).pathname.replace('/api/', ''),
            start: r.startTime,
            end: r.responseEnd,
            bytes: r.transferSize,
          })),
      tti,
    );
    apiCalls.push({ caseId, tab, tti, calls });
    return tti;
  }
  const apiCalls: {
    caseId: number;
    tab: string;
    tti: number;
    calls: { method: string; start: number; end: number; bytes: number }[];
  }[] = [];

  const results: Record<string, number[]> = {};
  let domRows = 0;
  for (const [label, caseId, tab] of [
    ['empty case, payments tab', empty, 'payments'],
    ['big case, payments tab', big, 'payments'],
    ['empty case, evidence tab', empty, 'evidence'],
    ['big case, evidence tab', big, 'evidence'],
    ['empty case, checklist tab', empty, 'checklist'],
    ['big case, checklist tab', big, 'checklist'],
  ] as const) {
    await timeToInteractive(caseId, tab); // warm-up: caches, JIT, SQLite pages
    apiCalls.pop();
    results[label] = [];
    for (let i = 0; i < RUNS; i++) results[label]!.push(await timeToInteractive(caseId, tab));
    if (caseId === big && tab === 'evidence')
      domRows = await page.evaluate(() => document.querySelectorAll('[data-testid=evidence-row]').length);
  }
  await session.close();
  await browser.close();

  console.log(`\ncase page time-to-interactive, browser mode, median of ${RUNS} (ms):`);
  for (const [label, xs] of Object.entries(results))
    console.log(
      `  ${label.padEnd(28)} ${median(xs).toFixed(0).padStart(6)}   runs: ${xs.map((x) => x.toFixed(0)).join(', ')}`,
    );
  const pay = median(results['big case, payments tab']!) / median(results['empty case, payments tab']!);
  const ev = median(results['big case, evidence tab']!) / median(results['empty case, evidence tab']!);
  const check = median(results['big case, checklist tab']!) / median(results['empty case, checklist tab']!);
  console.log(
    `  ratio big/empty: payments tab ${pay.toFixed(2)}×, evidence tab ${ev.toFixed(2)}×, checklist tab ${check.toFixed(2)}×`,
  );
  console.log(`  evidence rows in the DOM for ${EVIDENCE} items: ${domRows} (virtualized)`);
  // The median run of each big-case tab, call by call: where the time goes.
  for (const tab of ['payments', 'evidence', 'checklist']) {
    const runs = apiCalls.filter((r) => r.caseId === big && r.tab === tab).sort((x, y) => x.tti - y.tti);
    const mid = runs[Math.floor(runs.length / 2)]!;
    console.log(`  big case, ${tab} tab, median run (${mid.tti.toFixed(0)} ms), calls before interactive:`);
    for (const c of mid.calls)
      console.log(
        `    ${c.method.padEnd(16)} ${c.start.toFixed(0).padStart(5)} → ${c.end.toFixed(0).padStart(5)} ms  ${(c.bytes / 1024).toFixed(1)} KB`,
      );
  }
  const worst = Math.max(
    median(results['big case, payments tab']!),
    median(results['big case, evidence tab']!),
    median(results['big case, checklist tab']!),
  );
  console.log(`  target < 500 ms: ${worst < 500 ? 'met' : 'NOT met'} (${worst.toFixed(0)} ms)`);
}

await main();
