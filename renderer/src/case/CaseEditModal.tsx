/**
 * Edit what the case says about itself: title, route, status, what happened, where, and what the
 * person asks for (诉求). Opened from the case header, or from 还缺什么 with the missing field focused.
 */
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { CASE_STATUSES, type CaseRecord, type CaseStatus } from '../../../core/domain/types.ts';
import { api } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { validated } from '../forms/validated.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { routes } from '../rules/catalog.ts';
import type { CaseField } from './fillTargets.ts';
import { MODAL_FIT } from '../components/modalFit.ts';

interface Values {
  title: string;
  route: string;
  status: CaseStatus;
  narrative: string;
  place: string;
  demand: string;
}

interface Props {
  record: CaseRecord;
  focus?: CaseField | undefined;
  onClose(): void;
  onSaved(): void;
}

export function CaseEditModal({ record, focus, onClose, onSaved }: Props) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    // After the dialog's opening motion, so the caret lands in the field the checklist asked for.
    const timer = setTimeout(() => {
      if (focus && focus !== 'item') form.focusField(focus);
    }, 250);
    return () => clearTimeout(timer);
  }, [focus, form]);

  async function save() {
    const v = await validated(form);
    if (!v) return;
    setBusy(true);
    setError(undefined);
    try {
      await api['case.update']({
        id: record.id,
        revision: record.revision,
        patch: {
          title: v.title,
          route: v.route,
          status: v.status,
          narrative: v.narrative ?? '',
          place: v.place ?? '',
          demand: v.demand ?? '',
        },
      });
      message.success(t('common.saved'));
      onSaved();
      onClose();
    } catch (err) {
      setError(pick(toApiError(err).text));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t('caseEdit.title')}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      width={720}
      {...MODAL_FIT}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="case-edit-form"
        initialValues={{
          title: record.title,
          route: record.route,
          status: record.status,
          narrative: record.narrative,
          place: record.place,
          demand: record.demand,
        }}
      >
        <Form.Item
          label={t('wizard.caseTitle')}
          name="title"
          rules={[{ required: true, whitespace: true, message: t('caseEdit.titleRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('wizard.route')} name="route">
          <Select options={routes.map((r) => ({ value: r.id, label: pick(r.name) }))} />
        </Form.Item>
        <Form.Item label={t('case.status')} name="status">
          <Select options={CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        </Form.Item>
        <Form.Item label={t('wizard.narrative')} name="narrative" extra={t('caseEdit.narrativeHint')}>
          <Input.TextArea rows={5} maxLength={20000} placeholder={t('wizard.narrativePh')} />
        </Form.Item>
        <Form.Item label={t('wizard.place')} name="place">
          <Input maxLength={200} placeholder={t('caseEdit.placePh')} />
        </Form.Item>
        <Form.Item label={t('caseEdit.demand')} name="demand" extra={t('caseEdit.demandHint')}>
          <Input.TextArea rows={2} maxLength={2000} placeholder={t('caseEdit.demandPh')} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon role="alert" message={error} />}
    </Modal>
  );
}
