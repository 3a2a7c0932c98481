/**
 * 12315 投诉书 (DOMAIN.md §3.2): the merchant's full name and 统一社会信用代码, the purchase with its
 * voucher, the problem, a specific demand, the evidence list.
 */
import type { DossierContext } from '../context.ts';
import { fill } from '../format.ts';
import { evidenceIndexSection } from '../sections/evidenceIndex.ts';
import { counterpartyBlocks, headingFor, personBlock } from '../sections/parties.ts';
import { signatureLines } from '../sections/signature.ts';
import { timelineSection } from '../sections/timeline.ts';
import { transactionsTable } from '../sections/transactions.ts';
import { SIZE } from '../typesetter.ts';
import { complaint12315Wording } from '../wording.ts';
import { documentHead } from './documentHead.ts';

export function complaint12315Title(): string {
  return complaint12315Wording().title;
}

export function complaint12315Body(ctx: DossierContext): void {
  const w = complaint12315Wording();
  const { ts, snapshot } = ctx;
  const s = w.sections;
  documentHead(ctx, w.title);
  const place = snapshot.case.place.trim();
  ts.paragraph(place ? fill(w.addressee, { place }) : w.addresseeBlank, { indent: false, gapAfter: 6 });

  ts.heading(s.complainant ?? '');
  personBlock(ctx);

  ts.heading(s.respondent ?? '');
  counterpartyBlocks(
    ctx,
    ['counterpartyName', 'creditCode', 'address', 'phones', 'urls'],
    headingFor(w.respondentHeading),
  );

  ts.heading(s.purchase ?? '');
  const item = snapshot.payments.map((p) => p.note.trim()).find(Boolean) ?? w.itemFallback;
  ts.paragraph(fill(w.purchaseIntro, { item }));
  transactionsTable(ctx);

  ts.heading(s.problem ?? '');
  for (const p of snapshot.case.narrative.split(/\n+/).filter((x) => x.trim())) ts.paragraph(p.trim());
  timelineSection(ctx, false);

  ts.heading(s.demand ?? '');
  ts.paragraph(snapshot.case.demand.trim() || w.demandFallback);
  ts.paragraph(w.notes, { indent: false, size: SIZE.caption, gapAfter: 6 });

  ts.heading(s.evidenceIndex ?? '');
  evidenceIndexSection(ctx, w.evidenceIndexColumns);
  signatureLines(ctx, w.signerRole);
}
