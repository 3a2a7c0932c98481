/**
 * Money text → integer fen, exactly. Works on the decimal digits as written, never by multiplying
 * floats (0.07 * 100 = 7.000000000000001; 1.005 * 100 = 100.49999999999999).
 */

const DIGIT_0 = 48;
const DIGIT_9 = 57;

/** Currency marks seen in bills: ¥ (U+00A5), ￥ (U+FFE5), and '?' where a GBK re-save lost the ¥. */
const CURRENCY_PREFIX = /^(?:[¥￥?]|CNY|RMB)\s*/i;

/**
 * '¥28.16' → 2816, '¥1,234.56' → 123456, '50.0' → 5000, '12' → 1200, ' 6.51  ' → 651.
 * Returns null for anything that is not a non-negative amount exact to the fen: '', '¥', '1.234',
 * '-5', '1,23.00', '12abc'. Extra decimals are accepted only when they are zeros ('28.160').
 */
export function yuanTextToFen(text: string): number | null {
  let s = text.trim();
  if (s.length === 0) return null;
  const first = s.charCodeAt(0);
  if (first < DIGIT_0 || first > DIGIT_9) s = s.replace(CURRENCY_PREFIX, '');
  let yuan = 0;
  let fen = 0;
  let i = 0;
  let intDigits = 0;
  let groupLen = -1; // digits since the last thousands comma; -1 while no comma seen
  const n = s.length;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= DIGIT_0 && c <= DIGIT_9) {
      yuan = yuan * 10 + (c - DIGIT_0);
      intDigits++;
      if (groupLen >= 0) groupLen++;
    } else if (c === 44 /* , */) {
      // A thousands separator must follow 1–3 digits (first group) or exactly 3 (later groups).
      if (intDigits === 0 || (groupLen === -1 ? intDigits > 3 : groupLen !== 3)) return null;
      groupLen = 0;
    } else break;
  }
  if (intDigits === 0 || (groupLen !== -1 && groupLen !== 3)) return null;
  if (i < n) {
    if (s.charCodeAt(i) !== 46 /* . */) return null;
    i++;
    let decimals = 0;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < DIGIT_0 || c > DIGIT_9) return null;
      decimals++;
      if (decimals === 1) fen += (c - DIGIT_0) * 10;
      else if (decimals === 2) fen += c - DIGIT_0;
      else if (c !== DIGIT_0) return null; // 28.165 is not an amount in fen: refuse, never round
    }
  }
  const total = yuan * 100 + fen;
  return Number.isSafeInteger(total) ? total : null;
}

/**
 * A numeric XLSX cell (raw `<v>` text such as '548.58000000000004', '7.0000000000000007E-2' or
 * '0.30000000000000004') → fen. The cell holds a binary double; the spreadsheet shows it with the
 * amount format's two decimals. Values computed upstream (sums, 0.1 + 0.2) carry a few units of
 * float error, so the shortest decimal is not always two places: a value within float noise of a
 * fen amount IS that amount, exactly as displayed. A value a real fraction of a fen away (28.165,
 * 28.1601) is not an amount in fen and is refused, never rounded.
 */
export function excelNumberToFen(raw: string): number | null {
  const value = Number(raw.trim());
  if (!Number.isFinite(value) || value < 0 || raw.trim() === '') return null;
  const exact = yuanTextToFen(plainDecimal(String(value)));
  if (exact !== null) return exact;
  const fen = Math.round(value * 100);
  if (!Number.isSafeInteger(fen)) return null;
  // Float error of a short computation: tens of ulps of the value (a sum of a few hundred
  // terms stays inside), with a floor for values near zero. Typed decimals (28.16000001) are
  // many orders of magnitude further off.
  const noise = Math.max(1e-9, 64 * Number.EPSILON * Math.abs(value * 100));
  return Math.abs(value * 100 - fen) <= noise ? fen : null;
}

/** '7e-7' → '0.0000007', '1.5e+21' → '1500000000000000000000'; plain input is returned as is. */
export function plainDecimal(shortest: string): string {
  const m = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(shortest);
  if (!m) return shortest;
  const digits = (m[1] ?? '') + (m[2] ?? '');
  const point = (m[1] ?? '').length + Number(m[3]);
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

const SPACE = /\s/;
const isDigit = (c: number): boolean => c >= DIGIT_0 && c <= DIGIT_9;

/**
 * The amount text ('1,234.56') after `marker` + optional spaces, opening bracket (only with
 * `bracket`) and ¥/￥, at the first occurrence of the marker where one follows; null if none.
 * A hand-written scan: the regular expression it replaces (/已退款\s*[(（]?\s*[¥￥]?\s*…/) tried
 * every split of a run of spaces between its three \s*, cubic time on '已退款' + 3,000 spaces.
 * Each attempt here reads only the characters after its own marker, which no later attempt
 * reads again (the marker cannot occur inside spaces, brackets, ¥ or digits).
 */
function amountAfter(text: string, marker: string, bracket: boolean): string | null {
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
    let i = at + marker.length;
    const skipSpaces = () => {
      while (i < text.length && SPACE.test(text.charAt(i))) i++;
    };
    skipSpaces();
    if (bracket && (text[i] === '(' || text[i] === '（')) {
      i++;
      skipSpaces();
    }
    if (text[i] === '¥' || text[i] === '￥') i++;
    skipSpaces();
    const from = i;
    while (i < text.length && (isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 44)) i++;
    if (i === from) continue;
    const intEnd = i;
    if (text[i] === '.' && isDigit(text.charCodeAt(i + 1))) {
      i++;
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    }
    return text.slice(from, i > intEnd ? i : intEnd);
  }
  return null;
}

/**
 * 当前状态 → refunded fen: '已退款(￥9.10)' or '已退款￥0.11' → 910 / 11; '已全额退款' → the whole
 * amount; anything else → null (no refund shown).
 */
export function refundedFenFromStatus(status: string, amountFen: number): number | null {
  if (!status.includes('退款')) return null; // the common case, without a regex
  if (status.includes('已全额退款')) return amountFen;
  const shown = amountAfter(status, '已退款', true);
  return shown ? yuanTextToFen(shown) : null;
}

/** WeChat 零钱提现 rows state their fee in 备注: '服务费¥0.10' → 10. */
export function feeFenFromNote(note: string): number | null {
  if (!note.includes('服务费')) return null;
  const shown = amountAfter(note, '服务费', false);
  return shown ? yuanTextToFen(shown) : null;
}
