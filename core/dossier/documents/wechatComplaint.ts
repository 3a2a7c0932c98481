/**
 * 微信支付投诉材料: what to type and upload in the WeChat Pay complaint form — who is complained
 * about with every identifier collected, the transactions, the
 * complaint reason, a ≤300-character description (count shown) and a full one, the vouchers to
 * upload in order, and the evidence index.
 */
import type { DossierContext } from '../context.ts';
import { blankFor } from '../blanks.ts';
import { charCount, fill } from '../format.ts';
import { complaintDemand } from '../claims.ts';
import { shortComplaintText, fullComplaintText } from '../complaintText.ts';
import { evidenceIndexSection, kindName } from '../sections/evidenceIndex.ts';
import { counterpartyBlocks, headingFor, personBlock } from '../sections/parties.ts';
import { signatureLines } from '../sections/signature.ts';
import { transactionsTable } from '../sections/transactions.ts';
import { SIZE } from '../typesetter.ts';
import { wechatWording } from '../wording.ts';
import { documentHead } from './documentHead.ts';

export function wechatComplaintTitle(): string {
  return wechatWording().title;
}

export function wechatComplaintBody(ctx: DossierContext): void {
  const w = wechatWording();
  const { ts } = ctx;
  const s = w.sections;
  documentHead(ctx, w.title, w.subtitle);

  ts.heading(s.complainant ?? '');
  // The form does not ask for the complainant's ID number or address: leave them out of this one.
  personBlock(ctx, ['name', 'phone']);

  ts.heading(s.respondent ?? '');
  // WeChat Pay knows a merchant by the transaction itself: its 微信号, accounts and links are printed
  // when recorded, but a merchant gets no blanks for them (a restaurant has no 微信号 to fill in).
  counterpartyBlocks(
    ctx,
    (cp) =>
      cp.kind === 'merchant'
        ? [
            'counterpartyName',
            'creditCode',
            ...(cp.wechatNicknames.length ? (['wechatNicknames'] as const) : []),
            ...(cp.wechatIds.length ? (['wechatIds'] as const) : []),
            'phones',
            ...(cp.accounts.length ? (['accounts'] as const) : []),
            ...(cp.urls.length ? (['urls'] as const) : []),
          ]
        : ['counterpartyName', 'wechatNicknames', 'wechatIds', 'phones', 'accounts', 'urls'],
    headingFor(w.respondentHeading),
  );

  ts.heading(s.transactions ?? '');
  transactionsTable(ctx);

  ts.heading(s.reason ?? '');
  ts.paragraph(w.reasons[ctx.snapshot.case.route] ?? blankFor(ctx, s.reason ?? '', null), { indent: false });

  const images = ctx.exhibits.filter((e) => e.drawable);
  if (!complaintDemand(ctx.snapshot)) blankFor(ctx, ctx.common.fields['demand'] ?? '诉求', 'case.claims');
  const short = shortComplaintText(ctx.snapshot, w, images.length, ctx.common.blank);
  ts.heading(s.shortText ?? '');
  ts.paragraph(short);
  ts.paragraph(fill(w.charCount, { count: charCount(short), limit: w.shortTextLimit }), {
    indent: false,
    align: 'right',
    size: SIZE.caption,
  });

  ts.heading(s.fullText ?? '');
  ts.paragraph(w.fullTextIntro, { indent: false, size: SIZE.caption });
  for (const p of fullComplaintText(ctx.snapshot, w, images.length, ctx.common.blank)) ts.paragraph(p);

  ts.heading(s.vouchers ?? '');
  if (images.length) {
    ts.paragraph(w.vouchersIntro, { indent: false });
    ts.numbered(
      images.map(
        (e) =>
          `${fill(ctx.common.evidenceIndex.exhibitLabel, { n: e.n })}　${kindName(e.item.kind)}：${e.item.title || e.item.originalName}`,
      ),
    );
  } else {
    ts.paragraph(w.vouchersNone, { indent: false });
  }

  ts.heading(s.evidenceIndex ?? '');
  evidenceIndexSection(ctx, w.evidenceIndexColumns);
  signatureLines(ctx, w.signerRole);
}
