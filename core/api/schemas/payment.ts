import { z } from 'zod';
import type { Payment } from '../../domain/types.ts';
import { caseIdInput, id, idInput, listWindow, text } from './common.ts';
import type { RemovedPayment } from './counterparty.ts';
import { timeText, yuanText } from './inputs.ts';

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

/** One payment as a person types it (payment.add, and each payment of case.createWithPayments). */
export const newPaymentFields = {
  txid: platformId,
  /** Yuan as typed: "5,200", "5200元", "¥1,299.00", "５２００.５０"; more than 0, at most two decimals. */
  amount: yuanText('amount'),
  /** "2025-05-18 14:58", "2025年5月18日 14:58", "5月18日下午3点"; Beijing time unless zoned; not in the future. */
  time: timeText('time'),
  merchantOrderId: platformId.optional(),
  counterparty: text(200).optional(),
  direction: direction.default('expense'),
  type: text(100).optional(),
  /** 付款方式: the paying account, e.g. "招商银行储蓄卡(1234)". */
  method: text(100).optional(),
  /** The account that received it (bank card, 微信号, 商户号…). */
  receivingAccount: text(100).optional(),
  status: text(100).optional(),
  note: text(2000).optional(),
};

export const paymentSchemas = {
  'payment.add': z.object({ caseId: id, ...newPaymentFields }),
  'payment.list': caseIdInput.extend({ ...listWindow, direction: direction.optional() }),
  /** Old → new values are audited (account numbers and names by field name only). CLI: `payment update`. */
  'payment.edit': z.object({
    id,
    /** The revision the editor loaded (Payment.revision): a payment changed meanwhile is refused. */
    revision: z.number().int().positive().optional(),
    patch: z
      .object({
        amount: yuanText('amount'),
        time: timeText('time'),
        merchantOrderId: platformId.nullable(),
        counterparty: text(200),
        /** Link to a counterparty of the same case, or null to unlink. */
        counterpartyId: id.nullable(),
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
  'payment.remove': RemovedPayment;
}
