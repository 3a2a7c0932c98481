/** 事实与理由 items 1-25 of the civil form, filled from the case's payments, events and claims. */
import type { Counterparty } from '../../domain/types.ts';
import { blankFor } from '../blanks.ts';
import { disputed, payingAccounts } from '../caseFacts.ts';
import { civilTheory, type CivilClaims } from '../civilClaims.ts';
import { claimAmounts } from '../claims.ts';
import type { DossierContext } from '../context.ts';
import { beijingTime, eventTime, fill, yuanSign } from '../format.ts';
import { chineseDay, counterpartiesOrEmpty, counterpartyValue, personValue } from '../sections/parties.ts';
import { sortedPayments } from '../sections/transactions.ts';
import { type CivilWording } from '../wording.ts';
import { bare, marks, tick, type Row } from './civilCells.ts';

export function factRows(ctx: DossierContext, w: CivilWording, c: CivilClaims): Row[] {
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
