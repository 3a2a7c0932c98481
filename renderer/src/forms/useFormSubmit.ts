/**
 * The one way a dialog saves a form: check the fields (a failed check stays on the form, no rejection
 * escapes), run the call while the OK button spins, and on a refusal show the core's words — under the
 * field it names when the form has that field (the core's `details.issues`), and above the buttons.
 * Nothing here ever leaves an uncaught promise rejection: `submit` is safe to hand to onClick/onOk.
 */
import type { FormInstance } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { toApiError } from '../api/ApiError.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { validated } from './validated.ts';

interface Issue {
  path?: unknown;
  message?: { zh: string; en: string };
}

export interface FormSubmit {
  busy: boolean;
  /** The refusal in the UI's language, or undefined. */
  error: string | undefined;
  submit(): void;
  clearError(): void;
}

export function useFormSubmit<T>(form: FormInstance<T>, work: (values: T) => Promise<void>): FormSubmit {
  const { pick } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  // The latest `work` (it closes over the dialog's props); submit itself stays stable.
  const latest = useRef(work);
  latest.current = work;

  const run = useCallback(async () => {
    setError(undefined);
    let values: T | null;
    try {
      values = await validated(form);
    } catch (err) {
      setError(pick(toApiError(err).text));
      return;
    }
    if (!values) return;
    setBusy(true);
    try {
      await latest.current(values);
    } catch (err) {
      const e = toApiError(err);
      setError(pick(e.text));
      // Put each issue under its field when the form has one of that name (patch.title → title).
      const issues = (e.details?.['issues'] as Issue[] | undefined) ?? [];
      const known = form.getFieldsValue(true) as Record<string, unknown>;
      const fields = issues.flatMap((issue) => {
        const parts = String(issue.path ?? '').split('.');
        const name = [...parts].reverse().find((p) => p in known);
        return name && issue.message ? [{ name: name as never, errors: [pick(issue.message)] }] : [];
      });
      if (fields.length) form.setFields(fields);
    } finally {
      setBusy(false);
    }
  }, [form, pick]);

  return {
    busy,
    error,
    submit: useCallback(() => void run(), [run]),
    clearError: useCallback(() => setError(undefined), []),
  };
}
