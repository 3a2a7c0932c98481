/**
 * Realistic 账单详情 screens drawn from a known truth, for OCR tests, the e2e and the benchmark: WeChat
 * (merchant payment, transfer, red packet, scan-to-pay, refund) and Alipay, light and dark, at phone
 * resolutions, as PNG or JPEG. Text is set with SVG in Noto Sans CJK SC (fonts-noto-cjk) so rare name
 * characters (喆 㛃 堃 犇 赟) render as a phone would show them.
 */
import sharp from 'sharp';

export type ScreenKind = 'merchant' | 'transfer' | 'red-packet' | 'scan' | 'refund' | 'alipay';
export type Theme = 'light' | 'dark';

export interface ScreenTruth {
  platform: 'wechat' | 'alipay';
  txid: string;
  merchantOrderId?: string;
  amountFen: number;
  direction: 'expense' | 'income';
  /** ISO 8601 with +08:00. */
  time: string;
  counterparty: string;
  method: string;
  status: string;
}

export interface ScreenSpec {
  kind: ScreenKind;
  theme: Theme;
  /** Screen width in pixels; height follows a 20:9 phone. */
  width: number;
  truth: ScreenTruth;
  /** The name shown at the top (shop name, 转账-转给X); the counterparty when absent. */
  headline?: string;
  /** Use the ISO time form (2025-05-18 04:44:15) instead of 2025年5月18日 04:44:15. */
  isoTime?: boolean;
}

function yuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

function shownTime(iso: string, isoForm: boolean): string {
  const [date, rest] = iso.split('T') as [string, string];
  const clock = rest.slice(0, 8);
  if (isoForm) return `${date} ${clock}`;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日 ${clock}`;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Label/value rows of each screen, in the order the app shows them. */
function rowsOf(spec: ScreenSpec): [string, string][] {
  const t = spec.truth;
  const time = shownTime(t.time, spec.isoTime ?? false);
  switch (spec.kind) {
    case 'merchant':
      return [
        ['当前状态', t.status],
        ['支付时间', time],
        ['商品', '订单付款'],
        ['商户全称', t.counterparty],
        ['收单机构', '财付通支付科技有限公司'],
        ['支付方式', t.method],
        ['交易单号', t.txid],
        ['商户单号', t.merchantOrderId ?? ''],
      ];
    case 'scan':
      return [
        ['当前状态', t.status],
        ['收款方备注', '二维码收款'],
        ['支付时间', time],
        ['支付方式', t.method],
        ['交易单号', t.txid],
      ];
    case 'transfer':
      return [
        ['当前状态', t.status],
        ['转账说明', '货款'],
        ['转账时间', time],
        ['支付方式', t.method],
        ['转账单号', t.txid],
      ];
    case 'red-packet':
      return [
        ['当前状态', t.status],
        ['发出时间', time],
        ['支付方式', t.method],
        ['交易单号', t.txid],
      ];
    case 'refund':
      return [
        ['当前状态', t.status],
        ['退款时间', time],
        ['退款方式', t.method],
        ['商户全称', t.counterparty],
        ['交易单号', t.txid],
        ['商户单号', t.merchantOrderId ?? ''],
      ];
    case 'alipay':
      return [
        ['支付时间', time],
        ['付款方式', t.method],
        ['商品说明', '商品购买'],
        ['收款方全称', t.counterparty],
        ['订单号', t.txid],
        ['商家订单号', t.merchantOrderId ?? ''],
      ];
  }
}

function headlineOf(spec: ScreenSpec): string {
  if (spec.headline) return spec.headline;
  const name = spec.truth.counterparty;
  if (spec.kind === 'transfer') return `转账-转给${name}`;
  if (spec.kind === 'red-packet') return `微信红包-发给${name}`;
  if (spec.kind === 'scan') return `扫二维码付款-给${name}`;
  return name;
}

/** The screen as SVG (width × width·20/9). */
export function paymentScreenSvg(spec: ScreenSpec): string {
  const w = spec.width;
  const h = Math.round((w * 20) / 9);
  const u = w / 1080; // design units: a 1080-wide phone
  const dark = spec.theme === 'dark';
  const alipay = spec.kind === 'alipay';
  const bg = dark ? '#111111' : alipay ? '#f5f5f5' : '#ededed';
  const card = dark ? '#1e1e1e' : '#ffffff';
  const ink = dark ? '#e6e6e6' : '#1a1a1a';
  const muted = dark ? '#8c8c8c' : '#8a8a8a';
  const font = `font-family="Noto Sans CJK SC" `;
  const px = (n: number) => (n * u).toFixed(1);
  const parts: string[] = [];
  parts.push(`<rect width="${w}" height="${h}" fill="${bg}"/>`);
  // Status bar and title bar.
  parts.push(`<text x="${px(60)}" y="${px(70)}" ${font} font-size="${px(36)}" fill="${ink}">9:41</text>`);
  parts.push(
    `<text x="${w / 2}" y="${px(190)}" ${font} font-size="${px(50)}" text-anchor="middle" fill="${ink}">账单详情</text>`,
  );
  parts.push(`<rect x="0" y="${px(260)}" width="${w}" height="${h - 260 * u}" fill="${card}"/>`);
  // Counterparty circle and headline, then the amount.
  parts.push(
    `<circle cx="${w / 2}" cy="${px(400)}" r="${px(70)}" fill="${alipay ? '#1677ff' : '#07c160'}"/>`,
  );
  parts.push(
    `<text x="${w / 2}" y="${px(560)}" ${font} font-size="${px(44)}" text-anchor="middle" fill="${ink}">${esc(headlineOf(spec))}</text>`,
  );
  const sign = spec.truth.direction === 'expense' ? '-' : '+';
  parts.push(
    `<text x="${w / 2}" y="${px(700)}" ${font} font-size="${px(100)}" font-weight="bold" text-anchor="middle" fill="${ink}">${sign}${yuan(spec.truth.amountFen)}</text>`,
  );
  let y = 860;
  if (alipay) {
    parts.push(
      `<text x="${w / 2}" y="${px(790)}" ${font} font-size="${px(40)}" text-anchor="middle" fill="${muted}">${esc(spec.truth.status)}</text>`,
    );
    y = 920;
  }
  parts.push(
    `<rect x="${px(60)}" y="${px(y - 60)}" width="${px(960)}" height="${Math.max(1, u * 2)}" fill="${dark ? '#2c2c2c' : '#e5e5e5'}"/>`,
  );
  for (const [label, value] of rowsOf(spec)) {
    if (!value) continue;
    parts.push(
      `<text x="${px(60)}" y="${px(y)}" ${font} font-size="${px(40)}" fill="${muted}">${esc(label)}</text>`,
    );
    if (alipay) {
      parts.push(
        `<text x="${px(1020)}" y="${px(y)}" ${font} font-size="${px(40)}" text-anchor="end" fill="${ink}">${esc(value)}</text>`,
      );
    } else {
      parts.push(
        `<text x="${px(300)}" y="${px(y)}" ${font} font-size="${px(40)}" fill="${ink}">${esc(value)}</text>`,
      );
    }
    y += 100;
  }
  parts.push(
    `<text x="${w / 2}" y="${px(y + 120)}" ${font} font-size="${px(38)}" text-anchor="middle" fill="${dark ? '#7d90a9' : '#576b95'}">对订单有疑惑</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">${parts.join('')}</svg>`;
}

