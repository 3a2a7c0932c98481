/**
 * The words of 账单详情 screens (templates/ocr/payment-screens.json): labels, headline prefixes,
 * statuses and payment methods. Data, not code, so a renamed label is a one-line fix.
 */
import vocabulary from '../../../templates/ocr/payment-screens.json' with { type: 'json' };
import type { PaymentFieldName, ScreenKind } from '../types.ts';

export interface LabelDef {
  text: string;
  /** null: a known label whose value is not read (it still ends the row's search). */
  field: PaymentFieldName | null;
  platform?: 'wechat' | 'alipay';
  rank?: number;
  screen?: ScreenKind;
}

export interface HeadlineDef {
  prefix: string;
  screen: ScreenKind;
  direction: 'expense' | 'income';
}

export const LABELS = vocabulary.labels as LabelDef[];
export const HEADLINES = vocabulary.headlines as HeadlineDef[];
export const PLATFORM_MARKS = vocabulary.platformMarks as Record<'wechat' | 'alipay', string[]>;
export const STATUSES = new Set(vocabulary.statuses);
export const METHODS = new Set(vocabulary.methods);
export const METHOD_PATTERNS = vocabulary.methodPatterns;
