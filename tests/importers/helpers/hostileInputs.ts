/**
 * Hostile inputs by family and size, each the shape of a loop or regular expression that once
 * (or could) cost more than linear time: tags without '>', elements never closed, long runs
 * between the pieces a regex alternates over. XML families are fed to the one function at risk;
 * the others are whole files for parseBill.
 */
import { WECHAT_HEADER, wechatPreamble } from './wechatFixtures.ts';

export const XML_FAMILIES = [
  'shared-unclosed-si',
  'shared-unclosed-t',
  'shared-unclosed-rph',
  'shared-open-t-tag',
  'shared-bad-entities',
  'sheet-cell-tag-without-gt',
  'sheet-unclosed-cells',
  'sheet-cells-without-v',
  'sheet-unclosed-v',
  'sheet-unclosed-rows',
  'sheet-far-columns',
  'sheet-repeated-column',
  'sheet-inline-unclosed-t',
] as const;

export const BILL_FAMILIES = [
  'csv-one-line-of-commas',
  'csv-many-surplus-fields',
  'csv-refund-status-spaces',
  'csv-fee-note-spaces',
  'csv-unclosed-quotes',
  'csv-quote-runs',
] as const;

export type HostileFamily = (typeof XML_FAMILIES)[number] | (typeof BILL_FAMILIES)[number];

const SHEET_HEAD = '<worksheet><sheetData>';

function wechatCsv(dataLines: string): Uint8Array {
  const pre = wechatPreamble(1).map((l) => `${l},,,,,,,,`);
  return Buffer.from(`${[...pre, WECHAT_HEADER.join(',')].join('\n')}\n${dataLines}\n`, 'utf8');
}

const LINE_START = '2024-05-01 10:00:00,商户消费,店,"商品",支出,¥1.00,零钱,';

/** `k` is a repetition count; the result grows linearly with it. */
export function hostileInput(family: HostileFamily, k: number): string | Uint8Array {
  switch (family) {
    case 'shared-unclosed-si':
      return `<sst>${'<si><t>x</t>'.repeat(k)}</sst>`;
    case 'shared-unclosed-t':
      return `<sst><si>${'<t>x'.repeat(k)}</si></sst>`;
    case 'shared-unclosed-rph':
      return `<sst>${'<si><t>x</t><rPh>'.repeat(k)}</sst>`;
    case 'shared-open-t-tag':
      return `<sst><si>${'<t a="1" '.repeat(k)}</si></sst>`;
    case 'shared-bad-entities':
      return `<sst>${'<si><t>&#99999999;&#x;&#1234567890123456789;&amp_x00zz_</t></si>'.repeat(k)}</sst>`;
    case 'sheet-cell-tag-without-gt':
      return `${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c>${'<c r="B1"'.repeat(k)}`;
    case 'sheet-unclosed-cells':
      return `${SHEET_HEAD}<row r="1">${'<c t="s"><v>0</v>'.repeat(k)}`;
    case 'sheet-cells-without-v':
      return `${SHEET_HEAD}<row r="1">${'<c t="s"></c>'.repeat(k)}</row></sheetData></worksheet>`;
    case 'sheet-unclosed-v':
      return `${SHEET_HEAD}<row r="1">${'<c><v>1'.repeat(k)}`;
    case 'sheet-unclosed-rows':
      return `${SHEET_HEAD}${'<row><c><v>1</v></c>'.repeat(k)}`;
    case 'sheet-far-columns':
      return `${SHEET_HEAD}${'<row><c r="XFD1"><v>1</v></c><c r="ZZZZZZZZZZZZ1"><v>1</v></c></row>'.repeat(k)}</sheetData></worksheet>`;
    case 'sheet-repeated-column':
      return `${SHEET_HEAD}<row r="1">${'<c r="A1"><v>1</v></c>'.repeat(k)}</row></sheetData></worksheet>`;
    case 'sheet-inline-unclosed-t':
      return `${SHEET_HEAD}<row r="1">${'<c t="inlineStr"><is><t>x</is></c>'.repeat(k)}</row></sheetData></worksheet>`;
    case 'csv-one-line-of-commas':
      // A bad time: no reading is plausible, so every split of the surplus would be tried.
      return wechatCsv(`${LINE_START.replace('10:00:00', '99:00:00')}支付成功,42\t,/\t,"/"${','.repeat(k)}`);
    case 'csv-many-surplus-fields':
      return wechatCsv(`${LINE_START}${'支付成功,4200000000000000000001\t,'.repeat(k)}"/"`);
    case 'csv-refund-status-spaces':
      return wechatCsv(
        Array.from(
          { length: 4 },
          () => `${LINE_START.slice(0, -3)}零钱,已退款${' '.repeat(k)}x,42\t,/\t,"/"`,
        ).join('\n'),
      );
    case 'csv-fee-note-spaces':
      return wechatCsv(`${LINE_START}提现已到账,42\t,/\t,"服务费${' '.repeat(k)}x"`);
    case 'csv-unclosed-quotes':
      return wechatCsv(`${LINE_START}"${'a'.repeat(8)}\n`.repeat(Math.ceil(k / 8)));
    case 'csv-quote-runs':
      return wechatCsv(`${LINE_START}"${'""'.repeat(k)}x`);
  }
}
