import { getCase } from '../../../db/queries/cases.ts';
import { ensureCounterpartyByName, getCounterparty } from '../../../db/queries/counterparties.ts';
import { paymentsOfCounterparty } from '../../../db/queries/counterpartyEdits.ts';
import {
  addPayment,
  editPayment,
  getPayment,
  listPayments,
  removePayment,
  type NewPayment,
  type PaymentPatch,
} from '../../../db/queries/payments.ts';
import { AppError } from '../../errors.ts';
import { definedOnly } from '../../util/definedOnly.ts';
import type { ParsedInput } from '../contract.ts';
import type { paymentSchemas } from '../schemas/payment.ts';
import type { HandlerMap } from '../context.ts';

type ParsedPayment = Omit<ParsedInput<'payment.add'>, 'caseId'>;

/** A payment typed by hand, as the vault stores it (amount and time already parsed by the schema). */
export function manualPayment(input: ParsedPayment, counterpartyId: number | null): NewPayment {
  return {
    source: 'manual',
    txid: input.txid,
    merchantOrderId: input.merchantOrderId ?? null,
    time: input.time,
    amountFen: input.amount,
    direction: input.direction,
    type: input.type,
    method: input.method,
    receivingAccount: input.receivingAccount,
    status: input.status,
    counterparty: input.counterparty,
    counterpartyId,
    note: input.note,
  };
}

export const paymentHandlers: HandlerMap<keyof typeof paymentSchemas> = {
  'payment.add': (ctx, { caseId, ...input }) => {
    const { db } = ctx.vault();
    getCase(db, caseId);
    return db.transaction(() => {
      const counterparty = input.counterparty ? ensureCounterpartyByName(db, caseId, input.counterparty) : null;
      return addPayment(db, caseId, manualPayment(input, counterparty?.id ?? null));
    })();
  },
  'payment.list': (ctx, { caseId, ...filter }) => {
    const { db } = ctx.vault();
    getCase(db, caseId);
    return listPayments(db, caseId, definedOnly(filter));
  },
  'payment.edit': (ctx, { id, revision, patch }) => {
    const { db } = ctx.vault();
    const current = getPayment(db, id);
    getCase(db, current.caseId);
    const { amount, ...rest } = patch;
    const converted: PaymentPatch = { ...rest };
    if (amount !== undefined) converted.amountFen = amount;
    if (patch.counterpartyId != null && getCounterparty(db, patch.counterpartyId).caseId !== current.caseId)
      throw new AppError('counterparty-other-case', { id: patch.counterpartyId, caseId: current.caseId });
    return editPayment(db, id, converted, revision);
  },
  'payment.remove': (ctx, { id }) => {
    const { db } = ctx.vault();
    getCase(db, getPayment(db, id).caseId);
    return db.transaction(() => {
      const removed = removePayment(db, id);
      // The party stays (the person decides); the answer says when it has no payment left.
      const partyId = removed.counterpartyId;
      const counterpartyWithoutPayments =
        partyId !== null && paymentsOfCounterparty(db, partyId) === 0 ? getCounterparty(db, partyId) : null;
      return { ...removed, counterpartyWithoutPayments };
    })();
  },
};
