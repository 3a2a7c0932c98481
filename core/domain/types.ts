/**
 * Domain records as the core hands them to every host (CLI, Electron, browser mode).
 * Pure types: safe to import from the renderer with `import type`.
 *
 * Conventions (DOMAIN.md §5): money is integer fen; times are ISO 8601 strings WITH their zone
 * offset (bill times are Beijing time, +08:00); ids from bills are text, never numbers.
 */

export type Direction = 'expense' | 'income' | 'neutral';
export type PaymentSource = 'manual' | 'bill';
export type CaseStatus = 'open' | 'submitted' | 'resolved' | 'closed';

/** The person filing: reused by every case. Any field may still be empty. */
export interface Profile {
  name: string;
  idNumber: string;
  phone: string;
  address: string;
  updatedAt: string | null;
}

export interface CaseRecord {
  id: number;
  title: string;
  /** Route id from the rule pack (templates/rules/routes.json). */
  route: string;
  status: CaseStatus;
  narrative: string;
  demand: string;
  /** Where it happened, for a police report (city/district). */
  place: string;
  createdAt: string;
  updatedAt: string;
}

/** The other side: a merchant or a person. Lists hold every identifier collected. */
export interface Counterparty {
  id: number;
  caseId: number;
  name: string;
  kind: 'merchant' | 'person' | 'unknown';
  /** 统一社会信用代码 (18 characters) — needed for a 12315 complaint. */
  creditCode: string;
  wechatNicknames: string[];
  wechatIds: string[];
  phones: string[];
  /** Receiving accounts: bank cards, Alipay accounts, WeChat merchant numbers. */
  accounts: string[];
  urls: string[];
  note: string;
}

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
  method: string;
  status: string;
  refundedFen: number | null;
  counterparty: string;
  counterpartyId: number | null;
  note: string;
  /** The evidence item holding the bill export this row came from, and the row in it. */
  billEvidenceId: number | null;
  billRow: number | null;
  createdAt: string;
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
