/**
 * Platform ids (交易单号, 商户单号) are text: 28–45 characters, often all digits. The exports append
 * a TAB (or spaces) precisely so spreadsheet programs keep them as text; we strip that padding.
 * When a user re-saved the file in Excel anyway, long digit ids became numbers and lost digits
 * (4200001879202307111251305441 → 4.20000187920231E+27): such an id is not imported, because a
 * complaint filed with a wrong 交易单号 silently goes nowhere.
 */

export interface IdText {
  /** The cleaned id; '' when absent ('/' or blank), mangled or garbled. */
  id: string;
  /** True when a spreadsheet turned the id into a number and digits were lost. */
  mangled: boolean;
  /** True when the id holds characters no platform id has (spaces, CJK, quotes…): a damaged file. */
  garbled: boolean;
  /** What the cell held, trimmed, for the error message. */
  shown: string;
}

/**
 * Platform ids are printable ASCII without spaces (digits, letters, _ - * and the like; Alipay
 * masks with * and x). Anything else inside an id means the line was damaged or mis-split.
 */
const NOT_ID_CHAR = /[^\x21-\x7e]|["',/\\`]/;

/** Excel's General format ('4.20000187920231E+27') and pandas/Python ('4.2e+27') both sign it. */
const SCIENTIFIC = /^\d(?:\.\d+)?E[+-]\d{1,3}$/i;
/** A whole number written as a float ('3985734.0'): the cell went through a number type. */
const FLOAT_FORM = /^\d+\.0+$/;
const LONG_DIGITS = /^\d{20,}$/;

/** Excel keeps 15 significant digits, then writes zeros: a long id ending in ≥5 zeros past digit 15. */
function lostDigits(id: string): boolean {
  if (id.charCodeAt(id.length - 1) !== 48 /* 0 */ || !LONG_DIGITS.test(id)) return false;
  const significant = id.replace(/^0+/, '');
  return significant.length > 15 && /^0+$/.test(significant.slice(15));
}

/** Strip padding, a leading ` or ', and Excel's ="…" text trick; '/' means "none". */
export function stripIdPadding(raw: string): string {
  // trim() covers TAB, CR, LF, space, NBSP, the ideographic space U+3000 and a stray BOM.
  let s = raw.trim();
  const first = s.charCodeAt(0);
  if (first === 61 /* = */ && s.startsWith('="') && s.endsWith('"') && s.length >= 3)
    s = s.slice(2, -1).trim();
  const lead = s.charCodeAt(0);
  if (lead === 96 /* ` */ || lead === 39 /* ' */) s = s.slice(1).trim();
  return s === '/' ? '' : s;
}

/** Cheap shape check used when deciding how to re-align a line with surplus fields. */
export function looksLikeId(raw: string): boolean {
  const s = stripIdPadding(raw);
  return !NOT_ID_CHAR.test(s);
}

export function readId(raw: string): IdText {
  const shown = stripIdPadding(raw);
  if (shown === '') return { id: '', mangled: false, garbled: false, shown };
  if (NOT_ID_CHAR.test(shown)) return { id: '', mangled: false, garbled: true, shown };
  // Only ids containing '.', 'E' or 20+ digits can be spreadsheet numbers; skip the tests otherwise.
  const suspicious = shown.includes('.') || shown.includes('E') || shown.includes('e') || shown.length >= 20;
  if (suspicious && (SCIENTIFIC.test(shown) || FLOAT_FORM.test(shown) || lostDigits(shown))) {
    return { id: '', mangled: true, garbled: false, shown };
  }
  return { id: shown, mangled: false, garbled: false, shown };
}
