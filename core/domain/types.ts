/**
 * Domain records as the core hands them to every host (CLI, Electron, browser mode).
 * Pure types: safe to import from the renderer with `import type`.
 *
 * Conventions (DOMAIN.md §5): money is integer fen; times are ISO 8601 strings WITH their zone
 * offset (bill times are Beijing time, +08:00); ids from bills are text, never numbers.
 */

export type Direction = 'expense' | 'income' | 'neutral';
export type PaymentSource = 'manual' | 'bill';
/** 进行中 / 已部分追回 / 已追回 / 已结案. */
export type CaseStatus = 'open' | 'partly-recovered' | 'recovered' | 'closed';
export const CASE_STATUSES = ['open', 'partly-recovered', 'recovered', 'closed'] as const;

export type Gender = 'male' | 'female';

/** The person filing: reused by every case. Any field may still be empty. */
export interface Profile {
  name: string;
  /** 居民身份证号码 (18 characters, GB 11643) or a passport number. */
  idNumber: string;
  phone: string;
  /** 住址 as on the ID card. */
  address: string;
  /** 民族, e.g. 汉族. */
  ethnicity: string;
  /** 工作单位. */
  employer: string;
  /** 经常居住地, when it differs from the ID card address. */
  residence: string;
  /** For 电子送达 (courts and 12315 may serve documents by e-mail). */
  email: string;
  /** Derived from an 18-digit ID number on every read, never stored; null when it cannot be derived. */
  gender: Gender | null;
  /** YYYY-MM-DD, derived from the ID number like `gender`. */
  birthDate: string | null;
  updatedAt: string | null;
}

/** The fields of the profile a person types; the rest is derived or kept by the vault. */
export type ProfileFields = Omit<Profile, 'gender' | 'birthDate' | 'updatedAt'>;

/**
 * 赔偿: 'triple' = 退一赔三 (消费者权益保护法第五十五条, at least 500 yuan), 'tenfold' = 价款十倍
 * (食品安全法第一百四十八条, at least 1,000 yuan), 'amount' = a sum the person states.
 */
export type CompensationKind = 'none' | 'triple' | 'tenfold' | 'amount';

/**
 * 诉求, structured so each paper can word it in its own way (a complaint asks, a civil suit claims).
 * Free text the person adds lives in CaseRecord.demand.
 */
export interface CaseClaims {
  /** 退还/返还 this amount (fen); null = no refund asked. */
  refundFen: number | null;
  /** 解除合同 (or 撤销交易). */
  rescind: boolean;
  compensation: CompensationKind;
  /** Only for compensation 'amount'; null otherwise. */
  compensationFen: number | null;
  /** 资金占用期间的利息 (from the payment until repaid). */
  interest: boolean;
}

export const NO_CLAIMS: CaseClaims = {
  refundFen: null,
  rescind: false,
  compensation: 'none',
  compensationFen: null,
  interest: false,
};

export interface CaseRecord {
  id: number;
  title: string;
  /** Route id from the rule pack (templates/rules/routes.json). */
  route: string;
  status: CaseStatus;
  /** Money got back so far (fen): set with status partly-recovered / recovered. */
  recoveredFen: number;
  /** 涉案商品或服务: the goods or service bought, e.g. "iPhone 15 Pro 256G". */
  item: string;
  narrative: string;
  /** 诉求 in structured form. */
  claims: CaseClaims;
  /** Any further 诉求 in the person's own words. */
  demand: string;
  /** Where it happened, for a police report (city/district). */
  place: string;
  createdAt: string;
  updatedAt: string;
  /** When the case went to the 回收站; null for a live case. */
  deletedAt: string | null;
  /** Bumped on every edit of the case's own fields; update calls may pass it to detect a lost update. */
  revision: number;
}

export type AccountType = 'bank' | 'alipay' | 'wechat' | 'other';
export const ACCOUNT_TYPES = ['bank', 'alipay', 'wechat', 'other'] as const;

/** An account that received money: what a police report lists per 被报案人 and per transfer. */
export interface ReceivingAccount {
  type: AccountType;
  /** Bank card number (digits), Alipay account (phone/e-mail), WeChat 商户号 or 微信号… */
  number: string;
  /** 开户行, for a bank card. */
  bank?: string;
  /** 户名 / 实名, when known. */
  holder?: string;
}

export type CounterpartyKind = 'merchant' | 'person' | 'unknown';

