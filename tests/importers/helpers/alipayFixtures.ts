/**
 * Writes Alipay app bills (GBK, CRLF or LF) in the 2021 and 2023+ layouts, padded with spaces
 * or not, with the 2023 or 2025 separator text and 8 or 9 notes (FORMATS.md).
 */
import iconv from 'iconv-lite';
import { fenText } from './sampleRows.ts';

export interface AlipayGenRow {
  time: string;
  type: string;
  counterparty: string;
  /** null → blank in 2021, '/' in 2023+. */
  account: string | null;
  item: string;
  direction: '支出' | '收入' | '不计收支' | '其他';
  amountFen: number;
  method: string;
  status: string;
  txid: string;
  merchantOrderId: string | null;
  note: string;
}

const padCell = (s: string, padded: boolean, width = 20): string =>
  padded ? s + ' '.repeat(Math.max(1, width - s.length)) : s;
const idCell = (s: string | null, padded: boolean): string => `${s ?? (padded ? ' '.repeat(20) : '')}\t`;

const NOTES = [
  '1.本回单内容可表明支付宝受理了相应支付交易申请，因系统原因或通讯故障等偶发因素导致本回单与实际交易结果不符时，以实际交易情况为准；',
  '2.请勿将本回单作为收款方发货的凭据使用，请查证账户实际到账情况后再进行发货操作；',
  '3.支付宝快捷支付等非余额支付方式可能既产生支付宝交易也同步产生银行交易，因此请勿使用本回单进行重复记账；',
  '4.本回单如经任何涂改、编造，均立即失去效力；',
  '5.部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记为不计收支类；',
  '6.因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致，请以实际交易金额为准；',
  '7.禁止将本回单用于非法用途；',
  '8.本明细仅展示当前账单中的交易，不包括已删除的记录；',
  '9.本明细仅供个人对账使用。',
];

export interface Alipay2023Options {
  padded?: boolean;
  separator?: '2023' | '2025';
  notes?: 8 | 9;
  eol?: '\n' | '\r\n';
}

export function alipay2023Text(rows: readonly AlipayGenRow[], o: Alipay2023Options = {}): string {
  const padded = o.padded ?? false;
  const company = o.separator === '2025' ? '支付宝支付科技有限公司' : '支付宝（中国）网络技术有限公司';
  const notes = o.notes === 8 ? NOTES.slice(0, 7).concat('8.本明细仅供个人对账使用。') : NOTES;
  const lines = [
    '-'.repeat(84),
    '导出信息：',
    '姓名：测试',
    '支付宝账户：test@example.com',
    '起始时间：[2025-01-01 00:00:00]    终止时间：[2025-12-31 23:59:59]',
    '导出交易类型：[全部]',
    '导出时间：[2026-01-02 10:00:00]',
    `共${rows.length}笔记录`,
    '收入：0笔 0.00元',
    '支出：0笔 0.00元',
    '不计收支：0笔 0.00元',
    '',
    '特别提示：',
    ...notes,
    '',
    `------------------------${company}  电子客户回单------------------------`,
    [
      '交易时间',
      '交易分类',
      '交易对方',
      '对方账号',
      '商品说明',
      '收/支',
      '金额',
      '收/付款方式',
      '交易状态',
      '交易订单号',
      '商家订单号',
      '备注',
      '',
    ]
      .map((h) => (h ? padCell(h, padded) : h))
      .join(','),
  ];
  for (const r of rows) {
    lines.push(
      [
        padCell(r.time, padded),
        padCell(r.type, padded),
        padCell(r.counterparty, padded),
        padCell(r.account ?? '/', padded),
        padCell(r.item, padded),
        padCell(r.direction, padded),
        padCell(fenText(r.amountFen), padded),
        padCell(r.method, padded),
        padCell(r.status, padded),
        idCell(r.txid, padded),
        idCell(r.merchantOrderId, padded),
        padCell(r.note, padded),
        '',
      ].join(','),
    );
  }
  const eol = o.eol ?? '\r\n';
  return lines.join(eol) + eol;
}

export function alipay2021Text(rows: readonly AlipayGenRow[], padded = true): string {
  const lines = [
    '------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------',
    [
      '收/支',
      '交易对方',
      '对方账号',
      '商品说明',
      '收/付款方式',
      '金额',
      '交易状态',
      '交易分类',
      '交易订单号',
      '商家订单号',
      '交易时间',
      '',
    ]
      .map((h) => (h ? padCell(h, padded) : h))
      .join(','),
  ];
  for (const r of rows) {
    lines.push(
      [
        padCell(r.direction, padded),
        padCell(r.counterparty, padded),
        padCell(r.account ?? '', padded),
        padCell(r.item, padded),
        padCell(r.method, padded),
        padCell(fenText(r.amountFen), padded),
        padCell(r.status, padded),
        padCell(r.type, padded),
        idCell(r.txid, padded),
        idCell(r.merchantOrderId, padded),
        padCell(r.time, padded),
        '',
      ].join(','),
    );
  }
  lines.push('-'.repeat(84), '导出信息：', `共${rows.length}笔记录`, '特别提示：', ...NOTES);
  return lines.join('\r\n') + '\r\n';
}

export const gbk = (text: string): Buffer => iconv.encode(text, 'gbk');
