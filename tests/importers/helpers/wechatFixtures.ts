/**
 * Writes WeChat Pay bills the way the platform does (FORMATS.md), with switches for each quirk:
 * BOM, CRLF, 2019 vs April-2025 quoting, 8- or 10-comma preamble padding, XLSX layout A/B, date
 * serials, the 1904 date system.
 */
import { excelSerial, fenText, type GenRow } from './sampleRows.ts';
import { writeXlsx, type XCell, type XSheet } from './xlsxWriter.ts';

export const WECHAT_HEADER = [
  '交易时间',
  '交易类型',
  '交易对方',
  '商品',
  '收/支',
  '金额(元)',
  '支付方式',
  '当前状态',
  '交易单号',
  '商户单号',
  '备注',
];

export function wechatPreamble(count: number, layout: 'csv' | 'xlsx-2025' | 'xlsx-2026' = 'csv'): string[] {
  const lines = [
    '微信支付账单明细',
    '微信昵称：[测试]',
    '起始时间：[2024-01-01 00:00:00] 终止时间：[2024-12-31 23:59:59]',
    '导出类型：[全部]',
    '导出时间：[2025-01-02 10:00:00]',
    '',
    `共${count}笔记录`,
    '收入：0笔 0.00元',
    '支出：0笔 0.00元',
    '中性交易：0笔 0.00元',
    '注：',
    '1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易',
    layout === 'csv'
      ? '2. 本明细仅展示当前账单中的交易，不包括已删除的记录'
      : '2. 若交易记录明细无有效内容，则代表该时间段内此微信号无交易。',
    '3. 本明细仅供个人对账使用',
  ];
  if (layout === 'xlsx-2026') lines.push('4. 本账单中所有时间均为UTC+08:00时间');
  lines.push('', '----------------------微信支付账单明细列表--------------------');
  return lines;
}

export interface WechatCsvOptions {
  style?: '2019' | '2025-quoted';
  bom?: boolean;
  eol?: '\n' | '\r\n';
  /** Commas padding each preamble line: 8 in real files, 10 in the deb-sig fixture. */
  preamblePad?: number;
}

const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;

export function wechatCsvLine(r: GenRow, style: '2019' | '2025-quoted' = '2019'): string {
  const mo = r.merchantOrderId ?? '/';
  const note = r.note === '' ? '/' : r.note;
  if (style === '2025-quoted') {
    return [
      r.time,
      q(r.type),
      q(r.counterparty),
      q(r.item),
      q(r.direction),
      `¥${fenText(r.amountFen)}`,
      q(r.method),
      q(r.status),
      `${q(r.txid)}\t`,
      `${q(mo)}\t`,
      q(note),
    ].join(',');
  }
  // 2019–2024: only 商品 and 备注 quoted; 交易对方 NOT quoted even with a comma inside.
  return [
    r.time,
    r.type,
    r.counterparty,
    q(r.item),
    r.direction,
    `¥${fenText(r.amountFen)}`,
    r.method,
    r.status,
    `${r.txid}\t`,
    `${mo}\t`,
    q(note),
  ].join(',');
}

export function wechatCsv(rows: readonly GenRow[], options: WechatCsvOptions = {}): string {
  const eol = options.eol ?? '\n';
  const padding = ','.repeat(options.preamblePad ?? 8);
  const lines = wechatPreamble(rows.length).map((l) => l + padding);
  lines.push(WECHAT_HEADER.join(','));
  for (const r of rows) lines.push(wechatCsvLine(r, options.style));
  return (options.bom ? '\ufeff' : '') + lines.join(eol) + eol;
}

export interface WechatXlsxOptions {
  layout: 'A' | 'B';
  /** Layout B: how 交易时间 is stored. */
  timeAs?: 'text' | 'serial';
  date1904?: boolean;
  /** Layout B: raw <v> for 金额 as a 17-digit float text ('548.58000000000004') or shortest form. */
  amountNoise?: boolean;
  extraSheetFirst?: boolean;
}

const s = (text: string): XCell => ({ s: text });

export function wechatXlsxSheet(rows: readonly GenRow[], o: WechatXlsxOptions): XSheet {
  const sheetRows = new Map<number, XCell[]>();
  const preamble = wechatPreamble(rows.length, o.layout === 'A' ? 'xlsx-2025' : 'xlsx-2026');
  preamble.forEach((line, i) => {
    // Layout B leaves row 16 out of the XML entirely (it is empty).
    if (line === '' && o.layout === 'B') return;
    sheetRows.set(i + 1, [line === '' ? null : s(line)]);
  });
  const headerRow = preamble.length + 1;
  sheetRows.set(headerRow, WECHAT_HEADER.map(s));
  rows.forEach((r, i) => {
    const amount: XCell =
      o.layout === 'A'
        ? s(`¥${fenText(r.amountFen)}`)
        : { n: o.amountNoise ? (r.amountFen / 100).toPrecision(17) : r.amountFen / 100, fmt: 'amount' };
    const time: XCell =
      o.layout === 'B' && o.timeAs === 'serial'
        ? { n: excelSerial(r.time, o.date1904), fmt: 'datetime' }
        : s(r.time);
    sheetRows.set(headerRow + 1 + i, [
      time,
      s(r.type),
      s(r.counterparty),
      s(r.item),
      s(r.direction),
      amount,
      s(r.method),
      s(r.status),
      s(`${r.txid}\t`),
      s(`${r.merchantOrderId ?? '/'}\t`),
      s(r.note === '' ? '/' : r.note),
    ]);
  });
  return { name: 'Sheet1', rows: sheetRows, merges: preamble.map((_l, i) => `A${i + 1}:K${i + 1}`) };
}

export function wechatXlsx(rows: readonly GenRow[], o: WechatXlsxOptions): Promise<Uint8Array> {
  const sheet = wechatXlsxSheet(rows, o);
  const sheets = o.extraSheetFirst
    ? [{ name: 'notes', rows: new Map([[1, [s('my notes')]]]) }, sheet]
    : [sheet];
  return writeXlsx({ sheets, date1904: o.date1904 });
}
