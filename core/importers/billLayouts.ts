/**
 * The column layouts of every known export, and finding the header row BY CONTENT. Fixed line
 * offsets broke at every format change (17 → 18 lines for WeChat XLSX in 2026, 24 → 25 → 24 for
 * Alipay: deb-sig#217, #236), so we look for the row whose cells name the columns we need.
 */
import type { BillPlatform } from './types.ts';

export type ColumnKey =
  | 'time'
  | 'paidTime'
  | 'type'
  | 'counterparty'
  | 'counterpartyAccount'
  | 'item'
  | 'direction'
  | 'amount'
  | 'method'
  | 'status'
  | 'txid'
  | 'merchantOrderId'
  | 'note'
  | 'fee'
  | 'refunded'
  // Known columns we do not import (Alipay web 2019), listed so they count as recognised.
  | 'modifiedTime'
  | 'source'
  | 'fundStatus';

export type LayoutId = 'wechat' | 'alipay-web-2019' | 'alipay-mobile-2021' | 'alipay-mobile-2023';

interface LayoutDef {
  id: LayoutId;
  platform: BillPlatform;
  names: Readonly<Record<string, ColumnKey>>;
  required: readonly ColumnKey[];
  /** Free-text columns that may hold an unquoted comma, most likely first (FORMATS.md pitfall 3). */
  mergeable: readonly ColumnKey[];
}

const WECHAT: LayoutDef = {
  id: 'wechat',
  platform: 'wechat',
  names: {
    交易时间: 'time',
    交易类型: 'type',
    交易对方: 'counterparty',
    商品: 'item',
    '收/支': 'direction',
    '金额(元)': 'amount',
    支付方式: 'method',
    当前状态: 'status',
    交易单号: 'txid',
    商户单号: 'merchantOrderId',
    备注: 'note',
  },
  required: ['time', 'type', 'direction', 'amount', 'txid', 'merchantOrderId'],
  mergeable: ['counterparty', 'item', 'note', 'type', 'method'],
};

const ALIPAY_MOBILE_NAMES: Readonly<Record<string, ColumnKey>> = {
  交易时间: 'time',
  交易分类: 'type',
  交易对方: 'counterparty',
  对方账号: 'counterpartyAccount',
  商品说明: 'item',
  '收/支': 'direction',
  金额: 'amount',
  '收/付款方式': 'method',
  交易状态: 'status',
  交易订单号: 'txid',
  商家订单号: 'merchantOrderId',
  备注: 'note',
};

const ALIPAY_MOBILE_2021: LayoutDef = {
  id: 'alipay-mobile-2021',
  platform: 'alipay',
  names: ALIPAY_MOBILE_NAMES,
  required: ['time', 'direction', 'amount', 'txid', 'merchantOrderId'],
  mergeable: ['counterparty', 'item', 'method'],
};

const ALIPAY_MOBILE_2023: LayoutDef = {
  ...ALIPAY_MOBILE_2021,
  id: 'alipay-mobile-2023',
  mergeable: ['counterparty', 'item', 'note', 'method'],
};

const ALIPAY_WEB_2019: LayoutDef = {
  id: 'alipay-web-2019',
  platform: 'alipay',
  names: {
    交易号: 'txid',
    商家订单号: 'merchantOrderId',
    交易创建时间: 'time',
    付款时间: 'paidTime',
    最近修改时间: 'modifiedTime',
    交易来源地: 'source',
    类型: 'type',
    交易对方: 'counterparty',
    商品名称: 'item',
    '金额(元)': 'amount',
    '收/支': 'direction',
    交易状态: 'status',
    '服务费(元)': 'fee',
    '成功退款(元)': 'refunded',
    备注: 'note',
    资金状态: 'fundStatus',
  },
  required: ['time', 'direction', 'amount', 'txid', 'merchantOrderId'],
  mergeable: ['counterparty', 'item', 'note'],
};

export interface DetectedLayout {
  id: LayoutId;
  platform: BillPlatform;
  /** Column index of each key found. */
  index: Partial<Record<ColumnKey, number>>;
  /** The header text as printed, per key, for error messages. */
  label: Partial<Record<ColumnKey, string>>;
  /** Header cells up to the last non-empty one. */
  width: number;
  /** All header cells, trailing empty ones included: Alipay headers and rows end with ',' (13 > 12). */
  rawWidth: number;
  mergeable: readonly ColumnKey[];
  missing: ColumnKey[];
  /** The missing columns by their names in this export (金额(元), 交易单号…), for the message. */
  missingNames: string[];
  /**
   * An empty or unknown column name before the last column we rely on: no export has that, so
   * the header was edited or damaged (or the platform changed its layout), and its columns can no
   * longer be trusted to line up with the data below. Unknown columns after them are harmless.
   */
  gap: boolean;
}

/** '金额（元）  ' → '金额(元)': Alipay pads header cells with spaces and uses full-width brackets. */
export function normaliseHeaderCell(cell: string): string {
  return cell
    .replace(/[\s\ufeff]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}

function matchLayout(def: LayoutDef, cells: readonly string[]): DetectedLayout {
  const index: Partial<Record<ColumnKey, number>> = {};
  const label: Partial<Record<ColumnKey, string>> = {};
  let width = 0;
  let firstOdd = -1; // first empty or unknown header cell
  cells.forEach((cell, i) => {
    const name = normaliseHeaderCell(cell);
    if (name !== '') width = i + 1;
    const key = def.names[name];
    if (key === undefined && firstOdd < 0) firstOdd = i;
    if (key && index[key] === undefined) {
      index[key] = i;
      label[key] = cell.trim();
    }
  });
  const missing = def.required.filter((k) => index[k] === undefined);
  const nameOf = (k: ColumnKey): string => Object.keys(def.names).find((n) => def.names[n] === k) ?? k;
  return {
    id: def.id,
    platform: def.platform,
    index,
    label,
    width,
    rawWidth: Math.max(width, cells.length),
    mergeable: def.mergeable,
    missing,
    missingNames: missing.map(nameOf),
    // U+FFFD anywhere in the header: bytes that did not decode, i.e. a damaged file.
    gap:
      (firstOdd >= 0 && firstOdd < Math.max(-1, ...def.required.map((k) => index[k] ?? -1))) ||
      cells.some((c) => c.includes('\ufffd')),
  };
}

/**
 * Recognises a header row, or returns null. Each layout is identified by the columns only it has:
 * WeChat 交易类型 + 交易单号; Alipay web 交易号 + 交易创建时间; Alipay app 交易分类 + 交易订单号 (2021
 * starts with 收/支, 2023+ with 交易时间). A header missing a required column is still returned,
 * with `missing` filled, so the user hears which column is absent instead of "unknown file".
 */
export function detectHeader(cells: readonly string[]): DetectedLayout | null {
  if (cells.length < 4) return null;
  const names = new Set(cells.map(normaliseHeaderCell));
  if (names.has('交易类型') && (names.has('交易单号') || names.has('金额(元)')))
    return matchLayout(WECHAT, cells);
  if (names.has('交易号') && names.has('交易创建时间')) return matchLayout(ALIPAY_WEB_2019, cells);
  if (names.has('交易分类') && names.has('交易订单号')) {
    const first = normaliseHeaderCell(cells[0] ?? '');
    return matchLayout(first === '交易时间' ? ALIPAY_MOBILE_2023 : ALIPAY_MOBILE_2021, cells);
  }
  return null;
}
