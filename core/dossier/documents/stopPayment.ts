/**
 * 紧急止付信息表: one page for a fresh fraud, to read out on 110 / 96110 or hand over at the desk.
 * Every transfer with the account that received it, amount, time and 交易单号; the accounts to stop
 * (each with what it received); the person's own paying account; the other side's identifiers.
 */
import { listOrBlankFor } from '../blanks.ts';
import { payingAccounts, receivingAccounts } from '../caseFacts.ts';
import type { DossierContext } from '../context.ts';
import { fill, yuanSign } from '../format.ts';
import { personValue } from '../sections/parties.ts';
import { signatureLines } from '../sections/signature.ts';
import { sortedPayments } from '../sections/transactions.ts';
import { stopPaymentWording } from '../wording.ts';
import { documentHead } from './documentHead.ts';
import { transfersBlocks } from './policeReport.ts';

export function stopPaymentTitle(): string {
  return stopPaymentWording().title;
}

export function stopPaymentBody(ctx: DossierContext): void {
  const w = stopPaymentWording();
  const { ts, snapshot } = ctx;
  const f = ctx.common.fields;
  documentHead(ctx, w.title);
  ts.paragraph(w.intro, { indent: false });

  ts.heading(w.sections.reporter ?? '', { bookmark: false });
  ts.field(f['name'] ?? '', personValue(ctx, 'name'));
  ts.field(f['phone'] ?? '', personValue(ctx, 'phone'));
  ts.field(
    f['payingAccount'] ?? '',
    listOrBlankFor(ctx, payingAccounts(snapshot), f['payingAccount'] ?? '付款账户', 'payment.method'),
  );

  ts.heading(w.sections.transfers ?? '', { bookmark: false });
  const payments = sortedPayments(snapshot.payments).filter((p) => p.direction === 'expense');
  transfersBlocks(ctx);
  if (payments.length) {
    const total = payments.reduce((sum, p) => sum + p.amountFen, 0);
    ts.paragraph(fill(w.total, { amount: yuanSign(total), count: payments.length }), {
      indent: false,
      bold: true,
    });
  }

  ts.heading(w.sections.accounts ?? '', { bookmark: false });
  const received = receivingAccounts(snapshot);
  if (received.length)
    ts.numbered(
      received.map((r) => `${r.account}　收款 ${yuanSign(r.amountFen)}（${r.payments.length} 笔）`),
    );
  else ts.paragraph(w.noAccount, { indent: false });

  ts.heading(w.sections.other ?? '', { bookmark: false });
  for (const cp of snapshot.counterparties)
    ts.paragraph(
      fill(w.otherIdentifiers, {
        name: cp.name || ctx.common.none,
        wechatIds: cp.wechatIds.join('、') || ctx.common.none,
        nicknames: cp.wechatNicknames.join('、') || ctx.common.none,
        phones: cp.phones.join('、') || ctx.common.none,
      }),
      { indent: false },
    );
  // One page: the signature goes beside the last lines rather than onto a page of its own.
  signatureLines(ctx, w.signerRole, 6);
}
