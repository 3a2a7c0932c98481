/**
 * Identifiers a person may want on the counterparty record, found in text read from a screenshot:
 * 微信号 (after its label: the profile page shows it, it cannot be changed), mainland mobile numbers,
 * bank card numbers (16–19 digits passing the Luhn check) and 统一社会信用代码 (18 characters, GB 32100
 * check character). Each is checked, so a 28-digit 交易单号 is never offered as a card or a phone.
 */
export interface FoundIdentifiers {
  wechatIds: string[];
  phones: string[];
  bankCards: string[];
  creditCodes: string[];
}

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function isCreditCode(code: string): boolean {
  if (code.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CHARS.indexOf(code[i]!);
    if (v < 0) return false;
    sum += v * CREDIT_WEIGHTS[i]!;
  }
  const check = CREDIT_CHARS[(31 - (sum % 31)) % 31];
  return code[17] === check;
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function uniq(list: string[]): string[] {
  return [...new Set(list)];
}

/** Runs of characters of one class, split on everything else (linear, no backtracking). */
function runs(text: string, keep: (ch: string) => boolean): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of text) {
    if (keep(ch)) cur += ch;
    else if (cur) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out;
}

export function findIdentifiers(rawText: string): FoundIdentifiers {
  // OCR spaces characters apart and writes full-width colons; undo both per line.
  const lines = rawText
    .slice(0, 200_000)
    .split('\n')
    .map((l) => l.replace(/[ \t]/g, '').replace(/：/g, ':'));
  const wechatIds: string[] = [];
  for (const line of lines) {
    const at = line.indexOf('微信号');
    if (at < 0) continue;
    const rest = line.slice(at + 3).replace(/^:/, '');
    const id = /^[A-Za-z][-_A-Za-z0-9]{5,19}/.exec(rest)?.[0];
    if (id) wechatIds.push(id);
  }
  const phones: string[] = [];
  const bankCards: string[] = [];
  for (const line of lines) {
    // A card shown in groups (6222 0202 0011 2233 445) was joined when spaces were removed.
    for (const digits of runs(line, (c) => c >= '0' && c <= '9')) {
      if (digits.length === 11 && /^1[3-9]/.test(digits)) phones.push(digits);
      else if (
        digits.length >= 16 &&
        digits.length <= 19 &&
        passesLuhn(digits) &&
        !/^(42|1000)/.test(digits)
      ) {
        bankCards.push(digits);
      }
    }
  }
  const creditCodes = lines.flatMap((line) =>
    runs(line.toUpperCase(), (c) => CREDIT_CHARS.includes(c)).flatMap((run) => {
      const found: string[] = [];
      for (let i = 0; i + 18 <= run.length && i < 64; i++) {
        const c = run.slice(i, i + 18);
        // All digits would more likely be a 身份证号 than a company's code: not offered.
        if (isCreditCode(c) && !/^\d{18}$/.test(c)) found.push(c);
      }
      return found;
    }),
  );
  return {
    wechatIds: uniq(wechatIds),
    phones: uniq(phones),
    bankCards: uniq(bankCards),
    creditCodes: uniq(creditCodes),
  };
}
