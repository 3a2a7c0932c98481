/**
 * The one API contract every host uses (CLI, Electron IPC, browser-mode HTTP bridge):
 * method name → zod schema for the input → typed result. Pure: the renderer may import it.
 * Add a domain by writing schemas/<domain>.ts (schemas + a Results interface) and spreading it here.
 */
import type { z } from 'zod';
import { billSchemas, type BillResults } from './schemas/bill.ts';
import { caseSchemas, type CaseResults } from './schemas/case.ts';
import { chatSchemas, type ChatResults } from './schemas/chat.ts';
import { chatTransferSchemas, type ChatTransferResults } from './schemas/chatTransfers.ts';
import { chatViewSchemas, type ChatViewResults } from './schemas/chatViews.ts';
import { counterpartySchemas, type CounterpartyResults } from './schemas/counterparty.ts';
import { dossierSchemas, type DossierResults } from './schemas/dossier.ts';
import { evidenceSchemas, type EvidenceResults } from './schemas/evidence.ts';
import { paymentSchemas, type PaymentResults } from './schemas/payment.ts';
import { profileSchemas, type ProfileResults } from './schemas/profile.ts';
import { rulesSchemas, type RulesResults } from './schemas/rules.ts';
import { timelineSchemas, type TimelineResults } from './schemas/timeline.ts';
import { vaultSchemas, type VaultResults } from './schemas/vault.ts';
import { ocrSchemas, type OcrResults } from './schemas/ocr.ts';
import { searchSchemas, type SearchResults } from './schemas/search.ts';
import type { ProgressEvent } from '../progress.ts';

export const contract = {
  ...caseSchemas,
  ...counterpartySchemas,
  ...paymentSchemas,
  ...evidenceSchemas,
  ...timelineSchemas,
  ...profileSchemas,
  ...vaultSchemas,
  ...rulesSchemas,
  ...dossierSchemas,
  ...billSchemas,
  ...ocrSchemas,
  ...searchSchemas,
  ...chatSchemas,
  ...chatTransferSchemas,
  ...chatViewSchemas,
};

export type Contract = typeof contract;
export type Method = keyof Contract;

export interface Results
  extends
    CaseResults,
    CounterpartyResults,
    PaymentResults,
    EvidenceResults,
    TimelineResults,
    ProfileResults,
    VaultResults,
    RulesResults,
    DossierResults,
    BillResults,
    OcrResults,
    SearchResults,
    ChatResults,
    ChatTransferResults,
    ChatViewResults {}

export type MethodInput<M extends Method> = z.input<Contract[M]>;
export type ParsedInput<M extends Method> = z.output<Contract[M]>;

export interface CallOptions {
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
}

/** What a host exposes to the UI: exactly the contract, nothing raw. */
export type Api = { [M in Method]: (input: MethodInput<M>, options?: CallOptions) => Promise<Results[M]> };

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
