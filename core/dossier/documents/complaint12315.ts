/**
 * 12315 投诉书 per 市场监督管理投诉举报处理暂行办法: addressed (第十二条) to the authority of the
 * respondent's place of registration, read from its 统一社会信用代码 (division.ts), else a blank the
 * 核对单 explains; 投诉人 with name, phone and address only (第九条 — the complaint is shown to the
 * merchant, so no ID number); 被投诉人 with name and address (第九条; 第十五条: not accepted without);
 * the purchase with its own item, the problem, the demand, the evidence list.
 */
import type { Counterparty } from '../../domain/types.ts';
import { blankFor, valueOrBlank } from '../blanks.ts';
import { complaintDemand } from '../claims.ts';
import type { DossierContext } from '../context.ts';
import { authorityFromCreditCode } from '../division.ts';
import { beijingTime, fill } from '../format.ts';
import { evidenceIndexSection } from '../sections/evidenceIndex.ts';
import { counterpartyBlocks, headingFor, personBlock } from '../sections/parties.ts';
import { signatureLines } from '../sections/signature.ts';
import { timelineSection } from '../sections/timeline.ts';
import { sortedPayments, transactionsTable } from '../sections/transactions.ts';
import { complaint12315Wording } from '../wording.ts';
import { documentHead } from './documentHead.ts';

export function complaint12315Title(): string {
  return complaint12315Wording().title;
}

/** The respondent whose registration decides the authority: the first merchant, else the first party. */
export function respondentOf(counterparties: readonly Counterparty[]): Counterparty | undefined {
  return counterparties.find((c) => c.kind === 'merchant') ?? counterparties[0];
}

export function complaint12315Body(ctx: DossierContext): void {
  const w = complaint12315Wording();
  const { ts, snapshot } = ctx;
  const s = w.sections;
  documentHead(ctx, w.title);
  const respondent = respondentOf(snapshot.counterparties);
  const authority = respondent ? authorityFromCreditCode(respondent.creditCode) : null;
  if (!authority)
    blankFor(ctx, '市场监督管理局', respondent?.id ? `counterparty:${respondent.id}.creditCode` : null);
  ts.paragraph(authority ? fill(w.addressee, { authority: authority.place }) : w.addresseeBlank, {
    indent: false,
    gapAfter: 6,
  });

  ts.heading(s.complainant ?? '');
  personBlock(ctx, ['name', 'phone', 'address']);

  ts.heading(s.respondent ?? '');
  counterpartyBlocks(
    ctx,
    ['counterpartyName', 'creditCode', 'address', 'phones', 'platform', 'urls'],
    headingFor(w.respondentHeading),
  );

  ts.heading(s.purchase ?? '');
  const first = sortedPayments(snapshot.payments).find((p) => p.direction === 'expense');
  const item = valueOrBlank(ctx, snapshot.case.item, ctx.common.fields['item'] ?? '商品/服务', 'case.item');
  ts.paragraph(
    fill(w.purchaseIntro, {
      time: first ? beijingTime(first.time) : blankFor(ctx, '交易时间', 'payment.new'),
      platform: respondent?.platform.trim() || w.platformFallback,
      item,
    }),
  );
  transactionsTable(ctx);

  ts.heading(s.problem ?? '');
  for (const p of snapshot.case.narrative.split(/\n+/).filter((x) => x.trim())) ts.paragraph(p.trim());
  timelineSection(ctx, false);

  ts.heading(s.demand ?? '');
  const demand = complaintDemand(snapshot);
  ts.paragraph(demand ? `${demand}。` : blankFor(ctx, ctx.common.fields['demand'] ?? '诉求', 'case.claims'));

  ts.heading(s.evidenceIndex ?? '');
  evidenceIndexSection(ctx, w.evidenceIndexColumns);
  signatureLines(ctx, w.signerRole);
}
