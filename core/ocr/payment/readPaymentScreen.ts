/**
 * Reads a WeChat Pay or Alipay 账单详情 screen from OCR lines: platform, which screen (merchant
 * payment, transfer, red packet, scan-to-pay, refund, Alipay), and the payment's fields. Pure: the
 * same lines give the same answer, so it is tested on hand-made lines and on real OCR of generated
 * screens alike.
 *
 * Trust policy: a wrong 交易单号 is worse than a missing one. A value that fails its check (id shape,
 * the date inside the id against the time, the amount's format) or was read with low confidence is
 * still returned — the person sees it beside the crop — but its name is listed in `uncertain`.
 */
import { boxOf, minConfidence } from '../compactText.ts';
import { screenRows, type ScreenRow } from '../screenRows.ts';
import type {
  Box,
  OcrLine,
  PaymentFieldName,
  PaymentFields,
  PaymentScreenReading,
  ScreenKind,
} from '../types.ts';
import { snapCardMethod } from './cardMethod.ts';
import { checkMerchantOrderId, checkPlatformId } from './checkIds.ts';
import { matchLabel, type LabelMatch } from './matchLabel.ts';
import { readAmount } from './readAmount.ts';
import { readScreenTime } from './readScreenTime.ts';
import {
  HEADLINES,
  METHODS,
  METHOD_PATTERNS,
  PLATFORM_MARKS,
  STATUSES,
  type HeadlineDef,
} from './screenVocabulary.ts';

/** Below these (0–100, Tesseract's scale) a value is uncertain even when it passes its checks. */
export const CONFIDENCE = {
  /** Ids and amounts whose shape and date checks passed. */
  checked: 50,
  /** A value that is exactly a known word (支付成功, 零钱). */
  knownWord: 40,
  /** Free text (a method or status that is no known word). */
  freeText: 85,
  /** Each character of a name read twice alike (look-alikes of rare characters score up to ~93). */
  name: 94,
} as const;

interface Candidate {
  row: ScreenRow;
  match: LabelMatch;
  value: string;
  start: number;
  end: number;
}

const NOISE = new Set([...'“”"\'‘’`_:：,，.。|·•~-—/\\、；;']);

/** The value after a label, without the quote marks and strokes OCR reads in the gap. */
function valueSpan(row: ScreenRow, from: number): { value: string; start: number; end: number } {
  let start = from;
  let end = row.text.length;
  while (start < end && (NOISE.has(row.text[start]!) || row.text[start] === ' ')) start++;
  while (end > start && (NOISE.has(row.text[end - 1]!) || row.text[end - 1] === ' ')) end--;
  return { value: row.text.slice(start, end), start, end };
}

function headlineOf(text: string): { def: HeadlineDef | null; name: string } {
  const t = text.replace(/[—–一_]/g, '-');
  for (const def of HEADLINES) {
    if (t.startsWith(def.prefix)) return { def, name: text.slice(def.prefix.length) };
  }
  return { def: null, name: text };
}

function platformOf(text: string, candidates: Candidate[]): 'wechat' | 'alipay' | null {
  const score = { wechat: 0, alipay: 0 };
  for (const c of candidates) if (c.match.label.platform) score[c.match.label.platform] += 2;
  for (const p of ['wechat', 'alipay'] as const) {
    for (const mark of PLATFORM_MARKS[p]) if (text.includes(mark)) score[p] += 1;
  }
  if (score.wechat === score.alipay) return null;
  return score.wechat > score.alipay ? 'wechat' : 'alipay';
}

function screenOf(
  platform: 'wechat' | 'alipay' | null,
  headline: HeadlineDef | null,
  candidates: Candidate[],
): ScreenKind | null {
  if (platform === 'alipay') return 'alipay';
  if (platform === null) return null;
  if (headline) return headline.screen;
  for (const c of candidates) if (c.match.label.screen) return c.match.label.screen;
  return candidates.some((c) => c.match.label.field === 'counterparty') ? 'merchant' : null;
}

