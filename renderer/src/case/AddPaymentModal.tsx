import { Alert, App, Form, Modal } from 'antd';
import { api } from '../api/client.ts';
import { useFormSubmit } from '../forms/useFormSubmit.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { PaymentFields, type PaymentValues } from './PaymentFields.tsx';
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
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PaymentValues>();
  const save = useFormSubmit(form, async (v) => {
    await api['payment.add']({
      caseId,
      txid: v.txid,
      // As typed ("5,200", "¥1,299.00"): the core reads it with the same parser the field checked.
      amount: v.amount,
      time: v.time,
      direction: v.direction ?? 'expense',
      counterparty: v.counterparty ?? '',
      method: v.method ?? '',
      receivingAccount: v.receivingAccount ?? '',
      note: v.note ?? '',
      ...(v.merchantOrderId?.trim() ? { merchantOrderId: v.merchantOrderId } : {}),
    });
    message.success(t('payments.added'));
    form.resetFields();
    onAdded();
    onClose();
  });

  return (
    <Modal
      open={open}
      title={t('payments.add')}
      onCancel={onClose}
      onOk={save.submit}
      okText={t('common.add')}
      confirmLoading={save.busy}
      width={600}
      {...MODAL_FIT}
    >
      <Form form={form} layout="vertical">
        <PaymentFields full />
      </Form>
      {save.error && <Alert type="error" showIcon role="alert" message={save.error} />}
    </Modal>
  );
}
