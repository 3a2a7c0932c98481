/** Edit one evidence item: kind, name, what it proves, and which payments it supports. */
import { Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import type { EvidenceItem } from '../../../core/domain/types.ts';
import { api } from '../api/client.ts';
import { useLoad } from '../api/useLoad.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { shortTime, yuan } from '../format.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { KindSelect } from './KindSelect.tsx';
import { EditorModal } from '../forms/EditorModal.tsx';
import { useFormSubmit } from '../forms/useFormSubmit.ts';

interface Values {
  kind: string;
  title: string;
  description: string;
  paymentIds: number[];
}

export function EvidenceEditModal({
  item,
  caseId,
  onClose,
  onSaved,
}: {
  item: EvidenceItem;
  caseId: number;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  // The case page holds only the rows on screen; the link chooser needs every payment of the case.
  const payments = useLoad(() => api['payment.list']({ caseId }), [caseId]);
  const options = useMemo(
    () =>
      (payments.data ?? []).map((p) => ({
        value: p.id,
        label: `${shortTime(p.time).slice(0, 16)} ${yuan(p.amountFen)} ${p.counterparty} (${p.txid})`,
      })),
    [payments.data],
  );

  const save = useFormSubmit(form, async (v) => {
    await api['evidence.edit']({
      id: item.id,
      patch: {
        kind: v.kind,
        title: v.title,
        description: v.description ?? '',
        paymentIds: v.paymentIds ?? [],
      },
    });
    onSaved();
    onClose();
  });

  return (
    <EditorModal title={t('evidence.edit')} width={640} save={save} onClose={onClose}>
      <Form
        name="evidenceEdit"
        form={form}
        layout="vertical"
        initialValues={{
          kind: item.kind,
          title: item.title,
          description: item.description,
          paymentIds: item.paymentIds,
        }}
      >
        <Form.Item label={t('evidence.kind')} name="kind">
          <KindSelect label={t('evidence.kind')} />
        </Form.Item>
        <Form.Item
          label={t('evidence.title')}
          name="title"
          rules={[{ required: true, whitespace: true, message: t('evidence.titleRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('evidence.description')} name="description">
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item label={t('evidence.linked')} name="paymentIds">
          <Select
            mode="multiple"
            options={options}
            loading={payments.loading}
            placeholder={t('evidence.linkPh')}
            optionFilterProp="label"
          />
        </Form.Item>
      </Form>
      {payments.error && <ErrorAlert error={payments.error} onRetry={payments.reload} />}
    </EditorModal>
  );
}
