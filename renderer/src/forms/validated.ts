/**
 * antd's validateFields() rejects when a field is invalid; the field already shows why, so that
 * rejection is the normal "stay on the form" answer, not an error. This returns null for it (no
 * uncaught promise rejection in the console) and rethrows anything else.
 */
import type { FormInstance } from 'antd';

export function isFieldValidationFailure(err: unknown): boolean {
  return (
    typeof err === 'object' && err !== null && Array.isArray((err as { errorFields?: unknown }).errorFields)
  );
}

export async function validated<T>(form: FormInstance<T>, fields?: (keyof T & string)[]): Promise<T | null> {
  try {
    return await (fields ? form.validateFields(fields) : form.validateFields());
  } catch (err) {
    if (isFieldValidationFailure(err)) return null;
    throw err;
  }
}
