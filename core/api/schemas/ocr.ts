import { z } from 'zod';
import type { LocalizedText, Payment } from '../../domain/types.ts';
import type { EvidenceText, TextStatus } from '../../../db/queries/evidenceText.ts';
import type { FoundIdentifiers } from '../../ocr/identifiers.ts';
import type { PaymentFieldName, PaymentFields } from '../../ocr/types.ts';
import { id, nonEmpty, text } from './common.ts';

const platformId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[0-9A-Za-z_-]+$/, 'only digits, letters, - and _');

export const ocrSchemas = {
  /** Read screenshots without storing anything (`payproof screenshot show`). */
  'screenshot.read': z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(500) }),
  /** What was read from one evidence item, with identifiers found and the kind its content suggests. */
  'ocr.get': z.object({ evidenceId: id }),
  /**
   * Where reading stands for a window of evidence items (the evidence list asks for the rows on
   * screen): status, whether a payment screen was found, the kind its content suggests. Items with
   * nothing to read (not an image or text file, or added with --no-ocr) are left out.
   */
  'ocr.status': z.object({ evidenceIds: z.array(id).min(1).max(200) }),
  /** Read an item again (a failed read, a newer engine). Returns at once; the queue does the work. */
  'ocr.rerun': z.object({ evidenceId: id }),
  /**
   * The person confirmed (and maybe corrected) the payment read from a screenshot: link the
   * screenshot to the case's payment with that 交易单号, or add the payment when there is none.
   */
  'ocr.confirmPayment': z.object({
    evidenceId: id,
    txid: platformId,
    merchantOrderId: platformId.optional(),
    /** Yuan as shown, e.g. "93.40". */
    amount: nonEmpty(32),
    /** ISO 8601 or "YYYY-MM-DD HH:MM[:SS]" (Beijing time). */
    time: nonEmpty(40),
    direction: z.enum(['expense', 'income']).default('expense'),
    counterparty: text(200).optional(),
    method: text(100).optional(),
    status: text(100).optional(),
  }),
};

export interface ScreenshotReading {
  file: string;
  platform: 'wechat' | 'alipay' | null;
  fields: PaymentFields;
  uncertain: PaymentFieldName[];
  text: string;
  /** Set when the file could not be read (the other fields are then empty). */
  error?: { code: string; message: LocalizedText };
}

export interface EvidenceTextView extends EvidenceText {
  identifiers: FoundIdentifiers;
  suggestedKind: string | null;
}

export interface EvidenceTextStatus {
  evidenceId: number;
  status: TextStatus;
  /** A 账单详情 screen was read: the card "从截图识别到一笔付款" has something to offer. */
  hasPayment: boolean;
  suggestedKind: string | null;
  error: { code: string; message: LocalizedText } | null;
}

export interface ConfirmedPayment {
  payment: Payment;
  /** 'existing': the case already had this 交易单号 (from a bill or by hand) and the screenshot was linked. */
  outcome: 'created' | 'existing';
  /** Where an existing payment differs from what the screenshot shows. */
  differences: ('amount' | 'time')[];
}

export interface OcrResults {
  'screenshot.read': ScreenshotReading[];
  'ocr.get': EvidenceTextView;
  'ocr.status': EvidenceTextStatus[];
  'ocr.rerun': EvidenceText;
  'ocr.confirmPayment': ConfirmedPayment;
}
