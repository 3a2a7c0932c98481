/**
 * The evidence index (证据目录 / 证据清单): one row per exhibit, columns chosen by each document's
 * template. The 页码 column is left empty here and filled once the exhibits have been placed.
 */
import { loadRulePack } from '../../rules/pack.ts';
import type { DossierContext } from '../context.ts';
import type { Exhibit } from '../exhibitPlan.ts';
import { beijingTime, fill } from '../format.ts';
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
  originalOrCopy: 1.5,
};

export function kindName(kind: string): string {
  return loadRulePack().evidenceKinds.find((k) => k.id === kind)?.name.zh ?? kind;
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
      return known?.purpose ?? '';
    case 'capturedAt':
      return beijingTime(ex.item.capturedAt) || '—';
    case 'sha256':
      return ex.item.sha256.slice(0, 16);
    case 'page':
      return '';
    case 'originalOrCopy':
      return ctx.common.evidenceIndex.originalOrCopy;
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
    align: c === 'no' || c === 'page' ? 'center' : 'left',
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
