import { Alert, Button, Form, Input, Select } from 'antd';
import type { TimelineEvent } from '../../../core/domain/types.ts';
import { api } from '../api/client.ts';
import { DateTimeInput } from '../forms/DateTimeInput.tsx';
import { useFormSubmit } from '../forms/useFormSubmit.ts';
import { useI18n } from '../i18n/I18n.tsx';

export interface EventValues {
  date: string;
  text: string;
  ref?: string;
  kind: TimelineEvent['kind'];
}

export const EVENT_KINDS: TimelineEvent['kind'][] = ['contact', 'complaint', 'police', 'refund', 'other'];

export function AddEventForm({ caseId, onAdded }: { caseId: number; onAdded(): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<EventValues>();
  const save = useFormSubmit(form, async (v) => {
    await api['timeline.add']({ caseId, date: v.date, text: v.text, ref: v.ref ?? '', kind: v.kind });
    form.resetFields(['text', 'ref']);
    onAdded();
  });

  return (
    <Form<EventValues>
      name="eventAdd"
      form={form}
      layout="vertical"
      onFinish={save.submit}
      initialValues={{ kind: 'contact' }}
      data-testid="add-event-form"
    >
      <EventFields />
      {save.error && (
        <Alert type="error" showIcon role="alert" message={save.error} style={{ marginBottom: 12 }} />
      )}
      <Button type="primary" htmlType="submit" loading={save.busy}>
        {t('timeline.add')}
      </Button>
    </Form>
  );
}

/** The fields of one timeline event, shared by the add form and the edit dialog. */
export function EventFields() {
  const { t } = useI18n();
  return (
    <>
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
    </>
  );
}
