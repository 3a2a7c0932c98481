/** The fields of one payment, shared by the wizard and the add-payment dialog. */
import { Form, Input, Select } from 'antd';
import { useI18n } from '../i18n/I18n.tsx';

export interface PaymentValues {
  txid: string;
  amount: string;
  time: string;
  merchantOrderId?: string;
  counterparty?: string;
  direction: 'expense' | 'income' | 'neutral';
  note?: string;
}

export function PaymentFields({ optional = false, full = false }: { optional?: boolean; full?: boolean }) {
  const { t } = useI18n();
  const required = !optional;
  return (
    <>
      <Form.Item
        label={t('payments.txid')}
        name="txid"
        extra={t('payments.txidHint')}
        rules={[
          { required, whitespace: true },
          { pattern: /^\s*['`]?[0-9A-Za-z_-]+\s*$/, message: t('payments.txidHint') },
        ]}
      >
        <Input inputMode="numeric" maxLength={64} className="mono" />
      </Form.Item>
      <Form.Item
        label={t('payments.amount')}
        name="amount"
        rules={[{ required }, { pattern: /^\d+(\.\d{1,2})?$/, message: '12.34' }]}
      >
        <Input inputMode="decimal" prefix="¥" maxLength={20} />
      </Form.Item>
      <Form.Item label={t('payments.time')} name="time" rules={[{ required }]}>
        <Input placeholder={t('payments.timePh')} maxLength={40} />
      </Form.Item>
      {full && (
        <>
          <Form.Item label={t('payments.col.counterparty')} name="counterparty">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label={t('payments.merchantOrderId')} name="merchantOrderId">
            <Input maxLength={64} className="mono" />
          </Form.Item>
          <Form.Item label={t('payments.direction')} name="direction" initialValue="expense">
            <Select
              options={[
                { value: 'expense', label: t('direction.expense') },
                { value: 'income', label: t('direction.income') },
                { value: 'neutral', label: t('direction.neutral') },
              ]}
            />
          </Form.Item>
          <Form.Item label={t('payments.note')} name="note">
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </>
  );
}
