/** Every parser a form and the API share (core/input/*), with the inputs issue 11 lists. */
import { describe, expect, it } from 'vitest';
import { accountFromText, accountText, luhnValid, parseAccountNumber } from '../../core/input/accounts.ts';
import { parseAmount } from '../../core/input/amount.ts';
import { creditCodeCheckCharacter, parseCreditCode } from '../../core/input/creditCode.ts';
import { parseDateInput, parseDateTime } from '../../core/input/dateTime.ts';
import { idCheckCharacter, idNumberFacts, parseIdNumber } from '../../core/input/idNumber.ts';
import { parseMobile, parsePhone } from '../../core/input/phone.ts';
import type { Parsed } from '../../core/input/problem.ts';
import { parseEmail, parseName, parseWechatId } from '../../core/input/text.ts';

const value = <T>(r: Parsed<T>): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.problem.code}: ${r.problem.message.en}`);
  return r.value;
};
const problem = <T>(r: Parsed<T>) => {
  if (r.ok) throw new Error(`expected a problem, got ${JSON.stringify(r.value)}`);
  return r.problem;
};
/** Chinese first and no English leaking into it; English names the field too. */
function bilingual(r: Parsed<unknown>, zhField: string, enField: string) {
  const p = problem(r);
  expect(p.message.zh).toContain(zhField);
  expect(p.message.zh).not.toMatch(/[A-Za-z]{5,}/);
  expect(p.message.en).toContain(enField);
  return p;
}

describe('amounts', () => {
  it.each([
    ['5,200', 520000],
    ['5200元', 520000],
    ['¥1,299.00', 129900],
    ['￥1,299.5', 129950],
    ['５２００．５０', 520050],
    ['５，２００', 520000],
    [' 93.40 ', 9340],
    ['RMB 12', 1200],
    ['0.01', 1],
  ])('%s → %i fen', (text, fen) => expect(value(parseAmount(text))).toBe(fen));

  it('refuses three decimals, 0, negatives and grouping that is not thousands, saying what to type', () => {
    expect(bilingual(parseAmount('12.345'), '金额', 'Amount').code).toBe('amount-decimals');
    expect(problem(parseAmount('12.345')).message.zh).toContain('12.34');
    expect(bilingual(parseAmount('0'), '金额', 'Amount').code).toBe('amount-not-positive');
    expect(problem(parseAmount('0.00')).code).toBe('amount-not-positive');
    expect(value(parseAmount('0', 'recovered', { allowZero: true }))).toBe(0);
    expect(bilingual(parseAmount('-5'), '金额', 'Amount').code).toBe('amount-negative');
    expect(problem(parseAmount('52,00')).code).toBe('amount-format');
    expect(problem(parseAmount('12.34.5')).code).toBe('amount-format');
    expect(problem(parseAmount('abc')).message.zh).toContain('5,200');
    expect(problem(parseAmount('')).code).toBe('required');
    expect(problem(parseAmount('1234567890123')).code).toBe('amount-too-large');
  });
});

describe('date-times', () => {
  const now = new Date('2025-06-01T04:00:00Z'); // 2025-06-01 12:00 Beijing
  it.each([
    ['2025年5月18日 14:58', '2025-05-18T14:58:00+08:00'],
    ['2025-05-18 14:58', '2025-05-18T14:58:00+08:00'],
    ['2025/5/18 14:58:30', '2025-05-18T14:58:30+08:00'],
    ['2025-05-18T06:58:00Z', '2025-05-18T06:58:00+00:00'],
    ['2025年5月18日下午3点', '2025-05-18T15:00:00+08:00'],
    ['2025年5月18日15时30分', '2025-05-18T15:30:00+08:00'],
    ['2025年5月18日 晚上8点半', '2025-05-18T20:30:00+08:00'],
    ['２０２５－０５－１８　１４：５８', '2025-05-18T14:58:00+08:00'],
  ])('%s → %s', (text, iso) => expect(value(parseDateTime(text, 'time', { now })).iso).toBe(iso));

  it('reads 5月18日下午3点 as this year and says so; a date still ahead this year was last year', () => {
    expect(value(parseDateTime('5月18日下午3点', 'time', { now }))).toEqual({
      iso: '2025-05-18T15:00:00+08:00',
      assumedYear: 2025,
    });
    expect(value(parseDateTime('12月20日 10:00', 'time', { now })).iso).toBe('2024-12-20T10:00:00+08:00');
  });

  it('refuses a time in the future, a day that does not exist, and a date without a time, naming the field', () => {
    const future = bilingual(parseDateTime('2025-06-02 09:00', 'time', { now }), '付款时间', 'Payment time');
    expect(future.code).toBe('datetime-future');
    expect(value(parseDateTime('2025-06-02 09:00', 'time', { now, allowFuture: true })).iso).toContain('06-02');
    expect(bilingual(parseDateTime('2025-02-30 10:00', 'time', { now }), '2月只有 28 天', 'has 28 days').code).toBe(
      'datetime-not-real',
    );
    expect(problem(parseDateTime('2025-05-18 25:00', 'time', { now })).code).toBe('datetime-not-real');
    expect(problem(parseDateTime('2025-05-18', 'time', { now })).code).toBe('datetime-format');
    expect(problem(parseDateTime('昨天', 'time', { now })).message.zh).toContain('2025-05-18 14:58');
  });

  it('takes a date alone for timeline events', () => {
    expect(value(parseDateInput('2025年5月19日', 'date', { now })).iso).toBe('2025-05-19');
    expect(problem(parseDateInput('next week', 'date', { now })).code).toBe('date-format');
  });
});

describe('ID numbers (GB 11643)', () => {
  it('accepts a valid number and derives birth date and gender', () => {
    expect(value(parseIdNumber('11010519491231002X'))).toEqual({
      idNumber: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'female',
    });
    expect(value(parseIdNumber('11010519491231002x')).idNumber).toBe('11010519491231002X');
    const male = `11010119900307123`;
    expect(value(parseIdNumber(male + idCheckCharacter(male))).gender).toBe('male');
    expect(idNumberFacts('not a number')).toEqual({ birthDate: null, gender: null });
  });

  it('refuses 17 digits, a wrong check digit, a birth date that does not exist, saying what to check', () => {
    expect(bilingual(parseIdNumber('11010119900307123'), '身份证号', 'ID number').code).toBe('id-length');
    expect(problem(parseIdNumber('11010119900307123')).message.zh).toContain('17 位');
    const wrong = problem(parseIdNumber('110101199003071234'));
    expect(wrong.code).toBe('id-check-digit');
    expect(wrong.message.zh).toContain(`应为 ${idCheckCharacter('11010119900307123')}`);
    const feb30 = '11010119900230123';
    expect(problem(parseIdNumber(feb30 + idCheckCharacter(feb30))).code).toBe('id-birth-date');
    const future = '11010120990101123';
    expect(problem(parseIdNumber(future + idCheckCharacter(future), 'idNumber', '2025-06-01')).code).toBe(
      'id-birth-date',
    );
    expect(problem(parseIdNumber('1101011990030712AB')).code).toBe('id-format');
  });
});

describe('mobile and phone numbers', () => {
  it('accepts 11 digits starting 1[3-9], with +86 and separators removed', () => {
    expect(value(parseMobile('13912345678'))).toBe('13912345678');
    expect(value(parseMobile('+86 139-1234-5678'))).toBe('13912345678');
    expect(value(parsePhone('010-12345678'))).toBe('010-12345678');
    expect(value(parsePhone('4001234567'))).toBe('4001234567');
  });
  it('refuses 1380000, 12 digits and 12x prefixes', () => {
    expect(bilingual(parseMobile('1380000'), '手机号', 'Mobile number').code).toBe('mobile-format');
    expect(problem(parseMobile('12912345678')).code).toBe('mobile-format');
    expect(problem(parseMobile('139123456789')).code).toBe('mobile-format');
    expect(problem(parsePhone('1380000')).code).toBe('phone-format');
  });
});

describe('unified social credit codes (GB 32100)', () => {
  it('accepts a valid code, normalising case and spaces', () => {
    expect(value(parseCreditCode('91350100M000100Y43'))).toBe('91350100M000100Y43');
    expect(value(parseCreditCode('91350100m000100y43 '))).toBe('91350100M000100Y43');
    expect(value(parseCreditCode(''))).toBe('');
  });
  it('refuses the wrong length, letters never used and a wrong check character', () => {
    expect(bilingual(parseCreditCode('91350100M000100Y4'), '统一社会信用代码', 'credit code').code).toBe(
      'credit-code-length',
    );
    expect(problem(parseCreditCode('91350100M000100I43')).code).toBe('credit-code-format');
    const check = problem(parseCreditCode('91350100M000100Y44'));
    expect(check.code).toBe('credit-code-check');
    expect(check.message.en).toContain(`would be ${creditCodeCheckCharacter('91350100M000100Y4')}`);
  });
});

describe('accounts, names, e-mail, WeChat IDs', () => {
  it('bank cards are digits only; Luhn is reported, not enforced', () => {
    expect(value(parseAccountNumber('bank', '6222 0202 0011 2233 445'))).toEqual({
      number: '6222020200112233445',
      luhnOk: luhnValid('6222020200112233445'),
    });
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(bilingual(parseAccountNumber('bank', '6222abc0200112233'), '账号', 'Account number').code).toBe(
      'bank-card-format',
    );
    expect(value(parseAccountNumber('alipay', 'zhang@example.com')).number).toBe('zhang@example.com');
    expect(problem(parseAccountNumber('alipay', '张 三')).code).toBe('account-format');
  });
  it('reads typed accounts from the CLI and prints them the same way everywhere', () => {
    expect(accountFromText('6222020200112233445')).toEqual({ type: 'bank', number: '6222020200112233445' });
    expect(accountFromText('alipay:13912345678')).toEqual({ type: 'alipay', number: '13912345678' });
    expect(accountFromText('13912345678')).toEqual({ type: 'other', number: '13912345678' });
    expect(accountText({ type: 'bank', number: '6222', bank: '工商银行', holder: '张三' })).toBe(
      '银行卡 6222（开户行：工商银行，户名：张三）',
    );
  });
  it('refuses a name of only spaces (full-width ones too)', () => {
    expect(bilingual(parseName('   ', 'title'), '标题', 'Title').code).toBe('blank');
    expect(problem(parseName('\u3000\u3000', 'name')).code).toBe('blank');
    expect(value(parseName('  李某 ', 'name'))).toBe('李某');
  });
  it('checks e-mail and WeChat IDs loosely, catching a nickname typed as an ID', () => {
    expect(value(parseEmail('zhang@example.com'))).toBe('zhang@example.com');
    expect(problem(parseEmail('zhang@'))).toMatchObject({ code: 'email-format' });
    expect(value(parseWechatId('wxid_abc123'))).toBe('wxid_abc123');
    expect(problem(parseWechatId('堃哥')).code).toBe('wechat-id-format');
  });
});