export function readPaymentScreen(lines: OcrLine[]): PaymentScreenReading {
  const rows = screenRows(lines);
  const fullText = rows.map((r) => r.text).join('\n');

  // Labelled rows: the best-ranked label per field wins; the first such row on screen breaks ties.
  const candidates: Candidate[] = [];
  const byField = new Map<PaymentFieldName, Candidate>();
  let firstLabelRow = rows.length;
  rows.forEach((row, index) => {
    const match = matchLabel(row.text);
    if (!match) return;
    firstLabelRow = Math.min(firstLabelRow, index);
    const span = valueSpan(row, match.valueStart);
    const c: Candidate = { row, match, ...span };
    candidates.push(c);
    const field = match.label.field;
    if (!field || !span.value) return;
    const held = byField.get(field);
    if (!held || (match.label.rank ?? 9) < (held.match.label.rank ?? 9)) byField.set(field, c);
  });

  // Above the labels: the headline (who), the big amount, and on Alipay the status under it.
  let amountRow: ScreenRow | undefined;
  let amountIndex = -1;
  rows.slice(0, firstLabelRow).forEach((row, index) => {
    if (!readAmount(row.text)) return;
    const h = row.bbox.y1 - row.bbox.y0;
    if (!amountRow || h > amountRow.bbox.y1 - amountRow.bbox.y0) {
      amountRow = row;
      amountIndex = index;
    }
  });
  let headlineRow: ScreenRow | undefined;
  for (let i = amountIndex - 1; i >= 0; i--) {
    const t = rows[i]!.text;
    if (t.length >= 2 && t !== '账单详情' && !/^\d{1,2}:\d{2}/.test(t)) {
      headlineRow = rows[i];
      break;
    }
  }
  const headline = headlineRow ? headlineOf(headlineRow.text) : { def: null, name: '' };
  let statusRow: ScreenRow | undefined;
  if (amountIndex >= 0) {
    for (let i = amountIndex + 1; i < firstLabelRow; i++) {
      if (STATUSES.has(rows[i]!.text)) statusRow = rows[i];
    }
  }

  const platform = platformOf(fullText, candidates);
  const screen = screenOf(platform, headline.def, candidates);
  const fields: PaymentFields = {};
  const uncertain = new Set<PaymentFieldName>();
  const boxes: Partial<Record<PaymentFieldName, Box>> = {};
  const take = (field: PaymentFieldName, c: { row: ScreenRow; start: number; end: number }) => {
    const box = boxOf(c.row, c.start, c.end);
    if (box) boxes[field] = box;
    return minConfidence(c.row, c.start, c.end);
  };

  // Time first: the ids are checked against it.
  const timeC = byField.get('time');
  if (timeC) {
    const iso = readScreenTime(timeC.value);
    if (iso) {
      fields.time = iso;
      if (take('time', timeC) < CONFIDENCE.checked) uncertain.add('time');
    }
  }

  if (amountRow) {
    const amount = readAmount(amountRow.text)!;
    fields.amountFen = amount.amountFen;
    if (take('amountFen', { row: amountRow, start: 0, end: amountRow.text.length }) < CONFIDENCE.checked) {
      uncertain.add('amountFen');
    }
    const expected = screen === 'refund' ? 'income' : (headline.def?.direction ?? null);
    // No sign and nothing to tell: most screens people keep are payments out; say so, doubtfully.
    fields.direction = amount.direction ?? expected ?? 'expense';
    if (!amount.direction || (expected && expected !== amount.direction)) uncertain.add('direction');
    boxes.direction = amountRow.bbox;
  }

  const txC = byField.get('txid');
  if (txC) {
    const id = txC.value.replace(/\s/g, '');
    fields.txid = id;
    const conf = take('txid', txC);
    const problem = platform
      ? checkPlatformId(id, platform, txC.match.label.text === '转账单号' ? 'transfer' : 'txid', fields.time)
      : 'shape';
    if (problem || conf < CONFIDENCE.checked || txC.match.slips > 0) uncertain.add('txid');
    // An id whose date disagrees with the time read: one of them is misread; doubt both.
    if (problem === 'date' && fields.time) uncertain.add('time');
  }

  const moC = byField.get('merchantOrderId');
  if (moC) {
    const id = moC.value.replace(/\s/g, '');
    fields.merchantOrderId = id;
    if (checkMerchantOrderId(id) || take('merchantOrderId', moC) < CONFIDENCE.checked) {
      uncertain.add('merchantOrderId');
    }
  }

  // Counterparty: the full registered name (商户全称 / 收款方全称) first, else the name shown on top.
  const cpC = byField.get('counterparty');
  const shownName = headline.name.trim();
  // A name has no check digit: it counts as certain only when the screen shows it twice and both
  // readings agree (merchant screens repeat 商户全称 in the headline). Rare characters such as 赟 are
  // read as look-alikes (赞) with high confidence, so one reading is never enough.
  if (cpC) {
    fields.counterparty = cpC.value;
    const conf = take('counterparty', cpC);
    const headConf = headlineRow
      ? minConfidence(headlineRow, headlineRow.text.length - shownName.length, headlineRow.text.length)
      : 0;
    if (shownName !== cpC.value || Math.min(conf, headConf) < CONFIDENCE.name) uncertain.add('counterparty');
  } else if (headlineRow && shownName && screen !== null) {
    fields.counterparty = shownName;
    const start = headlineRow.text.length - shownName.length;
    take('counterparty', { row: headlineRow, start, end: headlineRow.text.length });
    uncertain.add('counterparty');
  }

  const methodC = byField.get('method');
  if (methodC) {
    const snap = snapCardMethod(methodC.value);
    const method = snap ? snap.value : methodC.value;
    fields.method = method;
    const read = take('method', methodC);
    const at = snap ? methodC.start + snap.slipAt : -1;
    const conf = snap
      ? Math.min(
          minConfidence(methodC.row, methodC.start, at),
          minConfidence(methodC.row, at + 1, methodC.end),
        )
      : read;
    const known = METHODS.has(method);
    const cardLike = METHOD_PATTERNS.some((p) => method.includes(p)) && /\(\d{4}\)$/.test(method);
    const needed = known ? CONFIDENCE.knownWord : cardLike ? CONFIDENCE.checked + 20 : CONFIDENCE.freeText;
    if (conf < needed) uncertain.add('method');
  }

  const statusC = byField.get('status');
  const statusSource =
    statusC ?? (statusRow ? { row: statusRow, start: 0, end: statusRow.text.length } : null);
  if (statusSource) {
    const value = statusC ? statusC.value : statusRow!.text;
    fields.status = value;
    const conf = take('status', statusSource);
    if (conf < (STATUSES.has(value) ? CONFIDENCE.knownWord : CONFIDENCE.freeText)) uncertain.add('status');
  }

  return {
    platform,
    screen,
    fields,
    uncertain: [...uncertain].sort(),
    boxes,
  };
}
