import { z } from 'zod';
import type { Payment } from '../../domain/types.ts';
import { caseIdInput, id, idInput, listWindow, nonEmpty, text } from './common.ts';

const direction = z.enum(['expense', 'income', 'neutral']);
/** Platform ids are text; strip what bills and copy-paste add around them (TAB, spaces, a leading ' or `). */
const platformId = z
  .string()
  .transform((v) => v.trim().replace(/^['`]/, '').trim())
  .pipe(
    z
      .string()
      .min(1)
      .max(64)
      .regex(/^[0-9A-Za-z_\-]+$/, 'only digits, letters, - and _'),
  );

export const paymentSchemas = {
  'payment.add': z.object({
    caseId: id,
    txid: platformId,
    /** Yuan as typed, e.g. "12.34"; parsed exactly into fen. */
    amount: nonEmpty(32),
    /** "YYYY-MM-DD HH:MM[:SS]"; Beijing time unless it carries a zone. */
    time: nonEmpty(40),
    merchantOrderId: platformId.optional(),
    counterparty: text(200).optional(),
    direction: direction.default('expense'),
    type: text(100).optional(),
    method: text(100).optional(),
    /** The account that received it (bank card, 微信号, 商户号…). */
    receivingAccount: text(100).optional(),
    status: text(100).optional(),
    note: text(2000).optional(),
  }),
  'payment.list': caseIdInput.extend({ ...listWindow, direction: direction.optional() }),
  'payment.edit': z.object({
    id,
    /** The revision the editor loaded (Payment.revision): a payment changed meanwhile is refused. */
    revision: z.number().int().positive().optional(),
    patch: z
      .object({
        amount: nonEmpty(32),
        time: nonEmpty(40),
        merchantOrderId: platformId.nullable(),
        counterparty: text(200),
        direction,
        type: text(100),
        method: text(100),
        receivingAccount: text(100),
        status: text(100),
        note: text(2000),
      })
      .partial(),
  }),
  'payment.remove': idInput,
};

export interface PaymentResults {
  'payment.add': Payment;
  'payment.list': Payment[];
  'payment.edit': Payment;
  'payment.remove': Payment;
}
