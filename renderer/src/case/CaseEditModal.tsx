/**
 * Edit what the case says about itself: title, route, status (with the amount got back), what was
 * bought, what happened, where, and what the person asks for (诉求: refund, rescission, compensation,
 * interest, and words of their own). Opened from the case header, or from 还缺什么 / 生成材料 with the
 * missing field focused.
 */
import { App, Checkbox, Divider, Form, Input, Select, Space } from 'antd';
import {
  CASE_STATUSES,
  type CaseRecord,
  type CaseStatus,
  type CompensationKind,
} from '../../../core/domain/types.ts';
import { formatFen } from '../../../core/money.ts';
import { api } from '../api/client.ts';
import { EditorModal, useFocusField } from '../forms/EditorModal.tsx';
import { amountRule } from '../forms/fieldRules.ts';
import { useFormSubmit } from '../forms/useFormSubmit.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { routes } from '../rules/catalog.ts';
import type { CaseField } from './fillTargets.ts';

interface Values {
  title: string;
  route: string;
  status: CaseStatus;
  recovered: string;
  item: string;
  narrative: string;
  place: string;
  refund: string;
  rescind: boolean;
  compensation: CompensationKind;
  compensationAmount: string;
  interest: boolean;
  demand: string;
}

interface Props {
  record: CaseRecord;
  focus?: CaseField | undefined;
  onClose(): void;
  onSaved(): void;
}

const COMPENSATIONS: CompensationKind[] = ['none', 'triple', 'tenfold', 'amount'];
/** Plain yuan for an input ("1299.00"); the parsers read it back exactly. */
const yuanInput = (fen: number | null) => (fen === null ? '' : formatFen(fen).replace(/,/g, ''));
/** The form field a checklist focus lands on. */
const FOCUS: Record<CaseField, keyof Values> = {
  title: 'title',
  narrative: 'narrative',
  place: 'place',
  demand: 'refund',
  claims: 'refund',
  item: 'item',
  status: 'status',
};

export function CaseEditModal({ record, focus, onClose, onSaved }: Props) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const status = Form.useWatch('status', form) ?? record.status;
  const compensation = Form.useWatch('compensation', form) ?? record.claims.compensation;
  const showRecovered = status === 'partly-recovered' || status === 'recovered';

  useFocusField(form, focus ? FOCUS[focus] : undefined);

  const save = useFormSubmit(form, async (v) => {
    await api['case.update']({
      id: record.id,
      revision: record.revision,
      patch: {
        title: v.title,
        route: v.route,
        status: v.status,
        // Back to 进行中 / 已结案 keeps what was recovered; only the two recovered states edit it.
        ...(v.status === 'partly-recovered' || v.status === 'recovered'
          ? { recovered: v.recovered?.trim() || '0' }
          : {}),
        item: v.item ?? '',
        narrative: v.narrative ?? '',
        place: v.place ?? '',
        claims: {
          refund: v.refund?.trim() || null,
          rescind: v.rescind ?? false,
          compensation: v.compensation ?? 'none',
          compensationAmount: v.compensation === 'amount' ? v.compensationAmount?.trim() || null : null,
          interest: v.interest ?? false,
        },
        demand: v.demand ?? '',
      },
    });
    message.success(t('common.saved'));
    onSaved();
    onClose();
  });

  return (
    <EditorModal title={t('caseEdit.title')} width={720} save={save} onClose={onClose}>
      <Form<Values>
        name="caseEdit"
        form={form}
        layout="vertical"
        data-testid="case-edit-form"
        initialValues={{
          title: record.title,
          route: record.route,
          status: record.status,
          recovered: yuanInput(record.recoveredFen || null),
          item: record.item,
          narrative: record.narrative,
          place: record.place,
          refund: yuanInput(record.claims.refundFen),
          rescind: record.claims.rescind,
          compensation: record.claims.compensation,
          compensationAmount: yuanInput(record.claims.compensationFen),
          interest: record.claims.interest,
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
        <Space wrap size={[16, 0]} style={{ width: '100%' }} className="form-row">
          <Form.Item label={t('wizard.route')} name="route" style={{ minWidth: 260 }}>
            <Select options={routes.map((r) => ({ value: r.id, label: pick(r.name) }))} />
          </Form.Item>
          <Form.Item label={t('case.status')} name="status" style={{ minWidth: 180 }}>
            <Select options={CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
          </Form.Item>
          {showRecovered && (
            <Form.Item
              label={t('caseEdit.recovered')}
              name="recovered"
              rules={[amountRule(pick, 'recovered', { allowZero: true })]}
              style={{ minWidth: 180 }}
            >
              <Input inputMode="decimal" prefix="¥" maxLength={24} placeholder="1,000" />
            </Form.Item>
          )}
        </Space>
        <Form.Item label={t('caseEdit.item')} name="item" extra={t('caseEdit.itemHint')}>
          <Input maxLength={300} placeholder={t('caseEdit.itemPh')} />
        </Form.Item>
        <Form.Item label={t('wizard.narrative')} name="narrative" extra={t('caseEdit.narrativeHint')}>
          <Input.TextArea rows={4} maxLength={20000} placeholder={t('wizard.narrativePh')} />
        </Form.Item>
        <Form.Item label={t('wizard.place')} name="place">
          <Input maxLength={200} placeholder={t('caseEdit.placePh')} />
        </Form.Item>
        <Divider orientation="left" plain style={{ margin: '4px 0 12px' }}>
          {t('caseEdit.claims')}
        </Divider>
        <Space wrap size={[16, 0]} style={{ width: '100%' }} className="form-row">
          <Form.Item
            label={t('caseEdit.refund')}
            name="refund"
            rules={[amountRule(pick, 'refund')]}
            style={{ minWidth: 200 }}
          >
            <Input inputMode="decimal" prefix="¥" maxLength={24} placeholder={t('caseEdit.refundPh')} />
          </Form.Item>
          <Form.Item label={t('caseEdit.compensation')} name="compensation" style={{ minWidth: 240 }}>
            <Select options={COMPENSATIONS.map((c) => ({ value: c, label: t(`compensation.${c}`) }))} />
          </Form.Item>
          {compensation === 'amount' && (
            <Form.Item
              label={t('caseEdit.compensationAmount')}
              name="compensationAmount"
              rules={[
                { required: true, whitespace: true, message: t('caseEdit.compensationAmountRequired') },
                amountRule(pick, 'compensationAmount'),
              ]}
              style={{ minWidth: 180 }}
            >
              <Input inputMode="decimal" prefix="¥" maxLength={24} />
            </Form.Item>
          )}
        </Space>
        <Space wrap size={[24, 0]}>
          <Form.Item name="rescind" valuePropName="checked">
            <Checkbox>{t('caseEdit.rescind')}</Checkbox>
          </Form.Item>
          <Form.Item name="interest" valuePropName="checked">
            <Checkbox>{t('caseEdit.interest')}</Checkbox>
          </Form.Item>
        </Space>
        <Form.Item label={t('caseEdit.demand')} name="demand" extra={t('caseEdit.demandHint')}>
          <Input.TextArea rows={2} maxLength={2000} placeholder={t('caseEdit.demandPh')} />
        </Form.Item>
      </Form>
    </EditorModal>
  );
}
