import { describe, expect, it } from 'vitest';
import { formatFen, parseYuanToFen } from '../../core/money.ts';
import { parseBeijingDateTime, parseDateOrDateTime, toBeijingIso } from '../../core/beijingTime.ts';

describe('money', () => {
  it.each([
    ['12.34', 1234],
    ['0.1', 10],
    ['7', 700],
    ['0.01', 1],
    ['999999999999.99', 99999999999999],
  ])('%s yuan is %i fen', (text, fen) => expect(parseYuanToFen(text)).toBe(fen));

  it.each(['12.345', 'abc', '-1', '1e3', '', '1,000', '¥12'])('rejects %j with amount-invalid', (text) => {
    expect(() => parseYuanToFen(text)).toThrow(/invalid/);
  });

  it('formats fen with thousands separators', () => {
    expect(formatFen(123456)).toBe('1,234.56');
    expect(formatFen(5)).toBe('0.05');
  });
});

describe('Beijing time', () => {
  it('adds +08:00 to a zoneless time and keeps an explicit zone', () => {
    expect(parseBeijingDateTime('2025-05-18 12:00:00')).toBe('2025-05-18T12:00:00+08:00');
    expect(parseBeijingDateTime('2025-05-18 12:00')).toBe('2025-05-18T12:00:00+08:00');
    expect(parseBeijingDateTime('2025-05-18T04:00:00Z')).toBe('2025-05-18T04:00:00+00:00');
  });

  it.each([
    '2025-02-29 10:00:00',
    '2025-13-01 00:00:00',
    '2025-05-18 24:00:00',
    '2025-05-18 12:60',
    'yesterday',
  ])('refuses %s, which does not exist', (t) => expect(() => parseBeijingDateTime(t)).toThrow(/invalid/));

  it('accepts 2024-02-29 (leap year) and validates plain dates', () => {
    expect(parseBeijingDateTime('2024-02-29 10:00:00')).toBe('2024-02-29T10:00:00+08:00');
    expect(parseDateOrDateTime('2025-05-19')).toBe('2025-05-19');
    expect(() => parseDateOrDateTime('2025-04-31')).toThrow(/30 days/);
  });

  it('renders an instant in Beijing time whatever the process zone', () => {
    expect(toBeijingIso(new Date('2025-05-18T16:30:00Z'))).toBe('2025-05-19T00:30:00+08:00');
  });
});
