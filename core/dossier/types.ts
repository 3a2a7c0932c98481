/**
 * Public shapes of the dossier module: what renderDossier / writeBundle / verifyBundle take and give.
 */
import type { ChatExcerptPrint } from '../../db/queries/chatExcerpts.ts';
import type { AuditEntry, CaseSnapshot } from '../domain/types.ts';

/** The papers filed with a recipient: each carries exhibits and the chain-of-custody appendix. */
export const PAPER_KINDS = ['wechat-complaint', 'police-report', '12315', 'civil'] as const;
export type PaperKind = (typeof PAPER_KINDS)[number];
/**
 * Every document: the papers, the one-page 紧急止付信息表 (read out on 110 / 96110, handed over at the
 * desk) and the 核对单 (for the person only: what is missing, what to fill by hand, next steps).
 */
export const DOC_KINDS = [...PAPER_KINDS, 'stop-payment', 'checklist'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export function isPaperKind(value: string): value is PaperKind {
  return (PAPER_KINDS as readonly string[]).includes(value);
}

export function isDocKind(value: string): value is DocKind {
  return (DOC_KINDS as readonly string[]).includes(value);
}

export interface DossierProgress {
  phase: 'layout' | 'exhibits' | 'finish' | 'bundle' | 'verify';
  done: number;
  total: number;
}

export interface RenderDossierInput {
  snapshot: CaseSnapshot;
  doc: DocKind;
  /** Where the vault keeps the original with this sha256 (content-addressed store). */
  objectPath: (sha256: string) => string;
  auditHead: string;
  auditEntries: AuditEntry[];
  /** The generation time: printed, used for the rules check clocks and the PDF CreationDate. */
  at: Date;
  outPdf: string;
  /** Chat excerpts the person chose (db/queries/chatExcerpts.ts); papers print each as a 聊天记录 exhibit. */
  chatExcerpts?: ChatExcerptPrint[];
  onProgress?: (p: DossierProgress) => void;
  signal?: AbortSignal;
}

export interface RenderDossierResult {
  pdf: string;
  pages: number;
  sha256: string;
}

export interface WriteBundleInput {
  snapshot: CaseSnapshot;
  doc: DocKind;
  objectPath: (sha256: string) => string;
  auditHead: string;
  auditEntries: AuditEntry[];
  at: Date;
  /** The PDF renderDossier wrote; stored at the bundle root under its base name. */
  pdfPath: string;
  pdfPages: number;
  outZip: string;
  onProgress?: (p: DossierProgress) => void;
  signal?: AbortSignal;
}

export interface WriteBundleResult {
  bundle: string;
  sha256: string;
  files: number;
}
