import { z } from 'zod';
import { DOC_KINDS } from '../../dossier/types.ts';
import type { VerifyReport } from '../../dossier/bundle/verifyBundle.ts';
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

export interface DossierResults {
  'dossier.generate': DossierGenerated;
  'dossier.verify': VerifyReport;
}
