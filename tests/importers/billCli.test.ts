/**
 * `payproof bill show` and `payproof bill import`, run as a user would (the real CLI in a child
 * process) against a temp vault: parse without storing, import picked rows, re-import without
 * duplicates, the bill file kept as evidence and linked to its payments, zips with passwords.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TextReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { useTempDirs } from '../helpers/tmp.ts';
import { SHARED_BILLS } from './helpers/sharedBills.ts';
import { sampleRows, type GenRow } from './helpers/sampleRows.ts';
import { wechatCsv } from './helpers/wechatFixtures.ts';

const tmp = useTempDirs();
const WECHAT = path.join(SHARED_BILLS, 'deb-sig_double-entry-generator__example-wechat-records_csv.csv');
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

interface ImportJson {
  format: string;
  rows: number;
  picked: number;
  imported: number;
  duplicates: number;
  errors: { row: number | null; column: string | null; message: string; messageEn: string }[];
  skipped: { row: number; txid: string; reason: string; existingPaymentId: number | null }[];
  incomeFen: number;
  expenseFen: number;
  evidenceId: number | null;
  evidenceReused: boolean;
  paymentIds: number[];
}

async function vaultWithCase(): Promise<{ vault: string; caseId: string }> {
  const vault = path.join(tmp(), 'vault');
  const c = await runCli(['case', 'create', '--title', '账单导入', '--type', 'fraud', '--json'], { vault });
  expect(c.code).toBe(0);
  return { vault, caseId: String((c.json as { id: number }).id) };
}

/** `expectedCode` 1: nothing could be imported (the README's promise). */
async function importBill(vault: string, args: string[], expectedCode = 0): Promise<ImportJson> {
  const r = await runCli(['bill', 'import', ...args, '--json'], { vault });
  expect(r.code, r.stderr).toBe(expectedCode);
  return r.json as ImportJson;
}

