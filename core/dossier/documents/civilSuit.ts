/**
 * 民事起诉状（买卖合同纠纷）in the element style of the 示范文本 (法〔2024〕46号, applied by all courts
 * since 2025-01-01, extended by 法〔2025〕82号): 当事人信息 (原告 with 出生日期, 民族, 证件, 住所地 and
 * 经常居住地; 委托诉讼代理人; 送达地址确认 and 电子送达; 被告), 诉讼请求和依据 with 标的总额, 约定管辖和
 * 诉讼保全, 事实与理由 element by element, 调解意愿, 此致 …人民法院, signature, date and the 副本 line;
 * then the 证据目录 (证据规定 第19条) with 提交人 signature and date blanks. ■ chosen, □ not.
 */
import type { Counterparty } from '../../domain/types.ts';
import { blankFor, valueOrBlank } from '../blanks.ts';
import { disputed, payingAccounts } from '../caseFacts.ts';
import { civilClaims, civilTheory } from '../civilClaims.ts';
import type { DossierContext } from '../context.ts';
import { beijingTime, eventTime, fill, yuanSign } from '../format.ts';
import { evidenceIndexSection } from '../sections/evidenceIndex.ts';
import { counterpartiesOrEmpty, counterpartyValue, personValue } from '../sections/parties.ts';
import { signatureLines } from '../sections/signature.ts';
import { sortedPayments } from '../sections/transactions.ts';
import { drawTable } from '../table.ts';
import { SIZE } from '../typesetter.ts';
import { civilWording, type CivilWording } from '../wording.ts';
import { documentHead } from './documentHead.ts';

export function civilSuitTitle(): string {
  return civilWording().title;
}

type Row = [string, string];

function marks(w: CivilWording): { yes: string; no: string } {
  return { yes: w.checked, no: w.unchecked };
}

function elementTable(ctx: DossierContext, rows: readonly Row[]): void {
  const w = civilWording();
  drawTable(
    ctx.ts,
    [
      { header: w.columns.element, weight: 1 },
      { header: w.columns.content, weight: 2.7 },
    ],
    rows.map(([a, b]) => [a, b]),
    { size: SIZE.table, header: false },
  );
}

function plaintiffRows(ctx: DossierContext, w: CivilWording): Row[] {
  const f = w.personFields;
  const p = ctx.snapshot.profile;
  const gender = p.gender
    ? fill(w.genderChoice, {
        male: p.gender === 'male' ? w.checked : w.unchecked,
        female: p.gender === 'female' ? w.checked : w.unchecked,
      })
    : personValue(ctx, 'gender', f['gender']);
  return [
    [f['name'] ?? '', personValue(ctx, 'name', f['name'])],
    [f['gender'] ?? '', gender],
    [f['birthDate'] ?? '', personValue(ctx, 'birthDate', f['birthDate'])],
    [f['ethnicity'] ?? '', personValue(ctx, 'ethnicity', f['ethnicity'])],
    [f['employer'] ?? '', personValue(ctx, 'employer', f['employer'])],
    [f['phone'] ?? '', personValue(ctx, 'phone', f['phone'])],
    [f['address'] ?? '', personValue(ctx, 'address', f['address'])],
    [
      f['residence'] ?? '',
      p.residence.trim() || (p.address.trim() ? '同住所地' : personValue(ctx, 'residence', f['residence'])),
    ],
    [f['idType'] ?? '', ctx.common.idTypes['resident'] ?? ''],
    [f['idNumber'] ?? '', personValue(ctx, 'idNumber', f['idNumber'])],
  ];
}

function defendantRows(ctx: DossierContext, w: CivilWording, cp: Counterparty): Row[] {
  if (cp.kind === 'merchant') {
    const f = w.defendantMerchantFields;
    return [
      [f['name'] ?? '', counterpartyValue(ctx, cp, 'counterpartyName', f['name'])],
      [f['address'] ?? '', counterpartyValue(ctx, cp, 'address', f['address'])],
      [
        f['legalRepresentative'] ?? '',
        counterpartyValue(ctx, cp, 'legalRepresentative', f['legalRepresentative']),
      ],
      [f['phone'] ?? '', counterpartyValue(ctx, cp, 'phones', f['phone'])],
      [f['creditCode'] ?? '', counterpartyValue(ctx, cp, 'creditCode', f['creditCode'])],
      [f['platform'] ?? '', counterpartyValue(ctx, cp, 'platform', f['platform'])],
    ];
  }
  const f = w.personFields;
  const ids = [...cp.wechatIds, ...cp.wechatNicknames].filter((x) => x.trim());
  return [
    [f['name'] ?? '', counterpartyValue(ctx, cp, 'counterpartyName', f['name'])],
    [f['gender'] ?? '', blankFor(ctx, `被告${f['gender'] ?? ''}`, null)],
    [f['phone'] ?? '', counterpartyValue(ctx, cp, 'phones', f['phone'])],
    [f['address'] ?? '', counterpartyValue(ctx, cp, 'address', f['address'])],
    [f['wechat'] ?? '', ids.length ? ids.join('；') : counterpartyValue(ctx, cp, 'wechatIds', f['wechat'])],
  ];
}

