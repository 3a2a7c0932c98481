/**
 * Finds which label a screen row starts with, tolerating OCR slips: a label of 4 or more characters
 * may differ in one character (芸易单号 for 交易单号), shorter ones must match exactly. One pass of
 * character comparisons per label — no regular expression, so no backtracking on hostile text. A row
 * that is one slip away from two different labels is ambiguous and matches none: guessing the field
 * would put a value where it does not belong.
 */
import { LABELS, type LabelDef } from './screenVocabulary.ts';

export interface LabelMatch {
  label: LabelDef;
  /** Where the value starts in the row text. */
  valueStart: number;
  slips: number;
}

function slipsAtStart(text: string, label: string, allowed: number): number {
  if (text.length < label.length) return Infinity;
  let slips = 0;
  for (let i = 0; i < label.length; i++) {
    if (text[i] !== label[i]) {
      slips += 1;
      if (slips > allowed) return Infinity;
    }
  }
  return slips;
}

export function matchLabel(rowText: string, labels: readonly LabelDef[] = LABELS): LabelMatch | null {
  let best: LabelMatch | null = null;
  let tie = false;
  for (const label of labels) {
    const allowed = label.text.length >= 4 ? 1 : 0;
    const slips = slipsAtStart(rowText, label.text, allowed);
    if (slips === Infinity) continue;
    const candidate = { label, valueStart: label.text.length, slips };
    if (!best || slips < best.slips || (slips === best.slips && label.text.length > best.label.text.length)) {
      tie = false;
      best = candidate;
    } else if (slips === best.slips && label.text.length === best.label.text.length) {
      tie = best.label.field !== label.field;
    }
  }
  if (!best || (tie && best.slips > 0)) return null;
  // A slip in the first and last character at once would be a different word; one slip must leave
  // the label's last character (单号, 时间, 方式 …) or first character intact.
  if (best.slips > 0) {
    const t = best.label.text;
    if (rowText[0] !== t[0] && rowText[t.length - 1] !== t[t.length - 1]) return null;
  }
  return best;
}
