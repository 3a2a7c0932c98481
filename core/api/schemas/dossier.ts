import { z } from 'zod';
import { DOC_KINDS } from '../../dossier/types.ts';
import type { VerifyReport } from '../../dossier/bundle/verifyBundle.ts';
import type { ChecklistResult } from '../../dossier/checklist/buildChecklist.ts';
import { id } from './common.ts';

export const dossierSchemas = {
  /**
   * Write one document as PDF plus its bundle (PDF, originals, manifest, SHA256SUMS), and record it
   * in the vault and the audit log. `out` is the PDF path (or a folder); default: <vault>/exports/.
   */
  'dossier.generate': z.object({
    caseId: id,
    doc: z.enum(DOC_KINDS),
    out: z.string().trim().min(1).max(4096).optional(),
  }),
  /**
   * The 核对单 as data, for the screen: per paper the blanks it will carry (each with the field it
   * maps to, e.g. `profile.ethnicity`, `counterparty:3.address`, `payment:7.receivingAccount`, or null
   * for what only a pen can fill), the rules check, clocks with their own sources, tips and notices.
   */
  'dossier.checklist': z.object({ caseId: id }),
  /**
   * The complaint description for the WeChat Pay form (1–300 characters), the same text the
   * complaint PDF prints as "可直接粘贴", so the page can offer it for copying.
   */
  'dossier.complaintText': z.object({ caseId: id }),
  /** Check a bundle: every file against SHA256SUMS and manifest.json, without extracting anything. */
  'dossier.verify': z.object({ bundle: z.string().trim().min(1).max(4096) }),
};

export interface DossierGenerated {
  pdf: string;
  bundle: string;
  pages: number;
  /** SHA-256 of the PDF. */
  sha256: string;
  bundleSha256: string;
  documentId: number;
}

export interface ComplaintText {
  text: string;
  /** Characters (code points) in text, and the form's limit. */
  chars: number;
  limit: number;
  /** The blank the text carries where a fact is missing (e.g. 诉求 not given), when it carries one. */
  blank: string | null;
}

export interface DossierResults {
  'dossier.complaintText': ComplaintText;
  'dossier.generate': DossierGenerated;
  'dossier.checklist': ChecklistResult;
  'dossier.verify': VerifyReport;
}
