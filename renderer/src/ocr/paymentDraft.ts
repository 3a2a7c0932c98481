/**
 * The card's form values, from what the OCR read and back to `ocr.confirmPayment`. Pure, so the
 * conversions (fen ↔ yuan text, ISO ↔ the Beijing wall clock shown) are tested without a browser.
 */
import type { MethodInput } from '../../../core/api/contract.ts';
import { PAYMENT_FIELDS, type PaymentFieldName, type PaymentScreenReading } from '../../../core/ocr/types.ts';
import { parseAmount } from '../../../core/input/amount.ts';
import { shortTime } from '../format.ts';

/** The fields in the order the card shows them: the reader's own order (the ids first: bills match by them). */
export const CARD_FIELDS = PAYMENT_FIELDS;

export interface PaymentDraft {
  txid: string;
  merchantOrderId: string;
  /** Yuan as typed ("93.40"). */
  amountFen: string;
  direction: 'expense' | 'income';
  /** "YYYY-MM-DD HH:MM:SS", Beijing time. */
  time: string;
  counterparty: string;
  method: string;
  status: string;
}

function yuanText(fen: number | undefined): string {
  if (fen === undefined) return '';
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

export function draftFromReading(reading: PaymentScreenReading): PaymentDraft {
  const f = reading.fields;
  return {
    txid: f.txid ?? '',
    merchantOrderId: f.merchantOrderId ?? '',
    amountFen: yuanText(f.amountFen),
    direction: f.direction ?? 'expense',
    time: shortTime(f.time),
    counterparty: f.counterparty ?? '',
    method: f.method ?? '',
    status: f.status ?? '',
  };
}

/** Fields the person changed from what was read (an uncertain field they corrected is no longer in doubt). */
export function editedFields(reading: PaymentScreenReading, draft: PaymentDraft): PaymentFieldName[] {
  const read = draftFromReading(reading);
  return CARD_FIELDS.filter((f) => read[f].trim() !== draft[f].trim());
}

/** Uncertain fields the person has not touched: the card asks to check them before confirming. */
export function stillUncertain(reading: PaymentScreenReading, draft: PaymentDraft): PaymentFieldName[] {
  const edited = new Set(editedFields(reading, draft));
  return reading.uncertain.filter((f) => !edited.has(f));
}

function amountText(typed: string): string {
  const parsed = parseAmount(typed);
  return parsed.ok ? yuanText(parsed.value) : typed.trim();
}

export function confirmInput(evidenceId: number, draft: PaymentDraft): MethodInput<'ocr.confirmPayment'> {
  const optional = (v: string) => (v.trim() === '' ? undefined : v.trim());
  return {
    evidenceId,
    // Digits only: a 交易单号 read or pasted with the spaces a phone shows between groups still matches.
    txid: draft.txid.replace(/\s+/g, ''),
    merchantOrderId: optional(draft.merchantOrderId.replace(/\s+/g, '')),
    // As typed (¥, full-width digits, 1,299.00) → plain yuan; what does not read goes as is and the core says why.
    amount: amountText(draft.amountFen),
    time: draft.time.trim(),
    direction: draft.direction,
    counterparty: optional(draft.counterparty),
    method: optional(draft.method),
    status: optional(draft.status),
  };
}
