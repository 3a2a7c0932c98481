/**
 * 民事起诉状 draft (parties, numbered claims, facts and reasons, 此致 …人民法院, signature, date)
 * followed by its 证据目录 (序号, 证据名称, 来源, 证明目的, 页码, 原件/复印件) on a page of its own.
 */
import type { Counterparty } from '../../domain/types.ts';
import type { DossierContext } from '../context.ts';
import { blank, fill, yuanSign } from '../format.ts';
import { evidenceIndexSection } from '../sections/evidenceIndex.ts';
import { counterpartyBlocks, personBlock, type CounterpartyField } from '../sections/parties.ts';
import { signatureLines } from '../sections/signature.ts';
import { timelineSection } from '../sections/timeline.ts';
import { lossFen, transactionsTable } from '../sections/transactions.ts';
import { civilWording } from '../wording.ts';
import { documentHead } from './documentHead.ts';
import { SIZE } from '../typesetter.ts';

export function civilSuitTitle(): string {
  return civilWording().title;
}

function defendantFields(cp: Counterparty): CounterpartyField[] {
  return cp.kind === 'merchant'
    ? ['counterpartyName', 'creditCode', 'legalRepresentative', 'address', 'phones', 'wechatIds']
    : ['counterpartyName', 'address', 'phones', 'wechatIds', 'accounts'];
}

export function civilSuitBody(ctx: DossierContext): void {
  const w = civilWording();
  const { ts, snapshot } = ctx;
  const s = w.sections;
  documentHead(ctx, w.title, w.draftNote);

  ts.heading(s.plaintiff ?? '');
  personBlock(ctx, ['name']);
  ts.field(ctx.common.fields.gender ?? '', blank(ctx.common.fields.gender ?? ''));
  personBlock(ctx, ['idNumber', 'address', 'phone']);

  ts.heading(s.defendant ?? '');
  counterpartyBlocks(ctx, defendantFields, (n) => `${s.defendant ?? ''}${n}`);

  ts.heading(s.claims ?? '');
  const loss = lossFen(snapshot.payments);
  const claims = [fill(w.claims.refund, { amount: loss > 0 ? yuanSign(loss) : blank('金额') })];
  if (snapshot.case.demand.trim())
    claims.push(fill(w.claims.demand, { demand: snapshot.case.demand.trim().replace(/[。；;]$/, '') }));
  claims.push(w.claims.costs);
  ts.numbered(claims);

  ts.heading(s.factsAndReasons ?? '');
  ts.paragraph(w.factsIntro);
  for (const p of snapshot.case.narrative.split(/\n+/).filter((x) => x.trim())) ts.paragraph(p.trim());
  timelineSection(ctx, true);
  transactionsTable(ctx);
  ts.paragraph(w.reasons);

  ts.heading(s.evidence ?? '');
  ts.paragraph(fill(w.evidenceRef, { count: ctx.exhibits.length }));

  // 此致, the court and the signature belong together on one page.
  ts.ensure(6 * ts.lineHeight(SIZE.body) + 30);
  ts.spacer(8);
  ts.paragraph(w.to);
  ts.paragraph(w.courtBlank, { indent: false });
  signatureLines(ctx, w.signerRole);

  ts.newPage();
  ts.title(s.evidenceIndex ?? '', false);
  ts.outline.addItem(s.evidenceIndex ?? '');
  evidenceIndexSection(ctx, w.evidenceIndexColumns);
}
