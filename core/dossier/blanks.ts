/**
 * The blanks a paper carries: every fact the person has not entered prints as a labelled line to
 * fill by hand, and is recorded here with the field it maps to, so the 核对单 (and the UI's
 * dossier.blanks) can say "this paper will carry a blank for 民族 — fill it in now". Blanks that
 * only a pen can fill (signature, the police station's name) have no field.
 */
import type { DossierContext } from './context.ts';
import { blank } from './format.ts';
import { commonWording } from './wording.ts';

/**
 * Where the missing fact lives, so a screen can link to its editor: `profile.<field>`,
 * `case.<field>`, `counterparty:<id>.<field>`, `payment:<id>.<field>`; null = by hand on paper.
 */
export type BlankField = string | null;

export interface BlankRecord {
  /** What the blank asks for, as printed (e.g. 民族). */
  label: string;
  field: BlankField;
}

/** The visible blank, recorded for the 核对单. */
export function blankFor(ctx: Pick<DossierContext, 'blanks'>, label: string, field: BlankField): string {
  if (!ctx.blanks.some((b) => b.label === label && b.field === field)) ctx.blanks.push({ label, field });
  return blank(label);
}

/** A bare blank line for a table cell (its column header says what goes there), recorded alike. */
export function blankCell(ctx: Pick<DossierContext, 'blanks'>, label: string, field: BlankField): string {
  blankFor(ctx, label, field);
  return commonWording().blank;
}

/** The value, or a recorded blank when it is empty. */
export function valueOrBlank(
  ctx: Pick<DossierContext, 'blanks'>,
  value: string | null | undefined,
  label: string,
  field: BlankField,
): string {
  const v = (value ?? '').trim();
  return v ? v : blankFor(ctx, label, field);
}

/** Identifiers joined for print, or a recorded blank when there are none. */
export function listOrBlankFor(
  ctx: Pick<DossierContext, 'blanks'>,
  values: readonly string[],
  label: string,
  field: BlankField,
): string {
  const v = values.map((s) => s.trim()).filter(Boolean);
  return v.length ? v.join('；') : blankFor(ctx, label, field);
}
