/**
 * fast-check arbitraries for bill rows. Text is restricted to what the real exports can hold in
 * each position (e.g. only 交易对方 may carry an unquoted comma in the 2019 style), and ids are
 * restricted to ids that cannot be mistaken for Excel's number forms (FORMATS.md pitfall 4).
 */
import fc from 'fast-check';
import type { AlipayGenRow } from './alipayFixtures.ts';
import type { GenRow } from './sampleRows.ts';

const pad = (n: number) => String(n).padStart(2, '0');

export const timeArb = fc
  .integer({ min: Date.UTC(2015, 0, 1) / 1000, max: Date.UTC(2030, 11, 31) / 1000 })
  .map((s) => {
    const d = new Date(s * 1000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  });

// GBK-encodable characters only, so the same arbitraries serve Alipay (GBK) files.
const CJK = '微信支付商户消费转账红包美团京东滴滴零钱通银行退款收款测试店铺订单中国上海（）【】·';
const SAFE = `abcdefgXYZ0123456789 -_()*@.:${CJK}`;

/** Trimmed, non-empty, not '/', from `alphabet`. */
const textArb = (alphabet: string, maxLength = 16) =>
  fc
    .array(fc.constantFrom(...alphabet.split('')), { minLength: 1, maxLength })
    .map((cs) => cs.join('').trim())
    .filter((s) => s !== '' && s !== '/' && !s.startsWith('"'));

export const plainText = textArb(SAFE);
export const textWithComma = textArb(`${SAFE},`).filter((s) => !s.startsWith(',') && !s.endsWith(','));
/** Quoted columns (商品, 备注) may hold commas and quotes; no export puts a line break in a field. */
export const quotedText = textArb(`${SAFE},"`);

const DIGITS = '0123456789';
const ALNUM = `${DIGITS}ABCDEFGHJKLMNPQRSTUVWXYZabcdefx_-`;

/** Excel would have mangled these forms; a genuine id never looks like them. */
function unambiguous(id: string): string {
  if (/^\d{20,}$/.test(id) && /0$/.test(id)) return `${id.slice(0, -1)}1`;
  return id;
}

export const digitIdArb = fc
  .array(fc.constantFrom(...DIGITS.split('')), { minLength: 6, maxLength: 45 })
  .map((cs) => unambiguous(cs.join('')));
export const alnumIdArb = fc
  .array(fc.constantFrom(...ALNUM.split('')), { minLength: 4, maxLength: 40 })
  .map((cs) => cs.join(''))
  .filter((s) => !/^\d(?:\.\d+)?E[+-]\d+$/i.test(s))
  .map(unambiguous);
export const idArb = fc.oneof(digitIdArb, alnumIdArb);

export const amountArb = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }),
  fc.integer({ min: 0, max: 99_999_999_999 }),
);

export const wechatRowArb = (counterparty = plainText, itemText = plainText): fc.Arbitrary<GenRow> =>
  fc.record({
    time: timeArb,
    type: fc.oneof(fc.constantFrom('商户消费', '转账', '转账-退款', '微信红包（群红包）', '其他'), plainText),
    counterparty,
    item: fc.oneof(fc.constant('/'), itemText),
    direction: fc.constantFrom('收入', '支出', '/'),
    amountFen: amountArb,
    method: fc.oneof(fc.constantFrom('零钱', '招商银行(2508)', '/'), plainText),
    status: fc.oneof(fc.constantFrom('支付成功', '已全额退款', '已退款(￥9.10)', '对方已退还'), plainText),
    txid: idArb,
    merchantOrderId: fc.option(idArb, { nil: null }),
    note: fc.oneof(fc.constant(''), itemText),
  });

export const alipayRowArb: fc.Arbitrary<AlipayGenRow> = fc.record({
  time: timeArb,
  type: fc.oneof(fc.constantFrom('日用百货', '退款', '转账红包'), plainText),
  counterparty: textWithComma,
  account: fc.option(fc.constantFrom('rim***@qq.com', '157******21'), { nil: null }),
  item: plainText,
  direction: fc.constantFrom('支出', '收入', '不计收支'),
  amountFen: amountArb,
  method: plainText,
  status: fc.oneof(fc.constantFrom('交易成功', '交易关闭', '退款成功'), plainText),
  txid: idArb,
  merchantOrderId: fc.option(idArb, { nil: null }),
  note: fc.constant(''),
});

export const directionOf = (d: string): 'income' | 'expense' | 'neutral' =>
  d === '收入' ? 'income' : d === '支出' ? 'expense' : 'neutral';
export const isoOf = (time: string) => `${time.replace(' ', 'T')}+08:00`;
