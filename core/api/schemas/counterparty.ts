/** The other side of a case: add, edit, remove, merge two that are the same person. */
import { z } from 'zod';
import type { Counterparty, Payment } from '../../domain/types.ts';
import { id, idInput, text } from './common.ts';
import { accountInput, creditCodeText, nameText, phoneList, wechatIdList } from './inputs.ts';

const stringList = z.array(z.string().trim().min(1).max(500)).max(200);
const revision = z.number().int().positive().optional();

/** Every field of a counterparty a person can fill in. */
export const counterpartyFields = {
  name: nameText('name', 200),
  kind: z.enum(['merchant', 'person', 'unknown']).default('unknown'),
  creditCode: creditCodeText.default(''),
  wechatNicknames: stringList.default([]),
  wechatIds: wechatIdList.default([]),
  phones: phoneList.default([]),
  accounts: z.array(accountInput).max(200).default([]),
  urls: stringList.default([]),
  address: text(300).default(''),
  platform: text(100).default(''),
  note: text(2000).default(''),
};

const patchFields = {
  name: nameText('name', 200),
  kind: z.enum(['merchant', 'person', 'unknown']),
  creditCode: creditCodeText,
  wechatNicknames: stringList,
  wechatIds: wechatIdList,
  phones: phoneList,
  accounts: z.array(accountInput).max(200),
  urls: stringList,
  address: text(300),
  platform: text(100),
  note: text(2000),
};

export const counterpartySchemas = {
  /**
   * Set (CLI `counterparty set`): with `id`, or else the one party of the case with this name, change the
   * fields given; with no such party, add one. Several parties of that name: refused, naming their ids.
   */
  'counterparty.save': z.object({
    caseId: id,
    id: id.optional(),
    revision,
    ...z.object(patchFields).partial().shape,
    name: nameText('name', 200),
  }),
  'counterparty.add': z.object({ caseId: id, ...counterpartyFields }),
  /** Change only the fields given; `revision` = the one the editor loaded. */
  'counterparty.update': z.object({ id, revision, patch: z.object(patchFields).partial() }),
  /** Remove a party; its payments stay (the bill's 交易对方 text is kept), unlinked. */
  'counterparty.remove': idInput,
  /** `from` and `into` are the same person: identifiers are united, payments move, `from` goes. */
  'counterparty.merge': z.object({ from: id, into: id }),
};

export interface CounterpartyResults {
  'counterparty.save': Counterparty;
  'counterparty.add': Counterparty;
  'counterparty.update': Counterparty;
  'counterparty.remove': { counterparty: Counterparty; unlinkedPayments: number };
  'counterparty.merge': { counterparty: Counterparty; movedPayments: number; removedId: number };
}

/** payment.remove's answer: the payment, and its party when that party has no payment left (offer removal). */
export type RemovedPayment = Payment & { counterpartyWithoutPayments: Counterparty | null };
