/** Transfers of a case's chats with what the person accepted about them (chat_transfer_links). */
import type Database from 'better-sqlite3';
import type { CandidatePayment, TransferMessage } from '../../core/chat/transferProposals.ts';
import { stmt } from '../sql.ts';

export interface TransferRow extends TransferMessage {
  link: { paymentId: number | null; eventId: number | null } | null;
  evidenceId: number;
}

interface Row {
  message_id: number;
  chat_id: number;
  evidence_id: number;
  file: string;
  line: number;
  time: string;
  sender: string;
  from_me: number | null;
  amount_fen: number;
  memo: string | null;
  direction: TransferMessage['direction'];
  link_id: number | null;
  payment_id: number | null;
  event_id: number | null;
}

const TRANSFERS_SQL = `SELECT m.id AS message_id, m.chat_id, c.evidence_id, e.original_name AS file, m.line, m.time, m.sender,
    m.from_me, m.amount_fen, m.memo, m.transfer_direction AS direction, l.id AS link_id, l.payment_id, l.event_id
  FROM chat_messages m JOIN chat_imports c ON c.id = m.chat_id JOIN evidence e ON e.id = c.evidence_id
  LEFT JOIN chat_transfer_links l ON l.message_id = m.id
  WHERE c.case_id = ? AND m.kind = 'transfer' AND m.amount_fen IS NOT NULL`;

const toTransfer = (r: Row): TransferRow => ({
  messageId: r.message_id,
  chatId: r.chat_id,
  evidenceId: r.evidence_id,
  file: r.file,
  line: r.line,
  time: r.time,
  sender: r.sender,
  fromMe: r.from_me === null ? null : r.from_me === 1,
  amountFen: r.amount_fen,
  memo: r.memo,
  direction: r.direction,
  link: r.link_id === null ? null : { paymentId: r.payment_id, eventId: r.event_id },
});

/** Every transfer with an amount in the case's chats, in time order. */
export function listCaseTransfers(db: Database.Database, caseId: number): TransferRow[] {
  return (stmt(db, `${TRANSFERS_SQL} ORDER BY m.time, m.id`).all(caseId) as Row[]).map(toTransfer);
}

export function getCaseTransfer(
  db: Database.Database,
  caseId: number,
  messageId: number,
): TransferRow | null {
  const row = stmt(db, `${TRANSFERS_SQL} AND m.id = ?`).get(caseId, messageId) as Row | undefined;
  return row ? toTransfer(row) : null;
}

/** The case's payments with one of these amounts (the proposals filter by time themselves). */
export function paymentsWithAmounts(
  db: Database.Database,
  caseId: number,
  amounts: number[],
): CandidatePayment[] {
  if (amounts.length === 0) return [];
  return stmt(
    db,
    `SELECT id, txid, time, amount_fen AS amountFen, direction, counterparty FROM payments
      WHERE case_id = ? AND amount_fen IN (SELECT value FROM json_each(?)) ORDER BY time_ms, id`,
  ).all(caseId, JSON.stringify([...new Set(amounts)])) as CandidatePayment[];
}

export function insertTransferLink(
  db: Database.Database,
  link: { messageId: number; paymentId: number | null; eventId: number | null; acceptedAt: string },
): number {
  return Number(
    stmt(
      db,
      'INSERT INTO chat_transfer_links (message_id, payment_id, event_id, accepted_at) VALUES (?, ?, ?, ?)',
    ).run(link.messageId, link.paymentId, link.eventId, link.acceptedAt).lastInsertRowid,
  );
}
