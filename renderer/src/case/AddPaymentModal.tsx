import { App, Form } from 'antd';
import { api } from '../api/client.ts';
import { EditorModal } from '../forms/EditorModal.tsx';
import { useFormSubmit } from '../forms/useFormSubmit.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { PaymentFields, type PaymentValues } from './PaymentFields.tsx';

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
    <EditorModal
      open={open}
      title={t('payments.add')}
      okText={t('common.add')}
      width={600}
      save={save}
      onClose={onClose}
    >
      <Form name="paymentAdd" form={form} layout="vertical">
        <PaymentFields full />
      </Form>
    </EditorModal>
  );
}
