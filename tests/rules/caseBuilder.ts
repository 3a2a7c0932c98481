/**
 * Builds case snapshots for the rule tests from a list of "givens": `evidence:<kind>` adds one item
 * of that kind; `fact:<name>` sets exactly the field that fact reads and nothing else, so dropping one
 * given takes away one requirement (unless the rule genuinely depends on it twice).
 */
import type {
  CaseSnapshot,
  Counterparty,
  EvidenceItem,
  Payment,
  TimelineEvent,
} from '../../core/domain/types.ts';
import { caseRecord, counterpartyRecord, profileRecord } from '../helpers/records.ts';

export type Given = `evidence:${string}` | `fact:${string}`;

export const TXID = '4200002345202505181234567890';
export const CREDIT_CODE = '91310000MA1FL0XX1Y';
export const PAYMENT_TIME = '2025-05-18T12:00:00+08:00';

export interface BuildOptions {
  route: string;
  givens?: readonly Given[];
  amountFen?: number;
  paymentTime?: string;
  events?: Array<Pick<TimelineEvent, 'date' | 'kind'> & Partial<TimelineEvent>>;
  counterpartyKind?: Counterparty['kind'];
  narrative?: string;
}

const counterparty = counterpartyRecord;

export function evidence(id: number, kind: string, mime = 'application/pdf'): EvidenceItem {
  return {
    id,
    caseId: 1,
    kind,
    title: `${kind} ${id}`,
    description: '',
    capturedAt: null,
    capturedAtSource: null,
    originalName: `${kind}-${id}`,
    fileModifiedAt: null,
    size: 1000,
    mime,
    sha256: String(id).padStart(64, '0'),
    addedAt: '2025-05-19T09:00:00+08:00',
    paymentIds: [],
  };
}

export function payment(id: number, patch: Partial<Payment> = {}): Payment {
  return {
    id,
    caseId: 1,
    source: 'manual',
    txid: TXID,
    merchantOrderId: null,
    time: PAYMENT_TIME,
    amountFen: 1_000_000,
    direction: 'expense',
    type: '商户消费',
    method: '零钱',
    receivingAccount: '',
    revision: 1,
    status: '支付成功',
    refundedFen: null,
    counterparty: '',
    counterpartyId: null,
    note: '',
    billEvidenceId: null,
    billRow: null,
    createdAt: '2025-05-19T09:00:00+08:00',
    ...patch,
  };
}

export function buildCase(o: BuildOptions): CaseSnapshot {
  const has = new Set(o.givens ?? []);
  const f = (name: string): boolean => has.has(`fact:${name}`);
  const evidenceItems: EvidenceItem[] = [];
  for (const g of has)
    if (g.startsWith('evidence:')) evidenceItems.push(evidence(evidenceItems.length + 1, g.slice(9)));
  if (f('image-voucher')) evidenceItems.push(evidence(evidenceItems.length + 1, 'other', 'image/png'));

  const paymentFacts = f('txid') || f('amount') || f('time') || f('counterparty');
  const payments = paymentFacts
    ? [
        payment(1, {
          txid: f('txid') ? TXID : '',
          amountFen: f('amount') ? (o.amountFen ?? 1_000_000) : 0,
          time: f('time') ? (o.paymentTime ?? PAYMENT_TIME) : '',
          counterparty: f('counterparty') ? '某某旗舰店' : '',
        }),
      ]
    : [];
  const kind = o.counterpartyKind ?? 'unknown';
  const counterparties: Counterparty[] = [];
  if (f('merchant-name'))
    counterparties.push(
      counterparty(1, { name: '上海某某贸易有限公司', kind: o.counterpartyKind ?? 'merchant' }),
    );
  if (f('merchant-credit-code'))
    counterparties.push(counterparty(2, { creditCode: CREDIT_CODE, kind: o.counterpartyKind ?? 'merchant' }));
  if (f('counterparty-identifiers'))
    counterparties.push(counterparty(3, { wechatIds: ['wxid_scam123'], kind }));

  const full = f('reporter-identity');
  const text = o.narrative ?? '2025年5月18日对方以代购为名让我转账，收款后拉黑。';
  return {
    case: caseRecord({
      route: o.route,
      narrative: f('narrative') || f('complaint-description') ? text : '',
      demand: f('demand') ? '退还货款' : '',
      place: f('place') ? '上海市浦东新区' : '',
    }),
    profile: profileRecord({
      name: full ? '张三' : '',
      idNumber: full ? '110101199003070000' : '',
      phone: full ? '13800000000' : '',
      address: full ? '上海市浦东新区某路1号' : '',
    }),
    counterparties,
    payments,
    evidence: evidenceItems,
    events: (o.events ?? []).map((e, i) => ({
      id: i + 1,
      caseId: 1,
      text: '',
      ref: '',
      createdAt: e.date,
      revision: 1,
      ...e,
    })),
    documents: [],
  };
}
