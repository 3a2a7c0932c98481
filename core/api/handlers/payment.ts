import { getCase } from '../../../db/queries/cases.ts';
import { ensureCounterpartyByName } from '../../../db/queries/counterparties.ts';
import {
  addPayment,
  editPayment,
  listPayments,
  removePayment,
  type PaymentPatch,
} from '../../../db/queries/payments.ts';
import { parseBeijingDateTime } from '../../beijingTime.ts';
import { definedOnly } from '../../util/definedOnly.ts';
import { parseYuanToFen } from '../../money.ts';
import type { paymentSchemas } from '../schemas/payment.ts';
import type { HandlerMap } from '../context.ts';

export const paymentHandlers: HandlerMap<keyof typeof paymentSchemas> = {
  'payment.add': (ctx, input) => {
    const { db } = ctx.vault();
    getCase(db, input.caseId);
    const amountFen = parseYuanToFen(input.amount);
    const time = parseBeijingDateTime(input.time);
    return db.transaction(() => {
      const counterparty = input.counterparty
        ? ensureCounterpartyByName(db, input.caseId, input.counterparty)
        : null;
      return addPayment(db, input.caseId, {
        source: 'manual',
        txid: input.txid,
        merchantOrderId: input.merchantOrderId ?? null,
        time,
        amountFen,
        direction: input.direction,
        type: input.type,
        method: input.method,
        receivingAccount: input.receivingAccount,
        status: input.status,
        counterparty: input.counterparty,
        counterpartyId: counterparty?.id ?? null,
        note: input.note,
      });
    })();
  },
  'payment.list': (ctx, { caseId, ...filter }) => {
    const { db } = ctx.vault();
    getCase(db, caseId);
    return listPayments(db, caseId, definedOnly(filter));
  },
  'payment.edit': (ctx, { id, revision, patch }) => {
    const { amount, time, ...rest } = patch;
    const converted: PaymentPatch = { ...rest };
    if (amount !== undefined) converted.amountFen = parseYuanToFen(amount);
    if (time !== undefined) converted.time = parseBeijingDateTime(time);
    return editPayment(ctx.vault().db, id, converted, revision);
  },
  'payment.remove': (ctx, { id }) => removePayment(ctx.vault().db, id),
};
