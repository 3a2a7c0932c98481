/** The cells of the 要素式 civil form: two-column element tables, √/□ marks and bare blanks. */
import { blankCell } from '../blanks.ts';
import type { DossierContext } from '../context.ts';
import { drawTable } from '../table.ts';
import { SIZE } from '../typesetter.ts';
import { civilWording, type CivilWording } from '../wording.ts';

export type Row = [string, string];
export type Marks = { yes: string; no: string };

export function marks(w: CivilWording): Marks {
  return { yes: w.checked, no: w.unchecked };
}

export const tick = (w: CivilWording, on: boolean): string => (on ? w.checked : w.unchecked);

export function elementTable(ctx: DossierContext, rows: readonly Row[]): void {
  const w = civilWording();
  drawTable(
    ctx.ts,
    [
      { header: w.columns.element, weight: 1 },
      { header: w.columns.content, weight: 3.2 },
    ],
    rows.map(([a, b]) => [a, b]),
    { size: SIZE.table, header: false },
  );
}

/** The value, or a bare recorded blank: the form's own label already says what goes there. */
export function bare(ctx: DossierContext, value: string, label: string, field: string | null): string {
  return value.trim() || blankCell(ctx, label, field);
}
