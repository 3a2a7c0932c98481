/**
 * 民事起诉状（买卖合同纠纷）laid out as the 要素式 示范文本 (法〔2024〕46号; re-issued by 法〔2025〕82号,
 * the 买卖合同纠纷 form at pages 71-76 of the official PDF): 说明 and ★特别提示★; 当事人信息 as
 * label / lines cells (原告 with 出生日期, 民族, 职务, 证件; 委托诉讼代理人; 送达地址 and 电子送达; 被告 with
 * 注册地, 类型 and 所有制性质; 第三人); 诉讼请求 items 1-10 (a buyer fills 3, 4 and the common 5-10);
 * 约定管辖和诉前保全; 事实与理由 items 1-25; 对纠纷解决方式的意愿; 具状人 and 日期; 此致 and the 副本 line;
 * then the 证据目录 (证据规定 第19条). √ chosen, □ not — the form asks for a tick.
 */
import type { Counterparty } from '../../domain/types.ts';
import { blankCell, blankFor } from '../blanks.ts';
import { disputed, payingAccounts } from '../caseFacts.ts';
import { civilClaims, civilTheory, type CivilClaims } from '../civilClaims.ts';
import { claimAmounts } from '../claims.ts';
import type { DossierContext } from '../context.ts';
import { beijingTime, chineseDate, eventTime, fill, yuanSign } from '../format.ts';
import { evidenceIndexSection } from '../sections/evidenceIndex.ts';
import { chineseDay, counterpartiesOrEmpty, counterpartyValue, personValue } from '../sections/parties.ts';
import { sortedPayments } from '../sections/transactions.ts';
import { drawTable } from '../table.ts';
import { SIZE } from '../typesetter.ts';
import { civilWording, type CivilWording } from '../wording.ts';
import { documentHead } from './documentHead.ts';

export function civilSuitTitle(): string {
  return civilWording().title;
}

type Row = [string, string];
type Marks = { yes: string; no: string };

function marks(w: CivilWording): Marks {
  return { yes: w.checked, no: w.unchecked };
}

const tick = (w: CivilWording, on: boolean): string => (on ? w.checked : w.unchecked);

function elementTable(ctx: DossierContext, rows: readonly Row[]): void {
  const w = civilWording();
  drawTable(
    ctx.ts,
    [
      { header: w.columns.element, weight: 1 },
      { header: w.columns.content, weight: 3.2 },
    ],
    rows.map(([a, b]) => [a, b]),
    { size: SIZE.table, header: false },
  );
}

/** The value, or a bare recorded blank: the form's own label already says what goes there. */
function bare(ctx: DossierContext, value: string, label: string, field: string | null): string {
  return value.trim() || blankCell(ctx, label, field);
}

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

