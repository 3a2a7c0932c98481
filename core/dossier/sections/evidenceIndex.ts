/**
 * The evidence index (证据目录 / 证据清单): one row per exhibit, columns chosen by each document's
 * template. The 页码 column is left empty here and filled once the exhibits have been placed.
 */
import { loadRulePack } from '../../rules/pack.ts';
import type { DossierContext } from '../context.ts';
import type { Exhibit } from '../exhibitPlan.ts';
import { beijingTime, fill, yuanSign } from '../format.ts';
import { sortedPayments } from './transactions.ts';
import { drawTable, type TableColumn } from '../table.ts';
import type { IndexColumn } from '../wording.ts';

const WEIGHTS: Record<IndexColumn, number> = {
  no: 0.75,
  title: 2.2,
  kind: 1.4,
  source: 1.6,
  purpose: 2.0,
  capturedAt: 1.3,
  sha256: 1.55,
  page: 0.75,
  pages: 0.75,
  originalOrCopy: 1.9,
};

export function kindName(kind: string): string {
  return loadRulePack().evidenceKinds.find((k) => k.id === kind)?.name.zh ?? kind;
}

/**
 * What this exhibit proves in this case (证据规定 第19条 asks for the 证明对象 of each item): the
 * person's own description of it when given (they know what the screenshot shows), else the kind's
 * wording for this route; plus the payments it is linked to, by number and 交易单号.
 */
export function purposeOf(ctx: DossierContext, ex: Exhibit): string {
  const kinds = ctx.common.evidenceKinds;
  const known = kinds[ex.item.kind] ?? kinds['other'];
  const described = ex.item.description.trim().replace(/[。.；;]+$/, '');
  const base = described
    ? described.startsWith('证明')
      ? described
      : fill(ctx.common.purposeFromDescription, { description: described })
    : (known?.purposeByRoute?.[ctx.snapshot.case.route] ?? known?.purpose ?? '');
  const ordered = sortedPayments(ctx.snapshot.payments);
  const linked = ordered
    .map((p, i) => ({ p, n: i + 1 }))
    .filter(({ p }) => ex.item.paymentIds.includes(p.id));
  if (!linked.length) return base;
  return (
    base +
    fill(ctx.common.purposePaymentsSuffix, {
      // By number and amount: the 交易单号 stands whole in the document's transaction list, not here
      // where a narrow cell would break it.
      payments: linked.map(({ p, n }) => `第${n}笔付款 ${yuanSign(p.amountFen)}`).join('、'),
    })
  );
}

/** 证据规定 第15条: a printout made directly from electronic data is the original; the carrier is the phone. */
function originalOrCopy(ctx: DossierContext, ex: Exhibit): string {
  const w = ctx.common.evidenceIndex;
  return ex.drawable ? w.originalOrCopyCarrier : fill(w.originalOrCopyFile, { path: ex.bundlePath });
}

/** The time with what it is: a photo's EXIF time, a file's modification time, or the person's entry. */
function timeWithSource(ctx: DossierContext, ex: Exhibit): string {
  const t = beijingTime(ex.item.capturedAt);
  if (!t) return '—';
  const source = ctx.common.evidenceIndex.timeSources[ex.item.capturedAtSource ?? 'unknown'] ?? '';
  return `${t}\n（${source}）`;
}

function cell(ctx: DossierContext, ex: Exhibit, column: IndexColumn): string {
  const kinds = ctx.common.evidenceKinds;
  const known = kinds[ex.item.kind] ?? kinds['other'];
  switch (column) {
    case 'no':
      return fill(ctx.common.evidenceIndex.exhibitLabel, { n: ex.n });
    case 'title':
      return ex.item.title || ex.item.originalName;
    case 'kind':
      return kindName(ex.item.kind);
    case 'source':
      return known?.source ?? '';
    case 'purpose':
      return purposeOf(ctx, ex);
    case 'capturedAt':
      return timeWithSource(ctx, ex);
    case 'sha256':
      return ex.item.sha256.slice(0, 16);
    case 'page':
      return '';
    case 'pages':
      // Each picture is printed on one page; other files are in the bundle only.
      return ex.drawable ? '1' : '—';
    case 'originalOrCopy':
      return originalOrCopy(ctx, ex);
  }
}

export function evidenceIndexSection(ctx: DossierContext, columns: readonly IndexColumn[]): void {
  if (!ctx.exhibits.length) {
    ctx.ts.paragraph(ctx.common.evidenceIndex.empty, { indent: false });
    return;
  }
  const headers = ctx.common.evidenceIndex.columns;
  const tableColumns: TableColumn[] = columns.map((c) => ({
    header: headers[c] ?? c,
    weight: WEIGHTS[c],
    align: c === 'no' || c === 'page' || c === 'pages' ? 'center' : 'left',
    fit: c === 'no' || c === 'sha256' || c === 'capturedAt',
  }));
  const pageColumn = columns.indexOf('page');
  const slots = drawTable(
    ctx.ts,
    tableColumns,
    ctx.exhibits.map((ex) => columns.map((c) => cell(ctx, ex, c))),
    pageColumn >= 0 ? { deferColumn: pageColumn } : {},
  );
  slots.forEach((slot, i) => {
    const ex = ctx.exhibits[i];
    if (ex) ctx.pageRefs.push({ exhibit: ex.n, slot });
  });
}
