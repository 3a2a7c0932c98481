/**
 * The fields of one payment, shared by the wizard and the add/edit-payment dialogs. In the wizard the
 * payment is optional, but a half-filled one is not: once any of 交易单号 / 金额 / 时间 is given, all three are.
 */
import { Form, Input, Select } from 'antd';
import type { Rule } from 'antd/es/form/index.js';
import { DateTimeInput } from '../forms/DateTimeInput.tsx';
import { amountRule } from '../forms/fieldRules.ts';
import { useI18n } from '../i18n/I18n.tsx';

export interface PaymentValues {
  txid: string;
  amount: string;
  time: string;
  merchantOrderId?: string;
  counterparty?: string;
  direction: 'expense' | 'income' | 'neutral';
  /** 付款方式: the paying account ("招商银行储蓄卡(3817)", 零钱). */
  method?: string;
  receivingAccount?: string;
  note?: string;
}

const TRIO = ['txid', 'amount', 'time'] as const;

/**
 * `optional`: the wizard's payment (all of the trio or none); `full`: every field a person can give;
 * `txidFixed`: editing a stored payment, whose 交易单号 is its identity and is shown, not edited.
 */
export function PaymentFields({
  optional = false,
  full = false,
  txidFixed = false,
}: {
  optional?: boolean;
  full?: boolean;
  txidFixed?: boolean;
}) {
  const { t, pick } = useI18n();
  // Required outright, or (optional payment) as soon as one of the three is filled in.
  const needed =
    (message: string): Rule =>
    ({ getFieldValue }) => ({
      required: !optional || TRIO.some((f) => String(getFieldValue(f) ?? '').trim() !== ''),
      whitespace: true,
      message,
    });
  return (
    <>
      <Form.Item
        label={t('payments.txid')}
        name="txid"
        extra={t('payments.txidHint')}
        dependencies={optional ? ['amount', 'time'] : []}
        rules={[
          needed(t('payments.txidRequired')),
          { pattern: /^\s*['`]?[0-9A-Za-z_-]+\s*$/, message: t('payments.txidInvalid') },
        ]}
      >
        <Input
          inputMode="numeric"
          maxLength={64}
          className="mono"
          readOnly={txidFixed}
          disabled={txidFixed}
        />
      </Form.Item>
      <Form.Item
        label={t('payments.amount')}
        name="amount"
        dependencies={optional ? ['txid', 'time'] : []}
        rules={[needed(t('payments.amountRequired')), amountRule(pick)]}
      >
        <Input inputMode="decimal" prefix="¥" maxLength={24} placeholder={t('payments.amountPh')} />
      </Form.Item>
      <Form.Item
        label={t('payments.time')}
        name="time"
        dependencies={optional ? ['txid', 'amount'] : []}
        rules={[needed(t('payments.timeRequired'))]}
      >
        <DateTimeInput precision="seconds" />
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
          <Form.Item label={t('payEdit.method')} name="method" extra={t('payEdit.methodHint')}>
            <Input maxLength={100} placeholder={t('payEdit.methodPh')} />
          </Form.Item>
          <Form.Item
            label={t('payEdit.receivingAccount')}
            name="receivingAccount"
            extra={t('payEdit.receivingAccountHint')}
          >
            <Input maxLength={100} className="mono" placeholder={t('payEdit.receivingAccountPh')} />
          </Form.Item>
          <Form.Item label={t('payments.note')} name="note">
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </>
  );
}
