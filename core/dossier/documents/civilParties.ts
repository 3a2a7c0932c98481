/** 当事人信息 of the civil form: 原告, 委托诉讼代理人, 送达地址, 被告 (person or company) and 第三人, as the form's cells. */
import type { Counterparty } from '../../domain/types.ts';
import { blankCell, blankFor } from '../blanks.ts';
import type { DossierContext } from '../context.ts';
import { fill } from '../format.ts';
import { chineseDay, counterpartiesOrEmpty, personValue } from '../sections/parties.ts';
import { type CivilWording } from '../wording.ts';
import { bare, marks, tick, elementTable, type Row } from './civilCells.ts';

function plaintiffCell(ctx: DossierContext, w: CivilWording): string {
  const p = ctx.snapshot.profile;
  const f = ctx.common.fields;
  const label = (k: string): string => f[k] ?? k;
  const values = {
    name: bare(ctx, p.name, label('name'), 'profile.name'),
    male: tick(w, p.gender === 'male'),
    female: tick(w, p.gender === 'female'),
    // 性别 and 出生日期 are read from the ID number; without it both stay open, recorded once.
    birthDate: p.birthDate ? chineseDay(p.birthDate) : blankCell(ctx, label('birthDate'), 'profile.idNumber'),
    ethnicity: bare(ctx, p.ethnicity, label('ethnicity'), 'profile.ethnicity'),
    employer: bare(ctx, p.employer, label('employer'), 'profile.employer'),
    position: '',
    phone: bare(ctx, p.phone, label('phone'), 'profile.phone'),
    address: bare(ctx, p.address, label('address'), 'profile.address'),
    residence:
      p.residence.trim() ||
      (p.address.trim() ? '同住所地' : blankCell(ctx, label('residence'), 'profile.residence')),
    idType: ctx.common.idTypes['resident'] ?? '',
    idNumber: bare(ctx, p.idNumber, label('idNumber'), 'profile.idNumber'),
  };
  if (!p.gender) blankFor(ctx, label('gender'), 'profile.idNumber');
  return w.personLines.map((l) => fill(l, values)).join('\n');
}

/** The 类型 the name itself states (a 有限公司 is a 有限责任公司 under 公司法); nothing else is guessed. */
function orgType(w: CivilWording, name: string): string {
  return w.orgTypeFromName.find((r) => new RegExp(r.pattern).test(name))?.type ?? '';
}

function defendantCell(ctx: DossierContext, w: CivilWording, cp: Counterparty): string {
  if (cp.kind === 'merchant') {
    const type = orgType(w, cp.name);
    const at = (k: string): string => (cp.id ? `counterparty:${cp.id}.${k}` : 'counterparty.new');
    const f = ctx.common.fields;
    const values = {
      name: bare(ctx, cp.name, f['counterpartyName'] ?? '名称', at('name')),
      address: bare(ctx, cp.address, f['addressCp'] ?? '住所地', at('address')),
      registered: '',
      // Not kept by the vault: the business licence or the 国家企业信用信息公示系统 shows it.
      representative: blankCell(ctx, f['legalRepresentative'] ?? '法定代表人', null),
      position: '',
      phone: cp.phones.filter((x) => x.trim()).join('、'),
      creditCode: bare(ctx, cp.creditCode, f['creditCode'] ?? '统一社会信用代码', at('creditCode')),
      types: w.orgTypes.map((row) => row.map((t) => `${t}${tick(w, t === type)}`).join('　')).join('\n'),
      stateOwned: w.unchecked,
      stateControl: w.unchecked,
      stateShare: w.unchecked,
      private: w.unchecked,
      other: w.unchecked,
    };
    return w.merchantLines.map((l) => fill(l, values)).join('\n');
  }
  const at = (k: string): string => (cp.id ? `counterparty:${cp.id}.${k}` : 'counterparty.new');
  const values = {
    name: bare(ctx, cp.name, ctx.common.fields['counterpartyName'] ?? '姓名', at('name')),
    male: w.unchecked,
    female: w.unchecked,
    birthDate: '',
    ethnicity: '',
    employer: '',
    position: '',
    phone: cp.phones.filter((x) => x.trim()).join('、'),
    address: bare(ctx, cp.address, ctx.common.fields['addressCp'] ?? '住所地', at('address')),
    residence: '',
    idType: '',
    idNumber: '',
  };
  // 民事诉讼法 第124条: the 被告's 性别 is stated; the person learns it from the police or the platform.
  blankFor(ctx, `被告${ctx.common.fields['gender'] ?? '性别'}`, null);
  return w.personLines.map((l) => fill(l, values)).join('\n');
}

export function partiesSection(ctx: DossierContext, w: CivilWording): void {
  const { ts } = ctx;
  const m = marks(w);
  const p = ctx.snapshot.profile;
  const l = w.labels;
  ts.heading(w.sections.parties ?? '');
  const rows: Row[] = [
    [l['plaintiff'] ?? '', plaintiffCell(ctx, w)],
    [l['agent'] ?? '', fill(w.agentValue, m)],
    [
      l['service'] ?? '',
      fill(w.serviceValue, {
        address: p.residence.trim() || personValue(ctx, 'address'),
        name: personValue(ctx, 'name'),
        phone: personValue(ctx, 'phone'),
      }),
    ],
    [
      l['electronic'] ?? '',
      fill(w.electronicValue, { ...m, phone: p.phone.trim() || '____', email: p.email.trim() || '____' }),
    ],
  ];
  const list = counterpartiesOrEmpty(ctx);
  list.forEach((cp, i) => {
    const label = cp.kind === 'merchant' ? l['defendantMerchant'] : l['defendantPerson'];
    rows.push([fill(label ?? '', { n: list.length > 1 ? String(i + 1) : '' }), defendantCell(ctx, w, cp)]);
  });
  rows.push([l['thirdParty'] ?? '', w.thirdPartyNone]);
  elementTable(ctx, rows);
}
