/**
 * The evidence kind a screenshot's content suggests: a 账单详情 page is a payment screenshot, a page
 * with 微信号 and 地区 a counterparty profile, 物流/快递 words logistics, a chat layout (many short rows
 * and an input bar) a chat screenshot. Only a suggestion: the person's own choice is never replaced.
 * Markers live in templates/ocr/evidence-kind-markers.json.
 */
import markers from '../../templates/ocr/evidence-kind-markers.json' with { type: 'json' };
import type { PaymentScreenReading } from './types.ts';

interface KindMarker {
  kind: string;
  /** Every group must have at least one word present. */
  allOf: string[][];
}

const MARKERS = markers.kinds as KindMarker[];

export function suggestKindFromText(text: string, payment: PaymentScreenReading | null): string | null {
  if (payment?.platform && payment.fields.txid) return 'payment-screenshot';
  const compact = text.replace(/[ \t]/g, '');
  for (const m of MARKERS) {
    if (m.allOf.every((group) => group.some((word) => compact.includes(word)))) return m.kind;
  }
  return null;
}
