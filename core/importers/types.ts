/**
 * What the bill importers hand back. Pure types: the renderer may `import type` them.
 *
 * Conventions (DOMAIN.md §5): money is integer fen, times are ISO 8601 with +08:00 (bills are
 * Beijing time with no zone marker), ids are text. Importers never throw for bad content: they
 * return the rows they could trust plus one BillError per problem, in words a person understands.
 */
import type { Direction, LocalizedText } from '../domain/types.ts';

/** The detected export variant. 'unknown' when the content is not a bill we know. */
export type BillFormat =
  | 'wechat-csv-2019'
  | 'wechat-csv-2025-quoted'
  | 'wechat-xlsx-2025'
  | 'wechat-xlsx-2026'
  | 'alipay-web-2019'
  | 'alipay-mobile-2021'
  | 'alipay-mobile-2023'
  | 'unknown';

export type BillPlatform = 'wechat' | 'alipay';

/**
 * Why a row deserves a second look. A row carrying an UNTRUSTED_FLAGS member has at least one id
 * that must not be used (it is blank in the row; the error beside it shows what the file held).
 */
export type BillRowFlag =
  | 'time-without-seconds'
  | 'txid-mangled-by-excel'
  | 'merchant-order-id-mangled-by-excel'
  | 'txid-garbled'
  | 'merchant-order-id-garbled'
  | 'txid-missing'
  | 'fields-merged'
  | 'amount-unusual-format'
  | 'direction-unrecognised';

export const UNTRUSTED_FLAGS: readonly BillRowFlag[] = [
  'txid-mangled-by-excel',
  'merchant-order-id-mangled-by-excel',
  'txid-garbled',
  'merchant-order-id-garbled',
  'txid-missing',
];

export interface BillRow {
  /** 1-based line (CSV) or sheet row (XLSX) number in the file, as a spreadsheet would show it. */
  row: number;
  /** 交易单号 / 交易订单号 / 交易号; '' when the file does not hold a trustworthy one (see flags). */
  txid: string;
  /** 商户单号 / 商家订单号; null when absent or untrustworthy. */
  merchantOrderId: string | null;
  /** ISO 8601, Beijing time, e.g. 2019-09-26T12:45:27+08:00. */
  time: string;
  amountFen: number;
  direction: Direction;
  /** 交易类型 (WeChat) / 交易分类 or 类型 (Alipay), kept verbatim: the set is open. */
  type: string;
  counterparty: string;
  /** 对方账号 (Alipay only, usually masked); null otherwise. */
  counterpartyAccount: string | null;
  /** 商品 / 商品说明 / 商品名称; '' when the bill shows '/'. */
  item: string;
  /** 支付方式 / 收/付款方式; '' when the bill shows '/'. */
  method: string;
  /** 当前状态 / 交易状态, kept verbatim: the set is open. */
  status: string;
  /** Refunded so far: 已退款(￥9.10) → 910, 已全额退款 → amountFen; null when the bill shows none. */
  refundedFen: number | null;
  /** Service fee the bill states (WeChat 备注 服务费¥0.10, Alipay web 服务费（元）); null when none. */
  feeFen: number | null;
  /** 备注; '' when the bill shows '/'. */
  note: string;
  /** For a refund row: the 交易单号 of the payment it refunds, where the ids allow linking. */
  refundOfTxid: string | null;
  flags: BillRowFlag[];
}

export interface BillError {
  /** The file name as the user gave it (inside a zip: "archive.zip › bill.csv"). */
  file: string;
  /** Line/sheet row number; null when the problem concerns the whole file. */
  row: number | null;
  /** Column header as printed in the file (e.g. 交易单号); null for a whole row or file. */
  column: string | null;
  message: LocalizedText;
}

export interface BillSummary {
  platform: BillPlatform | null;
  /** How the bytes were read: 'utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'xlsx'. */
  encoding: string | null;
  /** Data lines seen below the header (good + bad; blank lines not counted). */
  dataLines: number;
  /** Rows with no problem reported. */
  goodRows: number;
  /** Rows kept but with a problem reported beside them (an unusable id, an unusual amount…). */
  flaggedRows: number;
  /** Lines that produced no row. */
  badRows: number;
  /** Kept rows whose 交易单号 or 商户单号 could not be trusted (blank in the row, see flags). */
  untrustedRows: number;
  incomeCount: number;
  incomeFen: number;
  expenseCount: number;
  expenseFen: number;
  neutralCount: number;
  neutralFen: number;
  /** "共N笔记录" as printed in the preamble/footer; null if absent. Hand-edited files often disagree. */
  declaredCount: number | null;
  firstTime: string | null;
  lastTime: string | null;
  /** When the bill came out of a zip: which entry, and how it was protected. */
  archive: { entry: string; encryption: 'none' | 'zipcrypto' | 'aes' } | null;
  /** XLSX: the sheet the rows came from. */
  sheet: string | null;
}

export interface BillParseResult {
  format: BillFormat;
  rows: BillRow[];
  errors: BillError[];
  summary: BillSummary;
}

export interface BillInput {
  bytes: Buffer | Uint8Array;
  fileName: string;
  /** The zip password the platform sent separately. Only held in memory, never stored. */
  password?: string;
}
