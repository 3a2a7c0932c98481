import type { HandlerMap } from '../context.ts';
import type { chatTransferSchemas } from '../schemas/chatTransfers.ts';
import { acceptTransfer, transferProposals } from './chatTransfers.ts';

export const chatTransferHandlers: HandlerMap<keyof typeof chatTransferSchemas> = {
  'chat.transfers': (ctx, input) => transferProposals(ctx.vault(), input.caseId),
  'chat.acceptTransfer': (ctx, input) => acceptTransfer(ctx.vault(), input),
};
