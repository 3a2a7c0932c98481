/**
 * The people in a document: the person filing (报案人 / 投诉人 / 原告) from the profile, and the other
 * side (被报案人 / 被投诉人 / 被告) with every identifier collected. Empty facts print as blanks.
 */
import type { Counterparty } from '../../domain/types.ts';
import type { DossierContext } from '../context.ts';
import { accountText } from '../../input/accounts.ts';
import { fill, listOrBlank, orBlank } from '../format.ts';

export type PersonField = 'name' | 'idNumber' | 'phone' | 'address';
export type CounterpartyField =
  | 'counterpartyName'
  | 'counterpartyKind'
  | 'creditCode'
  | 'wechatNicknames'
  | 'wechatIds'
  | 'phones'
  | 'accounts'
  | 'urls'
  | 'address'
  | 'legalRepresentative'
  | 'note';

const ALL_PERSON: PersonField[] = ['name', 'idNumber', 'phone', 'address'];

export function personBlock(ctx: DossierContext, fields: readonly PersonField[] = ALL_PERSON): void {
  const f = ctx.common.fields;
  const p = ctx.snapshot.profile;
  for (const field of fields) ctx.ts.field(f[field] ?? field, orBlank(p[field], f[field] ?? field));
}

function counterpartyValue(ctx: DossierContext, cp: Counterparty, field: CounterpartyField): string {
  const f = ctx.common.fields;
  const label = f[field] ?? field;
  switch (field) {
    case 'counterpartyName':
      return orBlank(cp.name, label);
    case 'counterpartyKind':
      return ctx.common.counterpartyKinds[cp.kind];
    case 'creditCode':
      return orBlank(cp.creditCode, label);
    case 'wechatNicknames':
    case 'wechatIds':
    case 'phones':
    case 'urls':
      return listOrBlank(cp[field], label);
    case 'accounts':
      return listOrBlank(
        cp.accounts.map((a) => accountText(a)),
        label,
      );
    case 'address':
      return orBlank(cp.address, label);
    case 'legalRepresentative':
      // Not collected by the vault yet: always a blank to fill by hand.
      return orBlank('', label);
    case 'note':
      return cp.note.trim() || ctx.common.none;
  }
}

/** One block per counterparty; with none recorded, one block of blanks so nothing is silently missing. */
export function counterpartyBlocks(
  ctx: DossierContext,
  fieldsFor: readonly CounterpartyField[] | ((cp: Counterparty) => readonly CounterpartyField[]),
  heading?: (n: number, cp: Counterparty) => string,
): void {
  const list: Counterparty[] = ctx.snapshot.counterparties.length
    ? ctx.snapshot.counterparties
    : [emptyCounterparty(ctx.snapshot.case.id)];
  list.forEach((cp, i) => {
    if (heading && list.length > 1) ctx.ts.subheading(heading(i + 1, cp));
    const fields = typeof fieldsFor === 'function' ? fieldsFor(cp) : fieldsFor;
    for (const field of fields)
      ctx.ts.field(ctx.common.fields[field] ?? field, counterpartyValue(ctx, cp, field));
    if (i < list.length - 1) ctx.ts.spacer(6);
  });
}

export function emptyCounterparty(caseId: number): Counterparty {
  return {
    id: 0,
    caseId,
    name: '',
    kind: 'unknown',
    creditCode: '',
    wechatNicknames: [],
    wechatIds: [],
    phones: [],
    accounts: [],
    urls: [],
    address: '',
    platform: '',
    revision: 1,
    note: '',
  };
}

/** The name a title uses for the other side: name, else first nickname, else first WeChat id. */
export function counterpartyDisplayName(cp: Counterparty | undefined): string {
  if (!cp) return '';
  return cp.name.trim() || cp.wechatNicknames[0]?.trim() || cp.wechatIds[0]?.trim() || '';
}

export function headingFor(template: string): (n: number) => string {
  return (n) => fill(template, { n });
}
