/**
 * The people in a document: the person filing (报案人 / 投诉人 / 原告) from the profile, and the other
 * side (被报案人 / 被投诉人 / 被告) with every identifier collected. Empty facts print as blanks, each
 * recorded with the field it maps to (blanks.ts) so the 核对单 can send the person to fill it.
 */
import type { Counterparty } from '../../domain/types.ts';
import { EMPTY_COUNTERPARTY } from '../../domain/types.ts';
import { blankFor, listOrBlankFor, valueOrBlank } from '../blanks.ts';
import { accountText } from '../../input/accounts.ts';
import type { DossierContext } from '../context.ts';
import { fill } from '../format.ts';

export type PersonField =
  | 'name'
  | 'gender'
  | 'birthDate'
  | 'ethnicity'
  | 'idNumber'
  | 'employer'
  | 'address'
  | 'residence'
  | 'phone'
  | 'email';
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
  | 'platform'
  | 'legalRepresentative'
  | 'note';

/** One profile fact as printed, or its blank. 性别 and 出生日期 come from the ID number. */
export function personValue(ctx: DossierContext, field: PersonField, label?: string): string {
  const f = ctx.common.fields;
  const p = ctx.snapshot.profile;
  const name = label ?? f[field] ?? field;
  switch (field) {
    case 'gender':
      return p.gender ? ctx.common.genders[p.gender] : blankFor(ctx, name, 'profile.idNumber');
    case 'birthDate':
      return p.birthDate ? chineseDay(p.birthDate) : blankFor(ctx, name, 'profile.idNumber');
    default:
      return valueOrBlank(ctx, p[field], name, `profile.${field}`);
  }
}

/** 1990-03-07 → 1990年03月07日. */
export function chineseDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${y}年${m}月${d}日`;
}

export function personBlock(ctx: DossierContext, fields: readonly PersonField[]): void {
  for (const field of fields) ctx.ts.field(ctx.common.fields[field] ?? field, personValue(ctx, field));
}

export function counterpartyValue(
  ctx: DossierContext,
  cp: Counterparty,
  field: CounterpartyField,
  labelOverride?: string,
): string {
  const f = ctx.common.fields;
  const label = labelOverride ?? (field === 'address' ? f['addressCp'] : f[field]) ?? field;
  const at = (name: string): string | null => (cp.id ? `counterparty:${cp.id}.${name}` : 'counterparty.new');
  switch (field) {
    case 'counterpartyName':
      return valueOrBlank(ctx, cp.name, label, at('name'));
    case 'counterpartyKind':
      return ctx.common.counterpartyKinds[cp.kind];
    case 'creditCode':
      return valueOrBlank(ctx, cp.creditCode, label, at('creditCode'));
    case 'accounts':
      return listOrBlankFor(
        ctx,
        cp.accounts.map((a) => accountText(a)),
        label,
        at('accounts'),
      );
    case 'wechatNicknames':
    case 'wechatIds':
    case 'phones':
    case 'urls':
      return listOrBlankFor(ctx, cp[field], label, at(field));
    case 'address':
      return valueOrBlank(ctx, cp.address, label, at('address'));
    case 'platform':
      return valueOrBlank(ctx, cp.platform, label, at('platform'));
    case 'legalRepresentative':
      // Not kept by the vault: the business licence or the 国家企业信用信息公示系统 shows it.
      return blankFor(ctx, label, null);
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
  const list = counterpartiesOrEmpty(ctx);
  list.forEach((cp, i) => {
    if (heading && list.length > 1) ctx.ts.subheading(heading(i + 1, cp));
    const fields = typeof fieldsFor === 'function' ? fieldsFor(cp) : fieldsFor;
    for (const field of fields)
      ctx.ts.field(
        (field === 'address' ? ctx.common.fields['addressCp'] : ctx.common.fields[field]) ?? field,
        counterpartyValue(ctx, cp, field),
      );
    if (i < list.length - 1) ctx.ts.spacer(6);
  });
}

export function counterpartiesOrEmpty(ctx: DossierContext): Counterparty[] {
  return ctx.snapshot.counterparties.length
    ? ctx.snapshot.counterparties
    : [emptyCounterparty(ctx.snapshot.case.id)];
}

export function emptyCounterparty(caseId: number): Counterparty {
  return { id: 0, caseId, name: '', revision: 0, ...EMPTY_COUNTERPARTY };
}

/** The name a title uses for the other side: name, else first nickname, else first WeChat id. */
export function counterpartyDisplayName(cp: Counterparty | undefined): string {
  if (!cp) return '';
  return cp.name.trim() || cp.wechatNicknames[0]?.trim() || cp.wechatIds[0]?.trim() || '';
}

export function headingFor(template: string): (n: number) => string {
  return (n) => fill(template, { n });
}
