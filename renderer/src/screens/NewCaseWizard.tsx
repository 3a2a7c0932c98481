/**
 * New case in four short steps: what happened → suggested route → counterparty → one payment (optional).
 * The route suggestion comes from the person's own words; they can change it.
 */
import { Alert, App, Button, Form, Input, Modal, Radio, Select, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { routes, suggestRoute } from '../rules/catalog.ts';
import { PaymentFields, type PaymentValues } from '../case/PaymentFields.tsx';
import { validated } from '../forms/validated.ts';
import { MODAL_FIT } from '../components/modalFit.ts';

interface WizardValues extends Partial<PaymentValues> {
  title: string;
  narrative?: string;
  place?: string;
  route: string;
  counterparty?: string;
  counterpartyKind: 'merchant' | 'person' | 'unknown';
}

const STEP_FIELDS: (keyof WizardValues)[][] = [
  ['title', 'narrative', 'place'],
  ['route'],
  ['counterparty', 'counterpartyKind'],
  [],
];

export function NewCaseWizard({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose(): void;
  onCreated(id: number): void;
}) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<WizardValues>();
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const route = Form.useWatch('route', form);

  async function next() {
    if (!(await validated(form, STEP_FIELDS[step]))) return;
    if (step === 0)
      form.setFieldValue(
        'route',
        suggestRoute(`${form.getFieldValue('title') ?? ''} ${form.getFieldValue('narrative') ?? ''}`),
      );
    setStep(step + 1);
  }

  async function create() {
    // Every step's fields, not only this one's: nothing is sent until all of it reads.
    if (!(await validated(form, [...STEP_FIELDS.flat(), 'txid', 'amount', 'time']))) return;
    const v = { ...form.getFieldsValue(true) } as WizardValues;
    setBusy(true);
    setError(undefined);
    try {
      // One call, one transaction: the case exists only if the party and the payment are valid too.
      const hasPayment = Boolean(v.txid?.trim() && v.amount?.trim() && v.time?.trim());
      const created = await api['case.createWithPayments']({
        case: { title: v.title, route: v.route, narrative: v.narrative ?? '', place: v.place ?? '' },
        ...(v.counterparty?.trim()
          ? { counterparty: { name: v.counterparty.trim(), kind: v.counterpartyKind } }
          : {}),
        payments: hasPayment
          ? [
              {
                txid: v.txid!,
                amount: v.amount!,
                time: v.time!,
                counterparty: v.counterparty ?? '',
                direction: 'expense',
              },
            ]
          : [],
      });
      message.success(t('wizard.created'));
      form.resetFields();
      setStep(0);
      onClose();
      onCreated(created.id);
    } catch (err) {
      setError(pick(toApiError(err).text));
    } finally {
      setBusy(false);
    }
  }

  const chosen = routes.find((r) => r.id === route);
  return (
    <Modal
      open={open}
      title={t('wizard.title')}
      onCancel={onClose}
      footer={null}
      width={720}
      {...MODAL_FIT}
      destroyOnHidden={false}
    >
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 24 }}
        items={[
          { title: t('wizard.step.what') },
          { title: t('wizard.step.route') },
          { title: t('wizard.step.who') },
          { title: t('wizard.step.payment') },
        ]}
      />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ counterpartyKind: 'unknown', route: 'fraud' }}
        preserve
      >
        <div hidden={step !== 0}>
          <Form.Item
            label={t('wizard.caseTitle')}
            name="title"
            rules={[{ required: true, whitespace: true }]}
          >
            <Input placeholder={t('wizard.caseTitlePh')} maxLength={200} />
          </Form.Item>
          <Form.Item label={t('wizard.narrative')} name="narrative">
            <Input.TextArea rows={4} placeholder={t('wizard.narrativePh')} />
          </Form.Item>
          <Form.Item label={t('wizard.place')} name="place">
            <Input maxLength={200} />
          </Form.Item>
        </div>
        <div hidden={step !== 1}>
          <Typography.Paragraph>{t('wizard.suggested')}</Typography.Paragraph>
          <Form.Item label={t('wizard.route')} name="route" rules={[{ required: true }]}>
            <Select options={routes.map((r) => ({ value: r.id, label: pick(r.name) }))} />
          </Form.Item>
          {chosen && <Alert type="info" showIcon message={pick(chosen.summary)} />}
        </div>
        <div hidden={step !== 2}>
          <Form.Item label={t('wizard.counterparty')} name="counterparty">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label={t('wizard.counterpartyKind')} name="counterpartyKind">
            <Radio.Group
              options={[
                { value: 'merchant', label: t('kind.merchant') },
                { value: 'person', label: t('kind.person') },
                { value: 'unknown', label: t('kind.unknown') },
              ]}
            />
          </Form.Item>
        </div>
        <div hidden={step !== 3}>
          <Typography.Paragraph>{t('wizard.paymentLead')}</Typography.Paragraph>
          {step === 3 && <PaymentFields optional />}
        </div>
      </Form>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} role="alert" />}
      <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
        {step > 0 && <Button onClick={() => setStep(step - 1)}>{t('common.back')}</Button>}
        {step < 3 ? (
          <Button type="primary" onClick={() => void next()}>
            {t('common.next')}
          </Button>
        ) : (
          <Button type="primary" loading={busy} onClick={() => void create()}>
            {t('wizard.create')}
          </Button>
        )}
      </Space>
    </Modal>
  );
}
