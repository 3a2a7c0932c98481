/**
 * 报案材料 (DOMAIN.md §3.2): title 关于XX涉嫌诈骗的报案材料 and addressee; 报案人; 被报案人 with every
 * identifier collected; the facts as a dated timeline with each transfer; the loss; the requests
 * (立案侦查, 追回损失, 紧急止付/冻结); the evidence list; signature and date.
 */
import { accountText } from '../../input/accounts.ts';
import type { DossierContext } from '../context.ts';
import { fill, listOrBlank, orBlank, yuanSign, yuanWord } from '../format.ts';
import { evidenceIndexSection } from '../sections/evidenceIndex.ts';
import { counterpartyBlocks, counterpartyDisplayName, headingFor, personBlock } from '../sections/parties.ts';
import { signatureLines } from '../sections/signature.ts';
import { timelineSection } from '../sections/timeline.ts';
import { lossFen, transactionsTable } from '../sections/transactions.ts';
import { SIZE } from '../typesetter.ts';
import { policeWording } from '../wording.ts';
import { documentHead } from './documentHead.ts';

export function policeReportTitle(ctx: Pick<DossierContext, 'snapshot'>): string {
  const w = policeWording();
  return fill(w.title, {
    suspect: counterpartyDisplayName(ctx.snapshot.counterparties[0]) || w.suspectFallback,
  });
}

export function policeReportBody(ctx: DossierContext): void {
  const w = policeWording();
  const { ts, snapshot } = ctx;
  const s = w.sections;
  documentHead(ctx, policeReportTitle(ctx));
  const place = snapshot.case.place.trim();
  ts.paragraph(place ? fill(w.addressee, { place }) : w.addresseeBlank, { indent: false, gapAfter: 6 });

  ts.heading(s.reporter ?? '');
  personBlock(ctx);

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
      'urls',
      'note',
    ],
    headingFor(w.suspectHeading),
  );

  ts.heading(s.facts ?? '');
  ts.paragraph(fill(w.factsIntro, { place: orBlank(place, ctx.common.fields.place ?? '') }));
  for (const p of snapshot.case.narrative.split(/\n+/).filter((x) => x.trim())) ts.paragraph(p.trim());
  ts.subheading(s.timeline ?? '');
  timelineSection(ctx, true);
  ts.subheading(s.transfers ?? '');
  transactionsTable(ctx);
  ts.subheading(s.loss ?? '');
  const loss = lossFen(snapshot.payments);
  const outgoing = snapshot.payments.filter((p) => p.direction === 'expense').length;
  ts.paragraph(fill(w.lossTotal, { amount: `${yuanSign(loss)}（${yuanWord(loss)}）`, count: outgoing }));

  ts.heading(s.requests ?? '');
  const accounts = listOrBlank(
    snapshot.counterparties.flatMap((c) => c.accounts.map((a) => accountText(a))),
    ctx.common.fields.accounts ?? '',
  );
  ts.numbered(w.requests.map((r) => fill(r, { amount: yuanSign(loss), accounts })));
  ts.paragraph(w.closing);
  ts.paragraph(w.hotline, { indent: false, size: SIZE.caption, gapAfter: 6 });

  ts.heading(s.evidenceIndex ?? '');
  evidenceIndexSection(ctx, w.evidenceIndexColumns);
  signatureLines(ctx, w.signerRole);
}
