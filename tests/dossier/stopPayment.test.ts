/**
 * The 紧急止付信息表 as the officer at the desk reads it: one page up to about eight transfers, with
 * every 交易单号 and account whole on one line; beyond that a continuation page that says what it
 * continues, the table header repeated and the closing block (accounts, identifiers, signature) kept
 * together. Read back with pdftotext and pdfinfo.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDossier } from '../../core/dossier/index.ts';
import { stackTokens } from '../../core/dossier/table.ts';
import { pdfInfo } from './pdfTools.ts';
import { FRAUD, fraudCaseWithTransfers, type BuiltCase } from './threeCases.ts';

let dir: string;
const built = new Map<number, { c: BuiltCase; pdf: string }>();
const COUNTS = [2, 5, 8, 9] as const;

/** pdftotext's pages, in layout mode (columns kept apart), split at the form feed. */
function pages(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim());
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'payproof-stop-'));
  for (const n of COUNTS) {
    const c = await fraudCaseWithTransfers(path.join(dir, String(n)), n);
    const r = await renderDossier({ ...c, doc: 'stop-payment', outPdf: path.join(dir, `stop-${n}.pdf`) });
    built.set(n, { c, pdf: r.pdf });
  }
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('紧急止付信息表', () => {
  it.each([2, 5, 8] as const)('%i transfers fit one page', (n) => {
    const { pdf } = built.get(n)!;
    expect(pdfInfo(pdf)['Pages']).toBe('1');
    expect(pages(pdf).join('')).not.toContain('续页');
  });

  it('9 transfers continue on a second page headed as the continuation, closing block kept together', () => {
    const { pdf } = built.get(9)!;
    expect(pdfInfo(pdf)['Pages']).toBe('2');
    const [first = '', second = ''] = pages(pdf);
    expect(first).toContain('第1页/共2页');
    expect(second.trimStart().startsWith('紧急止付信息表（续页）')).toBe(true);
    expect(second).toContain('报案人：陈晓燕');
    // The accounts to stop, the other side and the signature stand together on the continuation page.
    for (const s of ['需止付的收款账户', FRAUD.wechatId, '报案人（签名）', '日期：2025年05月20日'])
      expect(second, s).toContain(s);
    expect(first).not.toContain('报案人（签名）');
  });

  it.each(COUNTS)('%i transfers: every 交易单号, card number and amount whole on one line', (n) => {
    const { c, pdf } = built.get(n)!;
    const lines = pages(pdf).join('\n').split('\n');
    const onOneLine = (s: string): boolean => lines.some((l) => l.includes(s));
    for (const p of c.snapshot.payments) {
      expect(onOneLine(p.txid), p.txid).toBe(true);
      expect(onOneLine(`¥${(p.amountFen / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`)).toBe(
        true,
      );
    }
    expect(onOneLine(FRAUD.bankCard)).toBe(true);
    if (n >= 3) expect(onOneLine('6212260200012345678')).toBe(true);
    expect(onOneLine('招商银行储蓄卡')).toBe(true);
    expect(pages(pdf).join('')).toContain(`（${n} 笔）`);
  });

  it('a fitted cell stacks free text so each identifier stands on its own line', () => {
    expect(stackTokens(`中国建设银行 ${FRAUD.bankCard}（户名 王某）`)).toBe(
      `中国建设银行\n${FRAUD.bankCard}\n（户名 王某）`,
    );
    expect(stackTokens('招商银行储蓄卡(3817)')).toBe('招商银行储蓄卡\n(3817)');
    expect(stackTokens(`微信号 ${FRAUD.wechatId}`)).toBe(`微信号\n${FRAUD.wechatId}`);
    expect(stackTokens('  ')).toBe('');
  });
});
