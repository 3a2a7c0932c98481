import { z } from 'zod';
import type { EvidenceItem } from '../../domain/types.ts';
import type { AddedEvidence } from '../../../db/evidenceIngest.ts';
import type { TextStatus } from '../../../db/queries/evidenceText.ts';
import { caseIdInput, id, idInput, listWindow, text } from './common.ts';

export const evidenceSchemas = {
  'evidence.add': z.object({
    caseId: id,
    paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000),
    /** Omit to let the rule pack suggest a kind from each file's name and content type. */
    kind: z.string().trim().min(1).max(64).optional(),
    /** 交易单号 of payments in the case this evidence supports. */
    paymentTxids: z.array(z.string().trim().min(1).max(64)).max(1000).optional(),
    title: text(200).optional(),
    description: text(5000).optional(),
    originalNames: z.array(z.string().min(1).max(1024)).optional(),
    /**
     * Read images (OCR) and text files: 'background' (default) returns at once and the queue reads
     * them; 'wait' returns once they are read (the CLI); 'off' stores them unread.
     */
    ocr: z.enum(['background', 'wait', 'off']).default('background'),
  }),
  'evidence.list': caseIdInput.extend(listWindow),
  'evidence.edit': z.object({
    id,
    patch: z
      .object({
        kind: z.string().trim().min(1).max(64),
        title: text(200),
        description: text(5000),
        capturedAt: z.string().trim().max(40).nullable(),
        paymentIds: z.array(id).max(1000),
      })
      .partial(),
  }),
  'evidence.remove': idInput,
};

export interface EvidenceResults {
  /** textStatus: where reading its text stands (null: not an image or text file, or ocr 'off'). */
  'evidence.add': (AddedEvidence & { textStatus: TextStatus | null })[];
  'evidence.list': EvidenceItem[];
  'evidence.edit': EvidenceItem;
  'evidence.remove': { item: EvidenceItem; objectDeleted: boolean };
}
