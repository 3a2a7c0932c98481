/**
 * Every zod issue as a sentence in zh and en that names the field (templates/messages/fields.json) and
 * says what to type — never zod's own English ("Too small: expected string…") inside a Chinese message.
 * A parser's refusal (core/input/*) arrives as a custom issue that already carries its localized problem.
 */
import type { z } from 'zod';
import type { LocalizedText } from '../domain/types.ts';
import { inputProblem, type InputProblem, type InputProblemCode } from '../input/problem.ts';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: { zh: '文字', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  boolean: { zh: '是/否', en: 'true or false' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '一组字段', en: 'an object' },
};

/** The field a message names: the last named segment of the path ("accounts.0.number" → number). */
export function issueField(path: readonly PropertyKey[]): string {
  const named = path.filter((p): p is string => typeof p === 'string');
  return named[named.length - 1] ?? 'input';
}

function problemOf(issue: Issue): InputProblem {
  const carried = (issue as { params?: { problem?: InputProblem } }).params?.problem;
  if (carried) return carried;
  const field = issueField(issue.path);
  const p = (code: InputProblemCode, params: Record<string, string | number> = {}) =>
    inputProblem(code, field, params);
  switch (issue.code) {
    case 'invalid_type': {
      if (/received undefined/.test(issue.message)) return p('required');
      const t = TYPE_NAMES[issue.expected] ?? { zh: issue.expected, en: issue.expected };
      return p('wrong-type', { expectedZh: t.zh, expectedEn: t.en });
    }
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? p('required') : p('too-short', { min: Number(issue.minimum) });
      if (issue.origin === 'array' || issue.origin === 'set')
        return p('too-few', { min: Number(issue.minimum) });
      // zod reports one bound per issue: name that bound, not a made-up range.
      return p('number-min', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return p('too-long', { max: Number(issue.maximum) });
      if (issue.origin === 'array' || issue.origin === 'set')
        return p('too-many', { max: Number(issue.maximum) });
      return p('number-max', { max: Number(issue.maximum) });
    case 'invalid_value':
      return p('not-one-of', {
        value: String((issue as { input?: unknown }).input ?? ''),
        options: issue.values.map(String).join(', '),
      });
    case 'invalid_format':
      return p('bad-format');
    case 'unrecognized_keys':
      return p('unknown-field', { keys: issue.keys.join(', ') });
    case 'not_multiple_of':
      return p('number-whole');
    case 'custom':
      // A refine's own text (already bilingual, e.g. absolutePath's "需要完整路径 … (a full path is needed)").
      return p('custom', { detail: issue.message });
    default:
      return p('invalid');
  }
}

export interface LocalizedIssue {
  path: string;
  field: string;
  message: LocalizedText;
}

export function localizeIssues(error: z.ZodError): LocalizedIssue[] {
  return error.issues.map((issue) => {
    const problem = problemOf(issue);
    return { path: issue.path.map(String).join('.'), field: problem.field, message: problem.message };
  });
}
