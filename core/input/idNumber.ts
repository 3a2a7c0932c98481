/**
 * 居民身份证号码 (GB 11643-1999): 6-digit area, 8-digit birth date, 3-digit sequence (odd = male), and a
 * check character computed over the first 17 (ISO 7064 MOD 11-2). A mistyped digit almost always fails
 * the check, which is why a police report must not print an unchecked number.
 */
import type { Gender } from '../domain/types.ts';
import { toHalfWidth } from './fullWidth.ts';
import { fail, ok, type Parsed } from './problem.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export interface IdNumberFacts {
  /** Normalised: half-width, upper-case X, no spaces. */
  idNumber: string;
  birthDate: string;
  gender: Gender;
}

export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

function realDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Check an 18-character ID number; `today` (YYYY-MM-DD) bounds the birth date. */
export function parseIdNumber(text: string, field = 'idNumber', today?: string): Parsed<IdNumberFacts> {
  const v = toHalfWidth(text).replace(/\s+/g, '').toUpperCase();
  if (!v) return fail('required', field);
  if (v.length !== 18) return fail('id-length', field, { length: v.length });
  if (!/^\d{17}[\dX]$/.test(v)) return fail('id-format', field);
  const [y, m, d] = [v.slice(6, 10), v.slice(10, 12), v.slice(12, 14)].map(Number) as [
    number,
    number,
    number,
  ];
  const birthDate = `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`;
  if (y < 1900 || !realDate(y, m, d) || (today !== undefined && birthDate > today))
    return fail('id-birth-date', field, { date: birthDate });
  const expected = idCheckCharacter(v.slice(0, 17));
  if (v[17] !== expected) return fail('id-check-digit', field, { expected });
  return ok({ idNumber: v, birthDate, gender: Number(v[16]) % 2 === 1 ? 'male' : 'female' });
}

/** Birth date and gender of a valid ID number; nulls for anything else (a passport number, a blank). */
export function idNumberFacts(idNumber: string): { birthDate: string | null; gender: Gender | null } {
  const parsed = parseIdNumber(idNumber);
  return parsed.ok
    ? { birthDate: parsed.value.birthDate, gender: parsed.value.gender }
    : { birthDate: null, gender: null };
}