export async function renderPaymentScreen(
  spec: ScreenSpec,
  format: { type: 'png' } | { type: 'jpeg'; quality: number } = { type: 'png' },
): Promise<Buffer> {
  const image = sharp(Buffer.from(paymentScreenSvg(spec)));
  return format.type === 'png' ? image.png().toBuffer() : image.jpeg({ quality: format.quality }).toBuffer();
}

/** A set of screens covering every kind, both themes and the rare name characters, with their truth. */
export function sampleScreens(): ScreenSpec[] {
  const base = (kind: ScreenKind, truth: ScreenTruth, extra: Partial<ScreenSpec> = {}): ScreenSpec => ({
    kind,
    theme: 'light',
    width: 1080,
    truth,
    ...extra,
  });
  return [
    base('merchant', {
      platform: 'wechat',
      txid: '4200001879202505181251305441',
      merchantOrderId: '20250518044415123456',
      amountFen: 9340,
      direction: 'expense',
      time: '2025-05-18T04:44:15+08:00',
      counterparty: '深圳市喆堃数码科技有限公司',
      method: '零钱',
      status: '支付成功',
    }),
    base(
      'transfer',
      {
        platform: 'wechat',
        txid: '1000050001202505190012345678901',
        amountFen: 50000,
        direction: 'expense',
        time: '2025-05-19T21:03:09+08:00',
        counterparty: '王㛃',
        method: '招商银行储蓄卡(8823)',
        status: '对方已收钱',
      },
      { theme: 'dark' },
    ),
    base('red-packet', {
      platform: 'wechat',
      txid: '1000039901202505200987654321012',
      amountFen: 20000,
      direction: 'expense',
      time: '2025-05-20T08:15:42+08:00',
      counterparty: '李犇',
      method: '零钱',
      status: '已被领取',
    }),
    base(
      'scan',
      {
        platform: 'wechat',
        txid: '1000107101202505210123456789012',
        amountFen: 2550,
        direction: 'expense',
        time: '2025-05-21T12:30:00+08:00',
        counterparty: '赵赟',
        method: '零钱通',
        status: '支付成功',
      },
      { isoTime: true },
    ),
    base(
      'refund',
      {
        platform: 'wechat',
        txid: '4200002046202505221834567890',
        merchantOrderId: 'M2025052218000001',
        amountFen: 12999,
        direction: 'income',
        time: '2025-05-22T18:34:56+08:00',
        counterparty: '杭州犇赟电子商务有限公司',
        method: '原路退回零钱',
        status: '已全额退款',
      },
      { theme: 'dark' },
    ),
    base('alipay', {
      platform: 'alipay',
      txid: '2025052322001412345678901234',
      merchantOrderId: 'T200P2025052312345678',
      amountFen: 45800,
      direction: 'expense',
      time: '2025-05-23T10:01:02+08:00',
      counterparty: '上海堃喆贸易有限公司',
      method: '余额宝',
      status: '交易成功',
    }),
    base(
      'alipay',
      {
        platform: 'alipay',
        txid: '2025052422001498765432109876',
        merchantOrderId: 'E20250524998877',
        amountFen: 1999,
        direction: 'expense',
        time: '2025-05-24T23:59:59+08:00',
        counterparty: '北京赟㛃文化传媒有限公司',
        method: '花呗',
        status: '交易成功',
      },
      { theme: 'dark', isoTime: true },
    ),
  ];
}