function partiesSection(ctx: DossierContext, w: CivilWording): void {
  const { ts } = ctx;
  const m = marks(w);
  const p = ctx.snapshot.profile;
  ts.heading(w.sections.parties ?? '');
  ts.subheading(w.plaintiffHeading);
  elementTable(ctx, plaintiffRows(ctx, w));
  ts.subheading(w.agentHeading);
  elementTable(ctx, [[w.agentHeading, fill(w.agentNone, m)]]);
  ts.subheading(w.serviceHeading);
  const phone = p.phone.trim() || '__________';
  const email = p.email.trim() || '__________';
  elementTable(ctx, [
    [w.serviceAddress, `${p.residence.trim() || personValue(ctx, 'address')}\n${w.serviceNote}`],
    [w.serviceRecipient, personValue(ctx, 'name')],
    [w.servicePhone, personValue(ctx, 'phone')],
    [w.electronicService, fill(w.electronicServiceValue, { ...m, phone, email })],
  ]);
  const list = counterpartiesOrEmpty(ctx);
  list.forEach((cp, i) => {
    const heading = cp.kind === 'merchant' ? w.defendantMerchantHeading : w.defendantPersonHeading;
    ts.subheading(fill(heading, { n: list.length > 1 ? String(i + 1) : '' }));
    elementTable(ctx, defendantRows(ctx, w, cp));
  });
  elementTable(ctx, [[w.thirdParty, w.thirdPartyNone]]);
}

function claimsSection(ctx: DossierContext, w: CivilWording, order: string): void {
  const { ts } = ctx;
  ts.heading(w.sections.claims ?? '');
  const c = civilClaims(ctx.snapshot, w, order);
  const rows: Row[] = c.claims.map((claim, i) => [
    `${i + 1}.`,
    claim.basis ? `${claim.text}\n${fill(w.claimBasis, { basis: claim.basis })}` : claim.text,
  ]);
  rows.push([
    w.claimTotal,
    fill(w.claimTotalValue, {
      amount: yuanSign(c.totalFen),
      interestNote: c.interest ? w.claimTotalInterest : '',
    }),
  ]);
  const articles = [...new Set(c.claims.map((x) => x.basis).filter(Boolean))].join('；');
  rows.push([w.claimBasisRow, fill(w.claimBasisValue, { articles })]);
  elementTable(ctx, rows);
}

function factRows(ctx: DossierContext, w: CivilWording): Row[] {
  const f = w.facts;
  const m = marks(w);
  const { snapshot } = ctx;
  const d = disputed(snapshot);
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
        item: valueOrBlank(ctx, snapshot.case.item, ctx.common.fields['item'] ?? '商品/服务', 'case.item'),
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
    [f['quality'] ?? '', f['qualityValue'] ?? ''],
    [f['penalty'] ?? '', f['penaltyValue'] ?? ''],
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
    [f['other'] ?? '', snapshot.case.narrative.trim() || f['otherNone'] || ''],
    [f['evidence'] ?? '', fill(f['evidenceValue'] ?? '', { count: ctx.exhibits.length })],
  ];
}

export function civilSuitBody(ctx: DossierContext): void {
  const w = civilWording();
  const { ts, snapshot } = ctx;
  const m = marks(w);
  documentHead(ctx, w.title, w.subtitle);
  partiesSection(ctx, w);

  const payments = sortedPayments(snapshot.payments).filter((p) => p.direction === 'expense');
  const order =
    payments.map((p) => p.merchantOrderId || p.txid).join('、') || blankFor(ctx, '订单号', 'payment.new');
  claimsSection(ctx, w, order);

  ts.heading(w.sections.jurisdiction ?? '');
  const j = w.jurisdiction;
  elementTable(ctx, [
    [j['agreement'] ?? '', fill(j['agreementValue'] ?? '', m)],
    [j['preservation'] ?? '', fill(j['preservationValue'] ?? '', m)],
  ]);

  ts.heading(w.sections.facts ?? '');
  elementTable(ctx, factRows(ctx, w));

  ts.heading(w.sections.mediation ?? '');
  const med = w.mediation;
  elementTable(ctx, [
    [med['know'] ?? '', fill(med['knowValue'] ?? '', m)],
    [med['consider'] ?? '', fill(med['considerValue'] ?? '', m)],
  ]);

  // 此致, the court, the signature and the 副本 line belong together on one page.
  ts.ensure(8 * ts.lineHeight(SIZE.body) + 30);
  ts.spacer(8);
  ts.paragraph(w.to);
  blankFor(ctx, ctx.common.fields['court'] ?? '受诉人民法院', null);
  ts.paragraph(w.courtBlank, { indent: false });
  signatureLines(ctx, w.signerRole);
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
