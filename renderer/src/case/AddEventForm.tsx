import { Alert, Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import type { TimelineEvent } from '../../../core/domain/types.ts';
import { api } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { DateTimeInput } from '../forms/DateTimeInput.tsx';
import { useI18n } from '../i18n/I18n.tsx';

interface Values {
  date: string;
  text: string;
  ref?: string;
  kind: TimelineEvent['kind'];
}

export const EVENT_KINDS: TimelineEvent['kind'][] = ['contact', 'complaint', 'police', 'refund', 'other'];

export function AddEventForm({ caseId, onAdded }: { caseId: number; onAdded(): void }) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(v: Values) {
    setBusy(true);
    setError(undefined);
    try {
      await api['timeline.add']({ caseId, date: v.date, text: v.text, ref: v.ref ?? '', kind: v.kind });
      form.resetFields(['text', 'ref']);
      onAdded();
    } catch (err) {
      setError(pick(toApiError(err).text));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(v) => void submit(v)}
      initialValues={{ kind: 'contact' }}
      data-testid="add-event-form"
    >
      <Form.Item
        label={t('timeline.date')}
        name="date"
        rules={[{ required: true, whitespace: true, message: t('timeline.dateRequired') }]}
      >
        <DateTimeInput precision="minutes" />
      </Form.Item>
      <Form.Item label={t('timeline.kind')} name="kind">
        <Select options={EVENT_KINDS.map((k) => ({ value: k, label: t(`event.${k}`) }))} />
      </Form.Item>
      <Form.Item
        label={t('timeline.text')}
        name="text"
        rules={[{ required: true, whitespace: true, message: t('timeline.textRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <Form.Item label={t('timeline.ref')} name="ref">
        <Input maxLength={200} />
      </Form.Item>
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('timeline.add')}
      </Button>
    </Form>
  );
}
