/**
 * 报案材料 (DOMAIN.md §3.2): title 关于XX涉嫌诈骗的报案材料 and the station (a blank the person fills);
 * 报案人 with 性别 and 出生日期 from the ID number, 民族 and 工作单位; 被报案人 with every identifier
 * collected; the facts as a dated timeline; each transfer with its paying and its receiving account;
 * the loss; the requests (立案侦查, 追回损失, 紧急止付/冻结 of every account that received money);
 * the evidence list; signature and date. Nothing addressed to the person (tips, hotlines) is printed.
 */
import { blankFor } from '../blanks.ts';
import { paymentsWithoutReceiver, receivingAccountOf, receivingAccounts } from '../caseFacts.ts';
import type { DossierContext } from '../context.ts';
import { beijingTime, fill, yuanSign, yuanWord } from '../format.ts';
import { evidenceIndexSection } from '../sections/evidenceIndex.ts';
import { counterpartyBlocks, counterpartyDisplayName, headingFor, personBlock } from '../sections/parties.ts';
import { signatureLines } from '../sections/signature.ts';
import { timelineSection } from '../sections/timeline.ts';
import { lossFen, sortedPayments } from '../sections/transactions.ts';
import { SIZE } from '../typesetter.ts';
import { policeWording } from '../wording.ts';
import { documentHead } from './documentHead.ts';

export function policeReportTitle(ctx: Pick<DossierContext, 'snapshot'>): string {
  const w = policeWording();
  return fill(w.title, {
    suspect: counterpartyDisplayName(ctx.snapshot.counterparties[0]) || w.suspectFallback,
  });
}

/**
 * Each outgoing payment as a block of its own — time and amount, 交易单号, the account it left from
 * and the account it reached — in body type, so every identifier stands whole on one line and can be
 * read out or copied.
 */
export function transfersBlocks(ctx: DossierContext): void {
  const w = policeWording();
  const c = w.transferColumns;
  const f = ctx.common.fields;
  const payments = sortedPayments(ctx.snapshot.payments).filter((p) => p.direction === 'expense');
  if (!payments.length) {
    ctx.ts.paragraph(
      fill(ctx.common.transactions.noPayments, {
        blank: blankFor(ctx, f['txid'] ?? '交易单号', 'payment.new'),
      }),
      { indent: false },
    );
    return;
  }
  payments.forEach((p, i) => {
    ctx.ts.ensure(5 * ctx.ts.lineHeight(SIZE.body));
    ctx.ts.paragraph(
      fill(w.transferHead, { n: i + 1, time: beijingTime(p.time), amount: yuanSign(p.amountFen) }),
      { indent: false, bold: true, gapAfter: 1 },
    );
    ctx.ts.field(c.txid ?? '', p.txid);
    ctx.ts.field(
      c.paying ?? '',
      p.method.trim() || blankFor(ctx, f['payingAccount'] ?? '付款账户', `payment:${p.id}.method`),
    );
    ctx.ts.field(
      c.receiving ?? '',
      receivingAccountOf(ctx.snapshot, p) ||
        blankFor(ctx, f['receivingAccount'] ?? '收款账户', `payment:${p.id}.receivingAccount`),
    );
    ctx.ts.spacer(4);
  });
}

export function policeReportBody(ctx: DossierContext): void {
  const w = policeWording();
  const { ts, snapshot } = ctx;
  const s = w.sections;
  documentHead(ctx, policeReportTitle(ctx));
  // The station with jurisdiction is the person's to name (the 核对单 says which one to choose).
  blankFor(ctx, ctx.common.fields['station'] ?? '派出所', null);
  ts.paragraph(w.addresseeBlank, { indent: false, gapAfter: 6 });

  ts.heading(s.reporter ?? '');
  personBlock(ctx, ['name', 'gender', 'birthDate', 'ethnicity', 'idNumber', 'employer', 'address', 'phone']);

  ts.heading(s.suspects ?? '');
  counterpartyBlocks(
    ctx,
    (cp) => [
      'counterpartyName',
      'counterpartyKind',
      ...(cp.kind === 'merchant' ? (['creditCode'] as const) : []),
      'wechatNicknames',
      'wechatIds',
      'phones',
      'accounts',
      'platform',
      'urls',
      'note',
    ],
    headingFor(w.suspectHeading),
  );

  ts.heading(s.facts ?? '');
  const place = snapshot.case.place.trim();
  const placeText = place || blankFor(ctx, ctx.common.fields['place'] ?? '发生地点', 'case.place');
  ts.paragraph(fill(w.factsIntro, { place: placeText }));
  for (const p of snapshot.case.narrative.split(/\n+/).filter((x) => x.trim())) ts.paragraph(p.trim());
  ts.subheading(s.timeline ?? '');
  timelineSection(ctx, true);
  ts.subheading(s.transfers ?? '');
  transfersBlocks(ctx);
  ts.subheading(s.loss ?? '');
  const loss = lossFen(snapshot.payments);
  const outgoing = snapshot.payments.filter((p) => p.direction === 'expense').length;
  ts.paragraph(fill(w.lossTotal, { amount: `${yuanSign(loss)}（${yuanWord(loss)}）`, count: outgoing }));
  const recovered = snapshot.case.recoveredFen ?? 0;
  if (recovered > 0)
    ts.paragraph(
      fill(w.lossRecovered, {
        recovered: yuanSign(recovered),
        remaining: yuanSign(Math.max(0, loss - recovered)),
      }),
    );

  ts.heading(s.requests ?? '');
  // Every account that received money of this case, and a blank for each transfer whose receiving
  // account is still unknown — never an account that merely appears on the counterparty.
  const label = ctx.common.fields['receivingAccount'] ?? '收款账户';
  const order = sortedPayments(snapshot.payments).filter((p) => p.direction === 'expense');
  const accounts =
    [
      ...receivingAccounts(snapshot).map((r) =>
        fill(w.accountReceived, { account: r.account, amount: yuanSign(r.amountFen) }),
      ),
      ...paymentsWithoutReceiver(snapshot).map((p) =>
        fill(w.accountReceived, {
          account: `第${order.indexOf(p) + 1}笔转账的${blankFor(ctx, label, `payment:${p.id}.receivingAccount`)}`,
          amount: yuanSign(p.amountFen),
        }),
      ),
    ].join('；') || blankFor(ctx, label, 'payment.new');
  const remaining = Math.max(0, loss - recovered);
  ts.numbered(w.requests.map((r) => fill(r, { amount: yuanSign(remaining), accounts })));
  ts.paragraph(w.closing);

  ts.heading(s.evidenceIndex ?? '');
  evidenceIndexSection(ctx, w.evidenceIndexColumns);
  signatureLines(ctx, w.signerRole);
}
