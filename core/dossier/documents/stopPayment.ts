/**
 * 紧急止付信息表: one page for a fresh fraud, to read out on 110 / 96110 or hand over at the desk.
 * Every transfer in one ruled table — time, amount, 交易单号, the person's paying account and the
 * account that received it — in rows a few lines high, so about eight transfers fit one page with
 * every identifier whole on its own line; then the accounts to stop (each with what it received) and
 * the other side's identifiers. What does not fit continues on a page headed as a continuation.
 */
import { blankCell, listOrBlankFor } from '../blanks.ts';
import { payingAccounts, receivingAccountOf, receivingAccounts } from '../caseFacts.ts';
import type { DossierContext } from '../context.ts';
import { beijingTime, chineseDate, fill, yuanSign } from '../format.ts';
import { personValue } from '../sections/parties.ts';
import { sortedPayments } from '../sections/transactions.ts';
import { drawTable, stackTokens, type TableColumn } from '../table.ts';
import { SIZE } from '../typesetter.ts';
import { stopPaymentWording } from '../wording.ts';
import { documentHead } from './documentHead.ts';

/** Smaller than body type: the sheet must hold its table, its account list and a signature. */
const SHEET = 10.5;
const SHEET_TABLE = 9;

/** A section heading that keeps only `keep` points below it: the sheet has no room to spare. */
function sheetHeading(ctx: DossierContext, text: string, keep: number): void {
  ctx.ts.heading(text, { bookmark: false, size: SIZE.subheading, keep });
}

export function stopPaymentTitle(): string {
  return stopPaymentWording().title;
}

function transfersTable(ctx: DossierContext): void {
  const w = stopPaymentWording();
  const c = w.columns;
  const f = ctx.common.fields;
  const payments = sortedPayments(ctx.snapshot.payments).filter((p) => p.direction === 'expense');
  const columns: TableColumn[] = [
    { header: c.time ?? '', weight: 0, fit: true },
    { header: c.amount ?? '', weight: 0, fit: true, align: 'right' },
    { header: c.txid ?? '', weight: 0, fit: true },
    { header: c.paying ?? '', weight: 0, fit: true },
    { header: c.receiving ?? '', weight: 0, fit: true },
  ];
  const rows = payments.map((p, i) => {
    // "第1笔 / 2025-05-18 / 14:58:31": the date and the time each whole, the row three lines high.
    const [day = '', clock = ''] = beijingTime(p.time).split(' ');
    return [
      [fill(w.transferNo, { n: i + 1 }), day, clock].filter(Boolean).join('\n'),
      yuanSign(p.amountFen),
      p.txid || blankCell(ctx, c.txid ?? '交易单号', `payment:${p.id}.txid`),
      stackTokens(p.method.trim()) ||
        blankCell(ctx, f['payingAccount'] ?? '付款账户', `payment:${p.id}.method`),
      stackTokens(receivingAccountOf(ctx.snapshot, p)) ||
        blankCell(ctx, f['receivingAccount'] ?? '收款账户', `payment:${p.id}.receivingAccount`),
    ];
  });
  drawTable(ctx.ts, columns, rows, { size: SHEET_TABLE, lineGap: 0.5 });
  if (payments.length) {
    const total = payments.reduce((sum, p) => sum + p.amountFen, 0);
    ctx.ts.paragraph(fill(w.total, { amount: yuanSign(total), count: payments.length }), {
      indent: false,
      bold: true,
      size: SHEET,
      gapAfter: 2,
    });
  }
}

/**
 * The accounts to stop (each with what it received), the other side's identifiers and the signature,
 * kept together: when they do not fit under the table they open the continuation page as one block,
 * rather than leaving a signature alone on it.
 */
function closingBlock(ctx: DossierContext): void {
  const w = stopPaymentWording();
  const { ts, snapshot } = ctx;
  const received = receivingAccounts(snapshot);
  const accountLines = received.length
    ? received.map(
        (r, i) =>
          `${i + 1}. ${fill(w.accountReceived, { account: r.account, amount: yuanSign(r.amountFen), count: r.payments.length })}`,
      )
    : [w.noAccount];
  // The other side's identifiers in a line each, under the accounts: the officer asks for them next.
  const otherLines = snapshot.counterparties.map((cp) =>
    fill(w.otherIdentifiers, {
      name: cp.name || ctx.common.none,
      wechatIds: cp.wechatIds.join('、') || ctx.common.none,
      nicknames: cp.wechatNicknames.join('、') || ctx.common.none,
      phones: cp.phones.join('、') || ctx.common.none,
    }),
  );
  const signature = `${fill(ctx.common.signature.signer, { role: w.signerRole, blank: ctx.common.blank })}　　${fill(ctx.common.signature.date, { date: chineseDate(ctx.at) })}`;
  const lineGap = 5;
  const height =
    ts.lineHeight(SIZE.subheading) +
    16 +
    [...accountLines, ...otherLines].reduce((h, l) => h + ts.heightOf(l, ts.width, SHEET, lineGap), 0) +
    6 +
    ts.heightOf(signature, ts.width, SIZE.body, lineGap) +
    8;
  ts.ensure(height);
  sheetHeading(ctx, w.sections.accounts ?? '', ts.lineHeight(SHEET));
  for (const line of [...accountLines, ...otherLines])
    ts.paragraph(line, { indent: false, size: SHEET, gapAfter: 0 });
  // One line for signature and date, so the sheet keeps its page.
  ts.spacer(6);
  ts.paragraph(signature, { indent: false, size: SIZE.body, align: 'right' });
}

export function stopPaymentBody(ctx: DossierContext): void {
  const w = stopPaymentWording();
  const { ts, snapshot } = ctx;
  const f = ctx.common.fields;
  documentHead(ctx, w.title);
  // Whoever picks up page 2 must see at once what it continues and whose it is.
  const continuation = fill(w.continuation, { name: snapshot.profile.name.trim() || ctx.common.blank });
  const onPage = (): void => {
    ts.paragraph(continuation, { indent: false, bold: true, size: SHEET, gapAfter: 6 });
  };
  ts.withPageHeader(onPage, () => {
    ts.paragraph(w.intro, { indent: false, size: SHEET, gapAfter: 2 });

    ts.paragraph(
      fill(w.reporterLine, {
        name: personValue(ctx, 'name'),
        phone: personValue(ctx, 'phone'),
        paying: listOrBlankFor(
          ctx,
          payingAccounts(snapshot),
          f['payingAccount'] ?? '付款账户',
          'payment.method',
        ),
      }),
      { indent: false, size: SHEET, gapAfter: 0 },
    );

    sheetHeading(ctx, w.sections.transfers ?? '', 3 * ts.lineHeight(SIZE.table));
    transfersTable(ctx);

    closingBlock(ctx);
  });
}
