/**
 * The frame of every editing dialog: title, the form, the refusal (if any) above the buttons, and
 * Save / Cancel wired to a useFormSubmit. Placed for small windows (MODAL_FIT). Also `useFocusField`:
 * the caret goes to the field a 现在填写 asked for, after the dialog's opening motion.
 */
import { Alert, Modal, type FormInstance } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { MODAL_FIT } from '../components/modalFit.ts';
import { useI18n } from '../i18n/I18n.tsx';
import type { FormSubmit } from './useFormSubmit.ts';

export function EditorModal({
  title,
  open = true,
  width = 640,
  save,
  okText,
  onClose,
  children,
}: {
  title: string;
  /** For a dialog kept mounted between uses (its form keeps nothing after a reset). */
  open?: boolean;
  width?: number;
  save: FormSubmit;
  okText?: string;
  onClose(): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={save.submit}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.busy}
      width={width}
      {...MODAL_FIT}
    >
      {children}
      {save.error && <Alert type="error" showIcon role="alert" message={save.error} />}
    </Modal>
  );
}

/** Focus `field` (a name path) once the dialog has opened; nothing when undefined. */
export function useFocusField<T>(form: FormInstance<T>, field: string | (string | number)[] | undefined) {
  const key = JSON.stringify(field ?? null);
  useEffect(() => {
    const name = JSON.parse(key) as string | (string | number)[] | null;
    if (name === null) return;
    const timer = setTimeout(() => form.focusField(name as never), 250);
    return () => clearTimeout(timer);
  }, [form, key]);
}
