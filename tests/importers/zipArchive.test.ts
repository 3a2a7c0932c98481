/**
 * The bills arrive inside a password zip (WeChat: ZipCrypto; Alipay: AES). We accept the zip and
 * its password directly, so the user never has to find an unzip tool that handles AES.
 */
import { TextReader, Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';
import { describe, expect, it } from 'vitest';
import { parseBill } from '../../core/importers/parseBill.ts';
import { alipay2023Text, gbk } from './helpers/alipayFixtures.ts';
import { sampleRows } from './helpers/sampleRows.ts';
import { wechatCsv, wechatXlsx } from './helpers/wechatFixtures.ts';

interface Entry {
  name: string;
  data: string | Uint8Array;
}

async function zip(
  entries: Entry[],
  options: { password?: string; zipCrypto?: boolean } = {},
): Promise<Uint8Array> {
  const writer = new ZipWriter(
    new Uint8ArrayWriter(),
    options.password
      ? { password: options.password, zipCrypto: options.zipCrypto ?? false, encryptionStrength: 3 }
      : {},
  );
  for (const e of entries)
    await writer.add(
      e.name,
      typeof e.data === 'string' ? new TextReader(e.data) : new Uint8ArrayReader(e.data),
    );
  return writer.close();
}

const ZIP_NAME = '微信支付账单(20240101-20241231).zip';
const rows = sampleRows(5, 31);
const csv = wechatCsv(rows, { bom: true, eol: '\r\n' });
const bill = { name: '微信支付账单(20240101-20241231).csv', data: csv };

describe('password-protected zip', () => {
  it.each([
    ['ZipCrypto', true, 'zipcrypto'],
    ['AES-256', false, 'aes'],
  ] as const)('%s with the right password', async (_label, zipCrypto, encryption) => {
    const bytes = await zip([bill], { password: '123456', zipCrypto });
    const r = await parseBill({ bytes, fileName: ZIP_NAME, password: '123456' });
    expect(r.format).toBe('wechat-csv-2019');
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.txid)).toEqual(rows.map((x) => x.txid));
    expect(r.summary.archive).toEqual({ entry: bill.name, encryption });
  });

  it.each([true, false])('no password (zipCrypto=%s) → asks for it, nothing imported', async (zipCrypto) => {
    const bytes = await zip([bill], { password: '123456', zipCrypto });
    const r = await parseBill({ bytes, fileName: ZIP_NAME });
    expect(r).toMatchObject({ format: 'unknown', rows: [] });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: ZIP_NAME, row: null });
    expect(r.errors[0]?.message.zh).toContain('解压密码');
  });

  it.each([true, false])('wrong password (zipCrypto=%s) → says so, nothing imported', async (zipCrypto) => {
    const bytes = await zip([bill], { password: '123456', zipCrypto });
    const r = await parseBill({ bytes, fileName: ZIP_NAME, password: '654321' });
    expect(r).toMatchObject({ format: 'unknown', rows: [] });
    expect(r.errors[0]?.message.en).toMatch(/wrong/);
    // The password never appears in what we return.
    expect(JSON.stringify(r)).not.toContain('654321');
  });

  it('an AES zip holding an Alipay GBK bill (what Alipay mails)', async () => {
    const text = alipay2023Text([
      {
        time: '2025-02-12 21:32:14',
        type: '日用百货',
        counterparty: '小店',
        account: null,
        item: '商品',
        direction: '支出',
        amountFen: 2000,
        method: '余额',
        status: '交易成功',
        txid: '2025021222001468815736847417',
        merchantOrderId: 'T1',
        note: '',
      },
    ]);
    const bytes = await zip([{ name: '支付宝交易明细(20250101-20251231).csv', data: gbk(text) }], {
      password: 'Ab12Cd',
    });
    const r = await parseBill({ bytes, fileName: 'alipay.zip', password: 'Ab12Cd' });
    expect(r.format).toBe('alipay-mobile-2023');
    expect(r.rows[0]).toMatchObject({ txid: '2025021222001468815736847417', amountFen: 2000 });
  });

  it('an XLSX bill inside a zip; file names in errors show the path inside', async () => {
    const xlsx = await wechatXlsx(rows, { layout: 'B', timeAs: 'serial' });
    const bytes = await zip(
      [{ name: '微信支付账单流水文件(20240101-20241231)_20250102100000.xlsx', data: xlsx }],
      { password: 'pw', zipCrypto: true },
    );
    const r = await parseBill({ bytes, fileName: ZIP_NAME, password: 'pw' });
    expect(r.format).toBe('wechat-xlsx-2026');
    expect(r.rows).toHaveLength(5);
  });

  it('skips a readme beside the bill, and names other bills it did not read', async () => {
    const bytes = await zip([
      { name: '说明.txt', data: '请妥善保管' },
      bill,
      { name: 'second.csv', data: csv },
    ]);
    const r = await parseBill({ bytes, fileName: ZIP_NAME });
    expect(r.rows).toHaveLength(5);
    expect(r.summary.archive?.entry).toBe(bill.name);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.message.en).toContain('second.csv');
  });

  it('a zip without a bill, and a damaged zip', async () => {
    const none = await parseBill({ bytes: await zip([{ name: 'photo.jpg', data: 'x' }]), fileName: 'a.zip' });
    expect(none.errors[0]?.message.en).toContain('photo.jpg');
    const good = await zip([bill], { password: 'x', zipCrypto: true });
    const damaged = await parseBill({
      bytes: good.subarray(0, good.length - 30),
      fileName: 'a.zip',
      password: 'x',
    });
    expect(damaged).toMatchObject({ format: 'unknown', rows: [] });
    expect(damaged.errors).toHaveLength(1);
  });

  it('refund links also work for a bill read from a zip', async () => {
    const original = {
      ...rows[0]!,
      type: '转账',
      txid: '1000050001202304280219702510895',
      merchantOrderId: '1000050001202304280219702510896',
    };
    const refund = {
      ...rows[1]!,
      type: '转账-退款',
      direction: '收入' as const,
      txid: '1000050001202304280219702510896',
      merchantOrderId: null,
    };
    const bytes = await zip([{ name: 'b.csv', data: wechatCsv([original, refund]) }]);
    const r = await parseBill({ bytes, fileName: 'a.zip' });
    expect(r.rows[1]?.refundOfTxid).toBe(original.txid);
  });
});
