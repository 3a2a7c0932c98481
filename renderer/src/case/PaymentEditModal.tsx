/**
 * Edit one stored payment: amount, time, 商户单号, the party it went to (name as the bill says it, and
 * which party of the case it belongs to), 付款方式 (the paying account the police report prints), the
 * account that received it, and a note. Old → new values are audited by the core. The 交易单号 is the
 * payment's identity: shown, not edited (a wrong one is removed and added again).
 */
import { Alert, App, Form, Modal, Select, Spin } from 'antd';
import type { Counterparty, Payment } from '../../../core/domain/types.ts';
import { api } from '../api/client.ts';
import { useLoad } from '../api/useLoad.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { formatFen } from '../../../core/money.ts';
import { shortTime } from '../format.ts';
import { EditorModal, useFocusField } from '../forms/EditorModal.tsx';
import { useFormSubmit } from '../forms/useFormSubmit.ts';
import { useI18n } from '../i18n/I18n.tsx';
import type { PaymentField } from './fillTargets.ts';
import { PaymentFields, type PaymentValues } from './PaymentFields.tsx';
import { MODAL_FIT } from '../components/modalFit.ts';

interface Values extends PaymentValues {
  /** 0 = not linked to a party. */
  counterpartyId: number;
}

interface Props {
  caseId: number;
  /**
   * The row as the table holds it, or only its id (from a blank in 生成材料): then it is read; 0 = the
   * case's first expense (a blank that names no payment, e.g. the 止付 sheet's paying account).
   */
  payment: Payment | number;
  parties: Counterparty[];
  focus?: PaymentField | undefined;
  onClose(): void;
  onSaved(): void;
}

export function PaymentEditModal(props: Props) {
  const { t } = useI18n();
  const { caseId, payment } = props;
  const loaded = useLoad(
    async () =>
      payment === 0
        ? ((await api['payment.list']({ caseId, direction: 'expense', limit: 1 }))[0] ?? null)
        : typeof payment === 'number'
          ? ((await api['payment.list']({ caseId })).find((p) => p.id === payment) ?? null)
          : payment,
    [caseId, payment],
  );
  const p = loaded.data;
  if (p) return <PaymentEditForm {...props} payment={p} />;
  return (
    <Modal open title={t('payEdit.title')} onCancel={props.onClose} footer={null} {...MODAL_FIT}>
      {loaded.error && <ErrorAlert error={loaded.error} onRetry={loaded.reload} />}
      {p === undefined && !loaded.error && <Spin />}
      {p === null && <Alert type="warning" showIcon message={t('payEdit.gone')} />}
    </Modal>
  );
}

function PaymentEditForm({ payment: p, parties, focus, onClose, onSaved }: Props & { payment: Payment }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  useFocusField(form, focus);

  const save = useFormSubmit(form, async (v) => {
    await api['payment.edit']({
      id: p.id,
      revision: p.revision,
      patch: {
        amount: v.amount,
        time: v.time,
        merchantOrderId: v.merchantOrderId?.trim() ? v.merchantOrderId.trim() : null,
        counterparty: v.counterparty ?? '',
        counterpartyId: v.counterpartyId ? v.counterpartyId : null,
        direction: v.direction,
        method: v.method ?? '',
        receivingAccount: v.receivingAccount ?? '',
        note: v.note ?? '',
      },
    });
    message.success(t('common.saved'));
    onSaved();
    onClose();
  });

  return (
    <EditorModal title={t('payEdit.title')} width={600} save={save} onClose={onClose}>
      <Form<Values>
        name="paymentEdit"
        form={form}
        layout="vertical"
        data-testid="payment-edit-form"
        initialValues={{
          txid: p.txid,
          amount: formatFen(p.amountFen).replace(/,/g, ''),
          time: shortTime(p.time),
          merchantOrderId: p.merchantOrderId ?? '',
          counterparty: p.counterparty,
          counterpartyId: p.counterpartyId ?? 0,
          direction: p.direction,
          method: p.method,
          receivingAccount: p.receivingAccount,
          note: p.note,
        }}
      >
        <PaymentFields full txidFixed />
        <Form.Item label={t('payEdit.party')} name="counterpartyId" extra={t('payEdit.partyHint')}>
          <Select
            options={[
              { value: 0, label: t('payEdit.noParty') },
              ...parties.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
        </Form.Item>
      </Form>
    </EditorModal>
  );
}