describe('payproof bill show', () => {
  it('prints the detected format, every row and the problems, and stores nothing', async () => {
    const vault = path.join(tmp(), 'vault');
    const r = await runCli(['bill', 'show', WECHAT, '--json'], { vault });
    expect(r.code, r.stderr).toBe(0);
    const out = r.json as { format: string; rows: Record<string, unknown>[]; errors: ImportJson['errors'] };
    expect(out.format).toBe('wechat-csv-2019');
    expect(out.rows).toHaveLength(27);
    expect(out.rows[9]).toMatchObject({
      row: 27,
      txid: '4200000069201710299246843141',
      merchantOrderId: '1000019741201710201961089024',
      time: '2017-10-20T18:36:44+08:00',
      amountFen: 54858,
      direction: 'neutral',
      type: '信用卡还款',
      counterparty: '建设银行信用卡还款',
      status: '支付成功',
      refundedFen: null,
    });
    expect(out.errors).toEqual([
      expect.objectContaining({ row: 42, column: '金额(元)', message: expect.stringContaining('¥50.0') }),
    ]);
    // Parsing needs no vault: none was created.
    expect(() => readdirSync(vault)).toThrow();
  });

  it('reads a password zip with --password, and explains a wrong one', async () => {
    const zipFile = path.join(tmp(), '微信支付账单.zip');
    const w = new ZipWriter(new Uint8ArrayWriter(), { password: 's3cret', zipCrypto: true });
    await w.add('微信支付账单(20240101-20241231).csv', new TextReader(wechatCsv(sampleRows(3, 4))));
    writeFileSync(zipFile, await w.close());
    const ok = await runCli(['bill', 'show', zipFile, '--password', 's3cret', '--json']);
    expect((ok.json as { rows: unknown[] }).rows).toHaveLength(3);
    const bad = await runCli(['bill', 'show', zipFile, '--password', 'nope', '--json']);
    expect(bad.json).toMatchObject({
      format: 'unknown',
      rows: [],
      errors: [{ row: null, messageEn: expect.stringMatching(/password is wrong/) }],
    });
    expect(bad.stdout).not.toContain('nope');
  });

  it('a missing file is a clear error with a nonzero exit', async () => {
    const r = await runCli(['bill', 'show', '/nonexistent/bill.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('File not found: /nonexistent/bill.csv');
  });
});

describe('payproof bill import', () => {
  it('imports picked rows, keeps the bill as evidence linked to them, and never imports twice', async () => {
    const { vault, caseId } = await vaultWithCase();
    const first = await importBill(vault, [
      WECHAT,
      '--case',
      caseId,
      '--pick',
      '4200002168202406076349888061,207210715100077148235523883175,12345',
    ]);
    expect(first).toMatchObject({
      format: 'wechat-csv-2019',
      rows: 27,
      imported: 2,
      duplicates: 1,
      expenseFen: 1,
      incomeFen: 0,
      evidenceReused: false,
    });
    // Lines 43 and 44 share one 交易单号: the second is reported, not imported.
    expect(first.skipped).toEqual([expect.objectContaining({ row: 44, reason: 'repeated-in-bill' })]);
    expect(first.errors).toEqual([
      expect.objectContaining({ row: null, column: '交易单号', message: expect.stringContaining('12345') }),
    ]);

    const evidence = (await runCli(['evidence', 'list', '--case', caseId, '--json'], { vault })).json as {
      id: number;
      kind: string;
      sha256: string;
      paymentIds: number[];
    }[];
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({
      id: first.evidenceId,
      kind: 'bill-export',
      sha256: sha256(readFileSync(WECHAT)),
    });
    expect([...(evidence[0]?.paymentIds ?? [])].sort()).toEqual([...first.paymentIds].sort());

    const payments = (await runCli(['payment', 'list', '--case', caseId, '--json'], { vault }))
      .json as Record<string, unknown>[];
    expect(payments).toHaveLength(2);
    expect(payments).toContainEqual(
      expect.objectContaining({
        source: 'bill',
        txid: '207210715100077148235523883175',
        amountFen: 10010,
        billEvidenceId: first.evidenceId,
        billRow: 24,
        merchantOrderId: null,
      }),
    );

    const again = await importBill(vault, [WECHAT, '--case', caseId]);
    expect(again).toMatchObject({ evidenceReused: true, evidenceId: first.evidenceId, rows: 27, picked: 27 });
    // Rows 43 and 44 both carry the 交易单号 imported earlier from row 43.
    expect(
      again.skipped
        .filter((s) => s.reason === 'duplicate-txid')
        .map((s) => s.row)
        .sort(),
    ).toEqual([24, 43, 44]);
    expect(again.imported + again.duplicates).toBe(27);
    // The third time, as a person reads it: every row a duplicate, said in ONE line with the count
    // and the first rows, not one line per row.
    const third = await runCli(['bill', 'import', WECHAT, '--case', caseId], { vault });
    expect(third.code, third.stderr).toBe(0);
    expect(third.stdout).toContain('导入 imported 0  重复 duplicates 27');
    const skippedLines = third.stdout.split('\n').filter((l) => l.includes('跳过 skipped'));
    expect(skippedLines).toHaveLength(1);
    expect(skippedLines[0]).toContain('27 行的交易单号已是本案的付款');
    expect(skippedLines[0]).toContain('and 17 more');
    expect((await runCli(['evidence', 'list', '--case', caseId, '--json'], { vault })).json).toHaveLength(1);
    expect((await runCli(['doctor', '--json'], { vault })).json).toMatchObject({ ok: true });
  });

  it('dedupes on 商户单号 when the 交易单号 differs, and says why', async () => {
    const { vault, caseId } = await vaultWithCase();
    const [a, b] = sampleRows(2, 8) as [GenRow, GenRow];
    const first = path.join(tmp(), 'a.csv');
    writeFileSync(first, wechatCsv([{ ...a, merchantOrderId: 'M-SHARED-1' }]));
    const second = path.join(tmp(), 'b.csv');
    writeFileSync(second, wechatCsv([{ ...b, merchantOrderId: 'M-SHARED-1' }]));
    expect((await importBill(vault, [first, '--case', caseId])).imported).toBe(1);
    const r = await importBill(vault, [second, '--case', caseId]);
    expect(r).toMatchObject({ imported: 0, duplicates: 1 });
    expect(r.skipped[0]).toMatchObject({
      reason: 'duplicate-merchant-order-id',
      existingPaymentId: expect.any(Number),
    });
  });

  it('from an AES zip: stores the bill inside (readable without the password), not the zip', async () => {
    const { vault, caseId } = await vaultWithCase();
    const inner = wechatCsv(sampleRows(4, 12), { bom: true, eol: '\r\n' });
    const zipFile = path.join(tmp(), 'bill.zip');
    const w = new ZipWriter(new Uint8ArrayWriter(), { password: 'pw', encryptionStrength: 3 });
    await w.add('微信支付账单(20240101-20241231).csv', new TextReader(inner));
    writeFileSync(zipFile, await w.close());
    const r = await importBill(vault, [zipFile, '--case', caseId, '--password', 'pw']);
    expect(r).toMatchObject({ imported: 4 });
    const ev = (
      (await runCli(['evidence', 'list', '--case', caseId, '--json'], { vault })).json as {
        originalName: string;
        sha256: string;
      }[]
    )[0];
    expect(ev).toMatchObject({
      originalName: '微信支付账单(20240101-20241231).csv',
      sha256: sha256(Buffer.from(inner, 'utf8')),
    });
    // The password is not kept anywhere in the vault's database.
    expect(readFileSync(path.join(vault, 'payproof.sqlite')).includes(Buffer.from('pw\u0000'))).toBe(false);
  });

  it('a file that is not a bill stores nothing', async () => {
    const { vault, caseId } = await vaultWithCase();
    const junk = path.join(tmp(), 'photo.csv');
    writeFileSync(junk, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const r = await importBill(vault, [junk, '--case', caseId], 1);
    expect(r).toMatchObject({ format: 'unknown', imported: 0, evidenceId: null });
    expect(r.errors[0]?.messageEn).toMatch(/not a bill/);
    expect((await runCli(['evidence', 'list', '--case', caseId, '--json'], { vault })).json).toEqual([]);
  });

  it('an unknown case is refused before anything is stored', async () => {
    const { vault } = await vaultWithCase();
    const r = await runCli(['bill', 'import', WECHAT, '--case', '99', '--json'], { vault });
    expect(r.code).toBe(1);
    expect(readdirSync(path.join(vault, 'objects'))).toEqual([]);
  });
});
