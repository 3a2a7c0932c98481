/**
 * Which form fills a missing checklist item (or a blank a paper would carry): every fact the rules
 * ask for maps to the screen where it is entered, so 还缺什么 and 生成材料 can offer "现在填写".
 * Evidence kinds go to the evidence tab. A fact this table does not know yet returns null (the item
 * then shows how to get it, without a button), so a new fact in the rule pack never breaks the page.
 */
import type { RequirementType } from '../../../core/rules/types.ts';

export type CaseField = 'title' | 'narrative' | 'place' | 'demand' | 'item' | 'status';
export type CounterpartyField = 'name' | 'identifiers' | 'creditCode' | 'kind';

export type FillTarget =
  | { form: 'case'; focus: CaseField }
  | { form: 'counterparty'; focus: CounterpartyField }
  | { form: 'payment' }
  | { form: 'evidence'; kind?: string }
  | { form: 'profile' };

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