/** The other side: a merchant or a person. Lists hold every identifier collected. */
export interface Counterparty {
  id: number;
  caseId: number;
  name: string;
  kind: CounterpartyKind;
  /** 统一社会信用代码 (18 characters, GB 32100) — needed for a 12315 complaint. */
  creditCode: string;
  /** Nicknames on WeChat or on the platform where the shop lives (闲鱼昵称, 店铺名…). */
  wechatNicknames: string[];
  /** 微信号 (not the nickname). */
  wechatIds: string[];
  phones: string[];
  /** Receiving accounts (structured since schema 2; before, plain strings). */
  accounts: ReceivingAccount[];
  /** 住所 / 经营地址. */
  address: string;
  /** Where the shop or person was met: 闲鱼, 淘宝, 抖音, an app's name… */
  platform: string;
  /** Web addresses and app links (shop page, listing). */
  urls: string[];
  note: string;
  /** Bumped on every edit; update calls may pass it to detect a lost update. */
  revision: number;
}

/** Every field of a counterparty but its name, empty: what a new or placeholder party starts from. */
export const EMPTY_COUNTERPARTY: Omit<Counterparty, 'id' | 'caseId' | 'revision' | 'name'> = {
  kind: 'unknown',
  creditCode: '',
  wechatNicknames: [],
  wechatIds: [],
  phones: [],
  accounts: [],
  urls: [],
  address: '',
  platform: '',
  note: '',
};

export interface Payment {
  id: number;
  caseId: number;
  source: PaymentSource;
  /** 交易单号 (text; 28–32 digits for WeChat, never a number). */
  txid: string;
  /** 商户单号; null when the bill has none. */
  merchantOrderId: string | null;
  /** ISO 8601 with offset, e.g. 2025-05-18T12:00:00+08:00. */
  time: string;
  amountFen: number;
  direction: Direction;
  type: string;
  /** 付款方式: the paying account as the bill names it, e.g. "招商银行储蓄卡(1234)" or 零钱. */
  method: string;
  /** The account that received this payment (bank card, 微信号, 商户号…): the police report lists it per transfer. */
  receivingAccount: string;
  status: string;
  refundedFen: number | null;
  counterparty: string;
  counterpartyId: number | null;
  note: string;
  /** The evidence item holding the bill export this row came from, and the row in it. */
  billEvidenceId: number | null;
  billRow: number | null;
  createdAt: string;
  /** Bumped on every edit; update calls may pass it to detect a lost update. */
  revision: number;
}

export interface EvidenceItem {
  id: number;
  caseId: number;
  /** Evidence kind id from the rule pack (templates/rules/evidence-kinds.json). */
  kind: string;
  title: string;
  description: string;
  /** When the content was captured (EXIF for photos, else file modification time), with offset. */
  capturedAt: string | null;
  capturedAtSource: 'exif' | 'file-mtime' | 'user' | null;
  originalName: string;
  fileModifiedAt: string | null;
  size: number;
  /** Sniffed from the content, not the file name. */
  mime: string;
  sha256: string;
  addedAt: string;
  paymentIds: number[];
  /** Present when the file was added through a symbolic link: the link's path and the real file's. */
  symlink?: { path: string; target: string };
}

export interface TimelineEvent {
  id: number;
  caseId: number;
  /** YYYY-MM-DD, or a full ISO time with offset. */
  date: string;
  text: string;
  /** A reference number: complaint number, police receipt number, tracking number… */
  ref: string;
  kind: 'contact' | 'complaint' | 'police' | 'refund' | 'other';
  createdAt: string;
  /** Bumped on every edit; update calls may pass it to detect a lost update. */
  revision: number;
}

export interface GeneratedDocument {
  id: number;
  caseId: number;
  kind: string;
  sha256: string;
  /** Path of the PDF as written; may have moved since. */
  path: string;
  bundlePath: string | null;
  pages: number;
  createdAt: string;
}

export interface AuditEntry {
  seq: number;
  at: string;
  action: string;
  caseId: number | null;
  subject: string;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

/**
 * Everything known about one case, as the rules engine and the document writers read it.
 * Built by the vault (db/queries/caseSnapshot.ts); pure data.
 */
export interface CaseSnapshot {
  case: CaseRecord;
  profile: Profile;
  counterparties: Counterparty[];
  payments: Payment[];
  evidence: EvidenceItem[];
  events: TimelineEvent[];
  documents: GeneratedDocument[];
}

/** Counts and sums of a case's rows, computed by the vault so a page need not fetch every row. */
export interface CaseTotals {
  payments: number;
  evidence: number;
  /** Sum of the expense payments, in fen. */
  expenseFen: number;
  /** Sum of the income (refund) payments, in fen. */
  incomeFen: number;
}

/**
 * A case without its long lists: what the case page shows first. Payments and evidence (tens of
 * thousands of rows after a whole bill is imported) are read a page at a time with payment.list and
 * evidence.list.
 */
export interface CaseOverview extends Omit<CaseSnapshot, 'payments' | 'evidence' | 'profile'> {
  totals: CaseTotals;
}

/** A window into a list: rows [offset, offset + limit), all rows when limit is absent. */
export interface ListWindow {
  offset?: number;
  limit?: number;
}

/** Text in both languages the app speaks; zh-CN first. */
export interface LocalizedText {
  zh: string;
  en: string;
}
