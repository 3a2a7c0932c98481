/**
 * Identifiers read from a screenshot, set against one counterparty record: which are already on it,
 * and the `counterparty.update` patch that adds one. Pure (tested without a browser).
 */
import type { FoundIdentifiers } from '../../../core/ocr/identifiers.ts';
import type { Counterparty } from '../../../core/domain/types.ts';
import type { MethodInput } from '../../../core/api/contract.ts';

export type IdentifierKind = 'wechatId' | 'phone' | 'bankCard' | 'creditCode';

export interface Proposal {
  kind: IdentifierKind;
  value: string;
  /** Already on the record (nothing to add). */
  present: boolean;
  /** The record holds another 统一社会信用代码, which accepting would replace. */
  replaces?: string;
}

export function proposals(found: FoundIdentifiers, party: Counterparty | undefined): Proposal[] {
  const out: Proposal[] = [];
  for (const value of found.wechatIds)
    out.push({ kind: 'wechatId', value, present: party?.wechatIds.includes(value) ?? false });
  for (const value of found.phones)
    out.push({ kind: 'phone', value, present: party?.phones.includes(value) ?? false });
  for (const value of found.bankCards)
    out.push({
      kind: 'bankCard',
      value,
      present: party?.accounts.some((a) => a.number === value) ?? false,
    });
  for (const value of found.creditCodes) {
    const held = party?.creditCode ?? '';
    out.push({
      kind: 'creditCode',
      value,
      present: held === value,
      ...(held && held !== value ? { replaces: held } : {}),
    });
  }
  return out;
}

/** The update that adds one identifier, against the revision shown (a changed record is refused). */
export function acceptPatch(party: Counterparty, p: Proposal): MethodInput<'counterparty.update'> {
  const base = { id: party.id, revision: party.revision };
  switch (p.kind) {
    case 'wechatId':
      return { ...base, patch: { wechatIds: [...party.wechatIds, p.value] } };
    case 'phone':
      return { ...base, patch: { phones: [...party.phones, p.value] } };
    case 'bankCard':
      return { ...base, patch: { accounts: [...party.accounts, { type: 'bank', number: p.value }] } };
    case 'creditCode':
      return { ...base, patch: { creditCode: p.value } };
  }
}
