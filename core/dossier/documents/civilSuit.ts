/**
 * 民事起诉状（买卖合同纠纷）laid out as the 要素式 示范文本 (法〔2024〕46号; re-issued by 法〔2025〕82号,
 * the 买卖合同纠纷 form at pages 71-76 of the official PDF): 说明 and ★特别提示★; 当事人信息 as
 * label / lines cells (原告 with 出生日期, 民族, 职务, 证件; 委托诉讼代理人; 送达地址 and 电子送达; 被告 with
 * 注册地, 类型 and 所有制性质; 第三人); 诉讼请求 items 1-10 (a buyer fills 3, 4 and the common 5-10);
 * 约定管辖和诉前保全; 事实与理由 items 1-25; 对纠纷解决方式的意愿; 具状人 and 日期; 此致 and the 副本 line;
 * then the 证据目录 (证据规定 第19条). √ chosen, □ not — the form asks for a tick.
 */
import { blankFor } from '../blanks.ts';
import { civilClaims, type CivilClaims } from '../civilClaims.ts';
import { claimAmounts } from '../claims.ts';
import type { DossierContext } from '../context.ts';
import { chineseDate, fill, yuanSign } from '../format.ts';
import { evidenceIndexSection } from '../sections/evidenceIndex.ts';
import { personValue } from '../sections/parties.ts';
import { sortedPayments } from '../sections/transactions.ts';
import { SIZE } from '../typesetter.ts';
import { civilWording, type CivilWording } from '../wording.ts';
import { documentHead } from './documentHead.ts';

export function civilSuitTitle(): string {
  return civilWording().title;
}

import { elementTable, marks, tick, type Row } from './civilCells.ts';
import { factRows } from './civilFacts.ts';
import { partiesSection } from './civilParties.ts';

function claimRows(ctx: DossierContext, w: CivilWording, c: CivilClaims, order: string): Row[] {
  const i = w.claimItems;
  const v = w.claimValues;
  const m = marks(w);
  const a = claimAmounts(ctx.snapshot);
  const has = (key: string): boolean => c.claims.some((x) => x.key === key);
  const compensation = c.claims.find((x) => x.key === 'compensation');
  // Item 9 holds what the form has no item of its own for: 返还, 利息, 撤销, 增加赔偿, the person's own.
  const others = c.claims.filter((x) => !['rescind', 'costs', 'compensation'].includes(x.key));
  return [
    [i['price'] ?? '', v['none'] ?? ''],
    [i['priceInterest'] ?? '', v['none'] ?? ''],
    [
      i['loss'] ?? '',
      compensation && a.compensationFen
        ? fill(v['loss'] ?? '', {
            amount: yuanSign(a.compensationFen),
            late: w.unchecked,
            non: tick(w, ctx.snapshot.case.route === 'not-received'),
            other: tick(w, ctx.snapshot.case.route !== 'not-received'),
            detail: ctx.snapshot.case.narrative.trim().split(/\n+/)[0] ?? '',
            basis: compensation.basis,
          })
        : (v['none'] ?? ''),
    ],
    [i['defect'] ?? '', fill(v['defect'] ?? '', { ...m, answerNo: w.checked })],
    [
      i['perform'] ?? '',
      fill(v['perform'] ?? '', {
        ...m,
        rescind: tick(w, has('rescind')),
        order: has('rescind') ? fill(v['performOrder'] ?? '', { order }) : '',
      }),
    ],
    [i['security'] ?? '', fill(v['security'] ?? '', m)],
    [i['enforcementCosts'] ?? '', fill(v['enforcementCosts'] ?? '', m)],
    [
      i['courtFees'] ?? '',
      fill(v['courtFees'] ?? '', { yes: tick(w, has('costs')), no: tick(w, !has('costs')) }),
    ],
    [
      i['other'] ?? '',
      others.length ? others.map((x, n) => `（${n + 1}）${x.text}`).join('\n') : (v['none'] ?? ''),
    ],
    [
      i['total'] ?? '',
      fill(v['total'] ?? '', {
        amount: yuanSign(c.totalFen),
        interestNote: c.interest ? (v['totalInterest'] ?? '') : '',
      }),
    ],
  ];
}

function mediationRows(w: CivilWording): Row[] {
  const m = marks(w);
  const med = w.mediation;
  const choice = fill(w.mediationBenefitChoice, m);
  return [
    [med['know'] ?? '', fill(med['knowValue'] ?? '', m)],
    [med['benefits'] ?? '', w.mediationBenefits.map((b) => `${b}\n${choice}`).join('\n')],
    [med['consider'] ?? '', fill(med['considerValue'] ?? '', m)],
  ];
}

export function civilSuitBody(ctx: DossierContext): void {
  const w = civilWording();
  const { ts, snapshot } = ctx;
  const m = marks(w);
  documentHead(ctx, w.title, w.subtitle);
  // The form's own 说明 and 特别提示, as printed at its head.
  for (const [n, line] of w.notice.entries())
    ts.paragraph(line, {
      indent: false,
      size: SIZE.caption,
      bold: n === 0 || line.startsWith('★'),
      gapAfter: 0,
    });
  ts.spacer(4);
  partiesSection(ctx, w);

  const payments = sortedPayments(snapshot.payments).filter((p) => p.direction === 'expense');
  const order =
    payments.map((p) => p.merchantOrderId || p.txid).join('、') || blankFor(ctx, '订单号', 'payment.new');
  const claims = civilClaims(snapshot, w, order);
  ts.heading(w.sections.claims ?? '');
  ts.paragraph(w.claimsNote, { indent: false, size: SIZE.caption });
  elementTable(ctx, claimRows(ctx, w, claims, order));

  ts.heading(w.sections.jurisdiction ?? '');
  const j = w.jurisdiction;
  elementTable(ctx, [
    [j['agreement'] ?? '', fill(j['agreementValue'] ?? '', m)],
    [j['preservation'] ?? '', fill(j['preservationValue'] ?? '', m)],
  ]);

  ts.heading(w.sections.facts ?? '');
  ts.paragraph(w.factsNote, { indent: false, size: SIZE.caption });
  elementTable(ctx, factRows(ctx, w, claims));

  ts.heading(w.sections.mediation ?? '');
  elementTable(ctx, mediationRows(w));

  // 此致 and the court, the signature and date, and the 副本 line belong together on one page.
  ts.ensure(7 * ts.lineHeight(SIZE.body) + 10);
  ts.spacer(8);
  ts.paragraph(w.to);
  blankFor(ctx, ctx.common.fields['court'] ?? '受诉人民法院', null);
  ts.paragraph(w.courtBlank, { indent: false });
  ts.spacer(6);
  ts.rightBlock([fill(w.signer, { blank: ctx.common.blank }), fill(w.date, { date: chineseDate(ctx.at) })]);
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
