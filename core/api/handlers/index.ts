/** Every method's handler, combined; the type makes a missing or extra handler a compile error. */
import type { Method } from '../contract.ts';
import type { HandlerMap } from '../context.ts';
import { billHandlers } from './bill.ts';
import { caseHandlers } from './case.ts';
import { chatHandlers } from './chat.ts';
import { chatTransferHandlers } from './chatTransferHandlers.ts';
import { chatViewHandlers } from './chatViews.ts';
import { counterpartyHandlers } from './counterparty.ts';
import { dossierHandlers } from './dossier.ts';
import { evidenceHandlers } from './evidence.ts';
import { paymentHandlers } from './payment.ts';
import { profileHandlers } from './profile.ts';
import { rulesHandlers } from './rules.ts';
import { timelineHandlers } from './timeline.ts';
import { vaultHandlers } from './vault.ts';
import { ocrHandlers } from './ocr.ts';
import { searchHandlers } from './search.ts';

export const handlers: HandlerMap<Method> = {
  ...caseHandlers,
  ...counterpartyHandlers,
  ...paymentHandlers,
  ...evidenceHandlers,
  ...timelineHandlers,
  ...profileHandlers,
  ...vaultHandlers,
  ...rulesHandlers,
  ...dossierHandlers,
  ...billHandlers,
  ...ocrHandlers,
  ...searchHandlers,
  ...chatHandlers,
  ...chatTransferHandlers,
  ...chatViewHandlers,
};
