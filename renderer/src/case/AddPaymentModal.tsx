import { Alert, App, Form, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { PaymentFields, type PaymentValues } from './PaymentFields.tsx';
import { amountForCore } from '../forms/amountText.ts';
import { validated } from '../forms/validated.ts';
import { MODAL_FIT } from '../components/modalFit.ts';

export function AddPaymentModal({
  caseId,
  open,
  onClose,
  onAdded,
}: {
  caseId: number;
  open: boolean;
  onClose(): void;
  onAdded(): void;
}) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PaymentValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function submit() {
    const v = await validated(form);
    if (!v) return;
    setBusy(true);
    setError(undefined);
    try {
      await api['payment.add']({
        caseId,
        txid: v.txid,
        amount: amountForCore(v.amount),
        time: v.time,
        direction: v.direction ?? 'expense',
        counterparty: v.counterparty ?? '',
        note: v.note ?? '',
        ...(v.merchantOrderId?.trim() ? { merchantOrderId: v.merchantOrderId } : {}),
      });
      message.success(t('payments.added'));
      form.resetFields();
      onAdded();
      onClose();
    } catch (err) {
      setError(pick(toApiError(err).text));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('payments.add')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.add')}
      confirmLoading={busy}
      width={600}
      {...MODAL_FIT}
    >
      <Form form={form} layout="vertical">
        <PaymentFields full />
      </Form>
      {error && <Alert type="error" showIcon role="alert" message={error} />}
    </Modal>
  );
}
