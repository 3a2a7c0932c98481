/** Transfers in a case's chats proposed as its payments and timeline events, and accepting one. */
import { z } from 'zod';
import type { TransferProposal } from '../../chat/transferProposals.ts';
import { caseIdInput, id } from './common.ts';

export const chatTransferSchemas = {
  'chat.transfers': caseIdInput,
  'chat.acceptTransfer': z.object({
    caseId: id,
    messageId: id,
    /** One of the payments the proposal listed; null/absent: no payment (only the timeline event). */
    paymentId: id.nullable().optional(),
    addEvent: z.boolean().default(true),
  }),
};

export interface ChatAcceptTransferResult {
  linkId: number;
  messageId: number;
  paymentId: number | null;
  eventId: number | null;
}

export interface ChatTransferResults {
  'chat.transfers': TransferProposal[];
  'chat.acceptTransfer': ChatAcceptTransferResult;
}
