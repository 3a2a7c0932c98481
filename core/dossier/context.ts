/**
 * What every section builder reads while a document is laid out, and the cross-references they
 * leave behind (exhibit page numbers are only known after the exhibits are placed).
 */
import type { AuditEntry, CaseSnapshot } from '../domain/types.ts';
import type { CheckReport } from '../rules/types.ts';
import type { BlankRecord } from './blanks.ts';
import type { Exhibit } from './exhibitPlan.ts';
import type { CellSlot } from './table.ts';
import type { DocKind } from './types.ts';
import type { CommonWording } from './wording.ts';
import type { Typesetter } from './typesetter.ts';

export type RulesOutcome = { report: CheckReport } | { error: string };

export interface DossierContext {
  ts: Typesetter;
  snapshot: CaseSnapshot;
  doc: DocKind;
  exhibits: Exhibit[];
  at: Date;
  common: CommonWording;
  auditHead: string;
  auditEntries: AuditEntry[];
  /** The rules check, for the 核对单 only: papers carry none of it. */
  rules: RulesOutcome | null;
  /** Blanks the document printed, with the field each maps to (blanks.ts). */
  blanks: BlankRecord[];
  objectPath: (sha256: string) => string;
  /** Index cells waiting for the page number of an exhibit. */
  pageRefs: { exhibit: number; slot: CellSlot }[];
  /** Exhibit number → zero-based page index where it was printed. */
  exhibitPages: Map<number, number>;
  onProgress?: (p: { phase: 'exhibits'; done: number; total: number }) => void;
  signal?: AbortSignal;
}
