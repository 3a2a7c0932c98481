/**
 * Bill rows as a test or benchmark wants to write them, plus a deterministic generator.
 * Values are what the platform prints (收入/支出/'/'), so writers stay dumb and exact.
 */
export interface GenRow {
  /** Beijing wall time, 'YYYY-MM-DD HH:MM:SS'. */
  time: string;
  type: string;
  counterparty: string;
  item: string;
  direction: '收入' | '支出' | '/';
  amountFen: number;
  method: string;
  status: string;
  txid: string;
  /** null → the bill prints '/'. */
  merchantOrderId: string | null;
  /** '' → the bill prints '/'. */
  note: string;
}

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = [
  '商户消费',
  '扫二维码付款',
  '转账',
  '微信红包',
  '零钱提现',
  '分分捐',
  '群收款',
  '美团-退款',
] as const;
const PARTIES = [
  '云膳过桥米线(传奇广场店)',
  '美团平台商户',
  'WALMART HONG KONG CO.,LIMITED',
  '房东',
  '京东商城',
  'luckin coffee',
] as const;
const METHODS = ['零钱', '零钱通', '招商银行(2508)', '工商银行储蓄卡(9876)', '/'] as const;
const STATUSES = ['支付成功', '已转账', '对方已收钱', '已全额退款', '已退款(￥1.00)', '提现已到账'] as const;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function digits(rand: () => number, n: number): string {
  let s = String(1 + Math.floor(rand() * 9));
  while (s.length < n) s += String(Math.floor(rand() * 10));
  return s;
}

export function sampleRows(count: number, seed = 1): GenRow[] {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const rows: GenRow[] = [];
  const base = Date.UTC(2024, 0, 1);
  for (let i = 0; i < count; i++) {
    const d = new Date(base + Math.floor(rand() * 365 * 86400) * 1000);
    const time = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
    const r = rand();
    rows.push({
      time,
      type: pick(TYPES),
      counterparty: pick(PARTIES),
      item: rand() < 0.3 ? '/' : `订单${digits(rand, 6)}`,
      direction: r < 0.6 ? '支出' : r < 0.85 ? '收入' : '/',
      amountFen: Math.floor(rand() * (rand() < 0.1 ? 100_000_000 : 100_000)),
      method: pick(METHODS),
      status: pick(STATUSES),
      // Unique per row: 28–32 digits like real 交易单号, with the row index mixed in.
      txid: `42000${pad(i, 8)}${digits(rand, 15 + Math.floor(rand() * 5))}`,
      merchantOrderId:
        rand() < 0.2 ? null : rand() < 0.5 ? digits(rand, 28) : `M${digits(rand, 10)}AQEQJ8ZY${i}`,
      note: rand() < 0.8 ? '' : `服务费¥0.${pad(Math.floor(rand() * 100))}`,
    });
  }
  return rows;
}

export function fenText(fen: number): string {
  return `${Math.floor(fen / 100)}.${pad(fen % 100)}`;
}

/** 'YYYY-MM-DD HH:MM:SS' → Excel serial in the 1900 or 1904 date system. */
export function excelSerial(time: string, date1904 = false): number {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(time);
  if (!m) throw new Error(`bad time ${time}`);
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  return (ms - (date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30))) / 86_400_000;
}
