/**
 * zod fields that run the same parsers the renderer runs on a form (core/input/*). A refusal becomes a
 * zod issue carrying the parser's zh/en problem, which dispatch turns into the error the person reads.
 */
import { z } from 'zod';
import { parseAmount, type AmountOptions } from '../../input/amount.ts';
import type { Parsed } from '../../input/problem.ts';

/** A string field parsed into T; the issue's params.problem holds the localized message. */
export function parsedText<T>(max: number, parse: (text: string) => Parsed<T>) {
  return z
    .string()
    .max(max)
    .transform((v, ctx): T => {
      const r = parse(v);
      if (r.ok) return r.value;
      ctx.addIssue({ code: 'custom', message: r.problem.message.en, params: { problem: r.problem } });
      return z.NEVER;
    });
}

/** Yuan as typed ("5,200", "¥1,299.00", "５２００") → integer fen. */
export const yuanText = (field: string, options: AmountOptions = {}) =>
  parsedText(64, (v) => parseAmount(v, field, options));

/** Yuan as typed or null ("not asked"); an empty string also means null. */
export const yuanOrNull = (field: string) =>
  z.union([z.null(), z.literal(''), yuanText(field)]).transform((v) => (v === '' || v === null ? null : v));
