/** Edit one timeline event: when, what kind, what happened, its reference number. */
import { App, Form } from 'antd';
import type { TimelineEvent } from '../../../core/domain/types.ts';
import { api } from '../api/client.ts';
import { shortTime } from '../format.ts';
import { EditorModal } from '../forms/EditorModal.tsx';
import { useFormSubmit } from '../forms/useFormSubmit.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { EventFields, type EventValues } from './AddEventForm.tsx';

export function EventEditModal({
  event,
  onClose,
  onSaved,
}: {
  event: TimelineEvent;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<EventValues>();
  const save = useFormSubmit(form, async (v) => {
    await api['timeline.update']({
      id: event.id,
      revision: event.revision,
      patch: { date: v.date, kind: v.kind, text: v.text, ref: v.ref ?? '' },
    });
    message.success(t('common.saved'));
    onSaved();
    onClose();
  });
  return (
    <EditorModal title={t('eventEdit.title')} width={560} save={save} onClose={onClose}>
      <Form<EventValues>
        name="eventEdit"
        form={form}
        layout="vertical"
        data-testid="event-edit-form"
        initialValues={{
          // A date-only event stays date-only unless the person picks a time.
          date: event.date.length > 10 ? shortTime(event.date).slice(0, 16) : event.date,
          kind: event.kind,
          text: event.text,
          ref: event.ref,
        }}
      >
        <EventFields />
      </Form>
    </EditorModal>
  );
}
