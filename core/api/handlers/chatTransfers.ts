/**
 * Transfers in a case's chats, proposed as its payments and timeline events (chat.transfers), and the
 * person's acceptance of one (chat.acceptTransfer): in one transaction the timeline event is added,
 * the chat export is linked to the payment as its evidence, the decision is stored and audited.
 */
import { rankPayments, transferEventText, type TransferProposal } from '../../chat/transferProposals.ts';
import { nowIso } from '../../beijingTime.ts';
import { AppError } from '../../errors.ts';
import { appendAudit } from '../../../db/auditLog.ts';
import type { Vault } from '../../../db/openVault.ts';
import { getCase } from '../../../db/queries/cases.ts';
import {
  getCaseTransfer,
  insertTransferLink,
  listCaseTransfers,
  paymentsWithAmounts,
} from '../../../db/queries/chatLinks.ts';
import { linkEvidenceToPayments } from '../../../db/queries/evidence.ts';
import { addEvent } from '../../../db/queries/timeline.ts';
import type { ParsedInput } from '../contract.ts';
import type { ChatAcceptTransferResult } from '../schemas/chatTransfers.ts';

export function transferProposals(vault: Vault, caseId: number): TransferProposal[] {
  const { db } = vault;
  getCase(db, caseId);
  const transfers = listCaseTransfers(db, caseId);
  const candidates = paymentsWithAmounts(
    db,
    caseId,
    transfers.map((t) => t.amountFen),
  );
  return transfers.map(({ link, evidenceId: _evidenceId, ...t }) => ({
    ...t,
    payments: rankPayments(t, candidates),
    eventText: transferEventText(t),
    accepted: link,
  }));
}

export function acceptTransfer(
  vault: Vault,
  input: ParsedInput<'chat.acceptTransfer'>,
): ChatAcceptTransferResult {
  const { db } = vault;
  getCase(db, input.caseId);
  const t = getCaseTransfer(db, input.caseId, input.messageId);
  if (!t) throw new AppError('not-found', { what: 'Transfer message 转账消息', id: input.messageId });
  if (t.link) throw new AppError('chat-transfer-accepted', { line: t.line, file: t.file });
  const paymentId = input.paymentId ?? null;
  if (paymentId !== null) {
    const proposed = rankPayments(t, paymentsWithAmounts(db, input.caseId, [t.amountFen]));
    if (!proposed.some((p) => p.id === paymentId))
      throw new AppError('chat-payment-not-proposed', { paymentId, line: t.line, file: t.file });
  }
  if (paymentId === null && !input.addEvent)
    throw new AppError('chat-transfer-nothing', { line: t.line, file: t.file });
  return db.transaction(() => {
    const event = input.addEvent
      ? addEvent(db, input.caseId, { date: t.time, text: transferEventText(t), kind: 'other' })
      : null;
    if (paymentId !== null) linkEvidenceToPayments(db, t.evidenceId, [paymentId]);
    const linkId = insertTransferLink(db, {
      messageId: t.messageId,
      paymentId,
      eventId: event?.id ?? null,
      acceptedAt: nowIso(),
    });
    appendAudit(db, {
      action: 'chat.transfer-linked',
      caseId: input.caseId,
      subject: `chat:${t.chatId}`,
      details: {
        messageId: t.messageId,
        line: t.line,
        amountFen: t.amountFen,
        paymentId,
        eventId: event?.id ?? null,
      },
    });
    return { linkId, messageId: t.messageId, paymentId, eventId: event?.id ?? null };
  })();
}
