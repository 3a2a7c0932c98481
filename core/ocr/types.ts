/**
 * What an OCR engine reads from one image, engine-neutral: lines of words with boxes (pixels of the
 * image as given) and confidences 0–100. The payment reader and the search index work on this shape,
 * so they are pure and testable without running OCR.
 */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord {
  text: string;
  confidence: number;
  bbox: Box;
}

export interface OcrLine {
  text: string;
  confidence: number;
  bbox: Box;
  words: OcrWord[];
}

/** Who read it, so a result can be reproduced or re-run when the engine or its data change. */
export interface OcrProvenance {
  engine: string;
  engineVersion: string;
  language: string;
  /** SHA-256 of the language data file as shipped (the .traineddata.gz). */
  dataSha256: string;
}

export interface OcrReading extends OcrProvenance {
  text: string;
  confidence: number;
  lines: OcrLine[];
  /** Size of the image the boxes refer to. */
  width: number;
  height: number;
  /** True when the screen was dark and was inverted before reading. */
  inverted: boolean;
  durationMs: number;
}

export const PAYMENT_FIELDS = [
  'txid',
  'merchantOrderId',
  'amountFen',
  'direction',
  'time',
  'counterparty',
  'method',
  'status',
] as const;
export type PaymentFieldName = (typeof PAYMENT_FIELDS)[number];

export interface PaymentFields {
  txid?: string;
  merchantOrderId?: string;
  amountFen?: number;
  direction?: 'expense' | 'income';
  /** ISO 8601 with +08:00. */
  time?: string;
  counterparty?: string;
  method?: string;
  status?: string;
}

export type ScreenKind = 'merchant' | 'transfer' | 'red-packet' | 'scan' | 'refund' | 'alipay';

export interface PaymentScreenReading {
  platform: 'wechat' | 'alipay' | null;
  screen: ScreenKind | null;
  fields: PaymentFields;
  /** Fields read but failing a check or read with low confidence: show them, never trust them. */
  uncertain: PaymentFieldName[];
  /** Where each value was read, for the crop shown beside the field. */
  boxes: Partial<Record<PaymentFieldName, Box>>;
}
