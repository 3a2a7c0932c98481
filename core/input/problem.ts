/**
 * What a parser says about input a person typed: the value, or a problem in zh and en that names the
 * field and what to type. Leaf module (no node imports): the renderer checks a form field with the same
 * code the core runs, so the error under the field and the one from the API are the same words.
 */
import type { LocalizedText } from '../domain/types.ts';
import texts from '../../templates/messages/input.json' with { type: 'json' };
import fieldNames from '../../templates/messages/fields.json' with { type: 'json' };

export type InputProblemCode = Exclude<keyof typeof texts, '$comment'>;
export type FieldKey = Exclude<keyof typeof fieldNames, '$comment'>;

export interface InputProblem {
  code: InputProblemCode;
  /** The field as the API names it, e.g. "amount". */
  field: string;
  message: LocalizedText;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: InputProblem };

/** The field's name in both languages; an unknown key is shown as itself. */
export function fieldLabel(field: string): LocalizedText {
  const known = (fieldNames as Record<string, LocalizedText | string>)[field];
  return typeof known === 'object' ? known : { zh: field, en: field };
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

export function inputProblem(
  code: InputProblemCode,
  field: string,
  params: Record<string, string | number> = {},
): InputProblem {
  const label = fieldLabel(field);
  const t = texts[code];
  return {
    code,
    field,
    message: {
      zh: fill(t.zh, { ...params, field: label.zh }),
      en: fill(t.en, { ...params, field: label.en }),
    },
  };
}

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T = never>(
  code: InputProblemCode,
  field: string,
  params: Record<string, string | number> = {},
): Parsed<T> => ({ ok: false, problem: inputProblem(code, field, params) });