function partiesSection(ctx: DossierContext, w: CivilWording): void {
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

function claimRows(ctx: DossierContext, w: CivilWording, c: CivilClaims, order: string): Row[] {
  const i = w.claimItems;
  const v = w.claimValues;
  const m = marks(w);
  const a = claimAmounts(ctx.snapshot);
  const has = (key: string): boolean => c.claims.some((x) => x.key === key);
  const compensation = c.claims.find((x) => x.key === 'compensation');
  // Item 9 holds what the form has no item of its own for: 返还, 利息, 撤销, 增加赔偿, the person's own.
  const others = c.claims.filter((x) => !['rescind', 'costs', 'compensation'].includes(x.key));
  return [
    [i['price'] ?? '', v['none'] ?? ''],
    [i['priceInterest'] ?? '', v['none'] ?? ''],
    [
      i['loss'] ?? '',
      compensation && a.compensationFen
        ? fill(v['loss'] ?? '', {
            amount: yuanSign(a.compensationFen),
            late: w.unchecked,
            non: tick(w, ctx.snapshot.case.route === 'not-received'),
            other: tick(w, ctx.snapshot.case.route !== 'not-received'),
            detail: ctx.snapshot.case.narrative.trim().split(/\n+/)[0] ?? '',
            basis: compensation.basis,
          })
        : (v['none'] ?? ''),
    ],
    [i['defect'] ?? '', fill(v['defect'] ?? '', { ...m, answerNo: w.checked })],
    [
      i['perform'] ?? '',
      fill(v['perform'] ?? '', {
        ...m,
        rescind: tick(w, has('rescind')),
        order: has('rescind') ? fill(v['performOrder'] ?? '', { order }) : '',
      }),
    ],
    [i['security'] ?? '', fill(v['security'] ?? '', m)],
    [i['enforcementCosts'] ?? '', fill(v['enforcementCosts'] ?? '', m)],
    [
      i['courtFees'] ?? '',
      fill(v['courtFees'] ?? '', { yes: tick(w, has('costs')), no: tick(w, !has('costs')) }),
    ],
    [
      i['other'] ?? '',
      others.length ? others.map((x, n) => `（${n + 1}）${x.text}`).join('\n') : (v['none'] ?? ''),
    ],
    [
      i['total'] ?? '',
      fill(v['total'] ?? '', {
        amount: yuanSign(c.totalFen),
        interestNote: c.interest ? (v['totalInterest'] ?? '') : '',
      }),
    ],
  ];
}

function factRows(ctx: DossierContext, w: CivilWording, c: CivilClaims): Row[] {
  const f = w.facts;
  const m = marks(w);
  const { snapshot } = ctx;
  const d = disputed(snapshot);
  const a = claimAmounts(snapshot);
  const payments = sortedPayments(snapshot.payments).filter((p) => p.direction === 'expense');
  const first = payments[0];
  const seller = counterpartiesOrEmpty(ctx)[0] as Counterparty;
  const theory = civilTheory(snapshot);
  const blankTxid = (): string => blankFor(ctx, '交易单号', 'payment.new');
  const orders = payments.map((p) => p.merchantOrderId).filter((x): x is string => !!x);
  const urged = snapshot.events.filter((e) => e.kind === 'contact' || e.kind === 'complaint');

  const performance: string[] = payments.map((p) =>
    fill(f['performancePaid'] ?? '', {
      time: beijingTime(p.time),
      amount: yuanSign(p.amountFen),
      txid: p.txid,
    }),
  );
  if (!payments.length) performance.push(blankTxid());
  if (theory === 'duplicate')
    for (const p of d.payments)
      performance.push(
        fill(f['performanceDuplicate'] ?? '', {
          time: beijingTime(p.time),
          amount: yuanSign(p.amountFen),
          txid: p.txid,
        }),
      );
  else if (theory === 'revoke') performance.push(f['performanceFraud'] ?? '');
  else if (snapshot.case.route === 'not-received') performance.push(f['performanceNotDelivered'] ?? '');
  else performance.push(f['performanceOther'] ?? '');
  const refunded = payments.reduce((s, p) => s + (p.refundedFen ?? 0), 0) + (snapshot.case.recoveredFen ?? 0);
  if (refunded > 0) performance.push(fill(f['performanceRefunded'] ?? '', { amount: yuanSign(refunded) }));

  const notDelivered = snapshot.case.route === 'not-received' || theory === 'revoke';
  const interest = c.claims.find((x) => x.key === 'interestPrepaid' || x.key === 'interestLoss');
  const firstPaid = d.payments[0]?.time.slice(0, 10);
  const method = [
    interest
      ? fill(f['interestMethod'] ?? '', {
          amount: yuanSign(d.fen),
          from: firstPaid ? chineseDay(firstPaid) : '付款之日',
        })
      : '',
    a.compensationFen ? fill(f['compensationMethod'] ?? '', { amount: yuanSign(a.compensationFen) }) : '',
  ]
    .filter(Boolean)
    .join('；');
  // Each article once, with what it supports, in the order the claims stand.
  const byBasis = new Map<string, string[]>();
  for (const x of c.claims) {
    if (!x.basis) continue;
    const purpose = w.basisPurpose[x.key] ?? '';
    const list = byBasis.get(x.basis) ?? [];
    if (purpose && !list.includes(purpose)) list.push(purpose);
    byBasis.set(x.basis, list);
  }
  const articles = [...byBasis.entries()]
    .map(([basis, purposes]) => (purposes.length ? `${basis}（${purposes.join('、')}）` : basis))
    .join('；');
  const personIds =
    seller.kind === 'person' ? [...seller.wechatIds, ...seller.wechatNicknames].filter((x) => x.trim()) : [];
  const other = [
    snapshot.case.narrative.trim(),
    personIds.length ? fill(f['otherIdentifiers'] ?? '', { ids: personIds.join('；') }) : '',
  ].filter(Boolean);
  const yesNo = fill(f['yesNo'] ?? '', m);

  return [
    [
      f['signing'] ?? '',
      fill(f['signingValue'] ?? '', {
        platform: seller.platform.trim() ? `在${seller.platform.trim()}上的` : '',
        orders: orders.join('、') || ctx.common.none,
        txids: payments.map((p) => p.txid).join('、') || blankTxid(),
        time: first ? beijingTime(first.time) : blankFor(ctx, '付款时间', 'payment.new'),
      }),
    ],
    [
      f['parties'] ?? '',
      fill(f['partiesValue'] ?? '', {
        seller: counterpartyValue(ctx, seller, 'counterpartyName'),
        buyer: personValue(ctx, 'name'),
      }),
    ],
    [
      f['subject'] ?? '',
      fill(f['subjectValue'] ?? '', {
        item: bare(ctx, snapshot.case.item, ctx.common.fields['item'] ?? '商品/服务', 'case.item'),
      }),
    ],
    [
      f['price'] ?? '',
      fill(f['priceValue'] ?? '', {
        ...m,
        amount: yuanSign(payments.reduce((s, p) => s + p.amountFen, 0)),
        paying:
          payingAccounts(snapshot).join('、') ||
          blankFor(ctx, ctx.common.fields['payingAccount'] ?? '付款账户', 'payment.method'),
      }),
    ],
    [
      f['delivery'] ?? '',
      fill(f['deliveryValue'] ?? '', {
        place: snapshot.profile.residence.trim() || personValue(ctx, 'address', '收货地点'),
      }),
    ],
    [f['quality'] ?? '', ''],
    [f['penalty'] ?? '', fill(f['penaltyValue'] ?? '', m)],
    [f['performance'] ?? '', performance.join('\n')],
    [
      f['delay'] ?? '',
      notDelivered && first
        ? fill(f['delayYes'] ?? '', { ...m, from: beijingTime(first.time).slice(0, 10) })
        : fill(f['delayUnknown'] ?? '', m),
    ],
    [
      f['urged'] ?? '',
      urged.length
        ? fill(f['urgedYes'] ?? '', {
            ...m,
            events: urged
              .map((e) => `${eventTime(e.date)} ${e.text}${e.ref ? `（${e.ref}）` : ''}`)
              .join('；'),
          })
        : fill(f['urgedNo'] ?? '', m),
    ],
    [
      f['qualityDispute'] ?? '',
      notDelivered ? fill(f['qualityDisputeNone'] ?? '', m) : fill(f['qualityDisputeUnknown'] ?? '', m),
    ],
    [
      f['nonconformity'] ?? '',
      notDelivered || theory === 'duplicate'
        ? fill(f['nonconformityYes'] ?? '', {
            ...m,
            detail: theory === 'duplicate' ? (f['duplicateDetail'] ?? '') : (f['notDeliveredDetail'] ?? ''),
          })
        : fill(f['nonconformityUnknown'] ?? '', m),
    ],
    [f['negotiated'] ?? '', fill(f['negotiatedValue'] ?? '', m)],
    [f['terminationNotice'] ?? '', fill(f['terminationNoticeValue'] ?? '', m)],
    [
      f['amountsDue'] ?? '',
      fill(f['amountsDueValue'] ?? '', {
        ...m,
        interest: tick(w, !!interest),
        compensation: tick(w, !!a.compensationFen),
        method: method || ctx.common.none,
      }),
    ],
    [f['collateral'] ?? '', yesNo],
    [f['guarantorItem'] ?? '', f['guarantorValue'] ?? ''],
    [f['maxGuarantee'] ?? '', yesNo],
    [f['registration'] ?? '', yesNo],
    [f['guaranteeContract'] ?? '', yesNo],
    [f['guaranteeType'] ?? '', fill(f['guaranteeTypeValue'] ?? '', m)],
    [f['otherGuarantee'] ?? '', yesNo],
    [f['basis'] ?? '', fill(f['basisValue'] ?? '', { articles })],
    [f['other'] ?? '', other.join('\n') || f['otherNone'] || ''],
    [f['evidence'] ?? '', fill(f['evidenceValue'] ?? '', { count: ctx.exhibits.length })],
  ];
}

function mediationRows(w: CivilWording): Row[] {
  const m = marks(w);
  const med = w.mediation;
  const choice = fill(w.mediationBenefitChoice, m);
  return [
    [med['know'] ?? '', fill(med['knowValue'] ?? '', m)],
    [med['benefits'] ?? '', w.mediationBenefits.map((b) => `${b}\n${choice}`).join('\n')],
    [med['consider'] ?? '', fill(med['considerValue'] ?? '', m)],
  ];
}

export function civilSuitBody(ctx: DossierContext): void {
  const w = civilWording();
  const { ts, snapshot } = ctx;
  const m = marks(w);
  documentHead(ctx, w.title, w.subtitle);
  // The form's own 说明 and 特别提示, as printed at its head.
  for (const [n, line] of w.notice.entries())
    ts.paragraph(line, {
      indent: false,
      size: SIZE.caption,
      bold: n === 0 || line.startsWith('★'),
      gapAfter: 0,
    });
  ts.spacer(4);
  partiesSection(ctx, w);

  const payments = sortedPayments(snapshot.payments).filter((p) => p.direction === 'expense');
  const order =
    payments.map((p) => p.merchantOrderId || p.txid).join('、') || blankFor(ctx, '订单号', 'payment.new');
  const claims = civilClaims(snapshot, w, order);
  ts.heading(w.sections.claims ?? '');
  ts.paragraph(w.claimsNote, { indent: false, size: SIZE.caption });
  elementTable(ctx, claimRows(ctx, w, claims, order));

  ts.heading(w.sections.jurisdiction ?? '');
  const j = w.jurisdiction;
  elementTable(ctx, [
    [j['agreement'] ?? '', fill(j['agreementValue'] ?? '', m)],
    [j['preservation'] ?? '', fill(j['preservationValue'] ?? '', m)],
  ]);

  ts.heading(w.sections.facts ?? '');
  ts.paragraph(w.factsNote, { indent: false, size: SIZE.caption });
  elementTable(ctx, factRows(ctx, w, claims));

  ts.heading(w.sections.mediation ?? '');
  elementTable(ctx, mediationRows(w));

  // 此致 and the court, the signature and date, and the 副本 line belong together on one page.
  ts.ensure(7 * ts.lineHeight(SIZE.body) + 10);
  ts.spacer(8);
  ts.paragraph(w.to);
  blankFor(ctx, ctx.common.fields['court'] ?? '受诉人民法院', null);
  ts.paragraph(w.courtBlank, { indent: false });
  ts.spacer(6);
  ts.rightBlock([fill(w.signer, { blank: ctx.common.blank }), fill(w.date, { date: chineseDate(ctx.at) })]);
  ts.spacer(10);
  ts.paragraph(
    fill(w.copies, { copies: Math.max(1, snapshot.counterparties.length), count: ctx.exhibits.length }),
    { indent: false },
  );

  ts.newPage();
  ts.title(w.sections.evidenceIndex ?? '', false);
  ts.outline.addItem(w.sections.evidenceIndex ?? '');
  ts.paragraph(fill(w.evidenceIndexIntro, { submitter: personValue(ctx, 'name') }), { indent: false });
  evidenceIndexSection(ctx, w.evidenceIndexColumns);
  ts.spacer(10);
  ts.paragraph(w.evidenceIndexSigner, { indent: false, align: 'right' });
}
