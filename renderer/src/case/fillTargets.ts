/**
 * Which form fills a missing checklist item (or a blank a paper would carry): every fact the rules
 * ask for maps to the screen where it is entered, so 还缺什么 and 生成材料 can offer "现在填写".
 * Evidence kinds go to the evidence tab. A fact this table does not know yet returns null (the item
 * then shows how to get it, without a button), so a new fact in the rule pack never breaks the page.
 */
import type { RequirementType } from '../../../core/rules/types.ts';

export type CaseField = 'title' | 'narrative' | 'place' | 'demand' | 'claims' | 'item' | 'status';
export type CounterpartyField =
  'name' | 'identifiers' | 'creditCode' | 'kind' | 'address' | 'accounts' | 'platform';
export type PaymentField = 'method' | 'receivingAccount';
export type ProfileField =
  'name' | 'idNumber' | 'phone' | 'address' | 'ethnicity' | 'employer' | 'residence' | 'email';

export type FillTarget =
  | { form: 'case'; focus: CaseField }
  /** partyId: the party to edit; -1 adds one; absent: the case's first party (or a new one). */
  | { form: 'counterparty'; focus: CounterpartyField; partyId?: number }
  /** paymentId: edit that payment (focus its field); absent: add a new payment. */
  | { form: 'payment'; paymentId?: number; focus?: PaymentField }
  | { form: 'evidence'; kind?: string }
  | { form: 'profile'; focus?: ProfileField };

const FACTS: Record<string, FillTarget> = {
  txid: { form: 'payment' },
  amount: { form: 'payment' },
  time: { form: 'payment' },
  counterparty: { form: 'counterparty', focus: 'name' },
  'counterparty-identifiers': { form: 'counterparty', focus: 'identifiers' },
  'merchant-name': { form: 'counterparty', focus: 'name' },
  'merchant-credit-code': { form: 'counterparty', focus: 'creditCode' },
  'reporter-identity': { form: 'profile' },
  narrative: { form: 'case', focus: 'narrative' },
  'complaint-description': { form: 'case', focus: 'narrative' },
  demand: { form: 'case', focus: 'demand' },
  place: { form: 'case', focus: 'place' },
  item: { form: 'case', focus: 'item' },
  'image-voucher': { form: 'evidence' },
  'route-evidence': { form: 'evidence' },
};

export function fillTarget(item: { kind: string; type: RequirementType }): FillTarget | null {
  if (item.type === 'evidence') return { form: 'evidence', kind: item.kind };
  return FACTS[item.kind] ?? null;
}

const CASE_FIELDS: Record<string, CaseField> = {
  title: 'title',
  narrative: 'narrative',
  place: 'place',
  demand: 'demand',
  claims: 'claims',
  item: 'item',
  status: 'status',
};
const PARTY_FIELDS: Record<string, CounterpartyField> = {
  name: 'name',
  kind: 'kind',
  creditCode: 'creditCode',
  address: 'address',
  platform: 'platform',
  accounts: 'accounts',
  wechatIds: 'identifiers',
  phones: 'identifiers',
  wechatNicknames: 'identifiers',
  urls: 'identifiers',
};
const PROFILE_FIELDS = new Set<string>([
  'name',
  'idNumber',
  'phone',
  'address',
  'ethnicity',
  'employer',
  'residence',
  'email',
]);

/**
 * The form for a blank a paper will carry (dossier.checklist's `field`): `profile.ethnicity`,
 * `case.item`, `counterparty:3.address`, `counterparty.new`, `payment:7.method`, `payment.new`,
 * `payment.method` (the paying account of a payment not named: the first payment); null = a pen.
 */
export function blankTarget(field: string | null, firstPaymentId?: number): FillTarget | null {
  if (!field) return null;
  const m = /^(profile|case|counterparty|payment)(?::(\d+))?\.(\w+)$/.exec(field);
  if (!m) return null;
  const [, domain, idText, name] = m as unknown as [string, string, string | undefined, string];
  const id = idText === undefined ? undefined : Number(idText);
  switch (domain) {
    case 'profile':
      return PROFILE_FIELDS.has(name)
        ? { form: 'profile', focus: name as ProfileField }
        : { form: 'profile' };
    case 'case':
      return CASE_FIELDS[name] ? { form: 'case', focus: CASE_FIELDS[name] } : null;
    case 'counterparty':
      if (name === 'new') return { form: 'counterparty', focus: 'name', partyId: -1 };
      return { form: 'counterparty', focus: PARTY_FIELDS[name] ?? 'name', ...(id ? { partyId: id } : {}) };
    case 'payment': {
      if (name === 'new') return { form: 'payment' };
      const focus: PaymentField | undefined =
        name === 'method' || name === 'receivingAccount' ? name : undefined;
      const paymentId = id ?? firstPaymentId;
      if (paymentId === undefined) return { form: 'payment' };
      return { form: 'payment', paymentId, ...(focus ? { focus } : {}) };
    }
  }
  return null;
}
