/**
 * The other side, in full: who they are (merchant, person), their name, and every identifier the
 * police, WeChat Pay or 12315 can use to find them — 微信号, phone numbers, receiving accounts with
 * their type (bank card + 开户行, Alipay, WeChat), the shop's 统一社会信用代码, address, platform and
 * links. Opened from the case header or from 还缺什么 / 生成材料 with the missing part focused. A new
 * party is created when none is given. An existing one can be removed (its payments stay, unlinked)
 * or merged into another party of the case that is the same person.
 */
import { DeleteOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import type { Counterparty } from '../../../core/domain/types.ts';
import { api } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { AccountListField, type AccountRow } from '../forms/AccountListField.tsx';
import { creditCodeRule, phoneRule, wechatIdRule } from '../forms/fieldRules.ts';
import { EditorModal, useFocusField } from '../forms/EditorModal.tsx';
import { TextListField } from '../forms/TextListField.tsx';
import { useFormSubmit } from '../forms/useFormSubmit.ts';
import { useI18n } from '../i18n/I18n.tsx';
import type { CounterpartyField } from './fillTargets.ts';

interface Values {
  kind: Counterparty['kind'];
  name: string;
  wechatNicknames: string[];
  wechatIds: string[];
  phones: string[];
  accounts: AccountRow[];
  creditCode: string;
  address: string;
  platform: string;
  urls: string[];
  note: string;
}

interface Props {
  caseId: number;
  /** The party to edit; undefined adds a new one. */
  party: Counterparty | undefined;
  /** The case's other parties (merge targets). */
  others: Counterparty[];
  focus?: CounterpartyField | undefined;
  onClose(): void;
  onSaved(): void;
}

const clean = (list: string[] | undefined) => (list ?? []).map((s) => s.trim()).filter(Boolean);
/** Lists show at least one input, so there is somewhere to type. */
const atLeastOne = (list: string[] | undefined) => (list && list.length > 0 ? list : ['']);

const FOCUS: Record<CounterpartyField, string | (string | number)[]> = {
  identifiers: ['wechatIds', 0],
  creditCode: 'creditCode',
  name: 'name',
  kind: 'kind',
  address: 'address',
  accounts: ['accounts', 0, 'number'],
  platform: 'platform',
};

export function CounterpartyEditModal({ caseId, party, others, focus, onClose, onSaved }: Props) {
  const { t, pick } = useI18n();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [mergeInto, setMergeInto] = useState<number>();
  const [actionError, setActionError] = useState<string>();
  const kind = Form.useWatch('kind', form) ?? party?.kind ?? 'unknown';

  useFocusField(form, focus ? FOCUS[focus] : undefined);

  const save = useFormSubmit(form, async (v) => {
    await api['counterparty.save']({
      caseId,
      ...(party ? { id: party.id, revision: party.revision } : {}),
      name: v.name.trim(),
      kind: v.kind,
      creditCode: v.kind === 'person' ? (party?.creditCode ?? '') : (v.creditCode ?? '').trim(),
      wechatNicknames: clean(v.wechatNicknames),
      wechatIds: clean(v.wechatIds),
      phones: clean(v.phones),
      accounts: (v.accounts ?? [])
        .filter((a) => a.number?.trim())
        .map((a) => ({
          type: a.type,
          number: a.number,
          ...(a.type === 'bank' && a.bank?.trim() ? { bank: a.bank.trim() } : {}),
          ...(a.holder?.trim() ? { holder: a.holder.trim() } : {}),
        })),
      address: v.address ?? '',
      platform: v.platform ?? '',
      urls: clean(v.urls),
      note: v.note ?? '',
    });
    message.success(t('common.saved'));
    onSaved();
    onClose();
  });

  /** Remove or merge, after the person confirmed what goes. */
  async function act(work: () => Promise<string>) {
    setActionError(undefined);
    try {
      message.success(await work());
      onSaved();
      onClose();
    } catch (err) {
      setActionError(pick(toApiError(err).text));
    }
  }

  function confirmRemove(p: Counterparty) {
    modal.confirm({
      title: t('party.removeTitle', { name: p.name }),
      content: t('party.removeBody'),
      okText: t('party.removeOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        act(async () => {
          const r = await api['counterparty.remove']({ id: p.id });
          return t('party.removed', { name: p.name, n: r.unlinkedPayments });
        }),
    });
  }

  function confirmMerge(p: Counterparty, into: Counterparty) {
    modal.confirm({
      title: t('party.mergeTitle', { from: p.name, into: into.name }),
      content: t('party.mergeBody', { from: p.name, into: into.name }),
      okText: t('party.mergeOk'),
      cancelText: t('common.cancel'),
      onOk: () =>
        act(async () => {
          const r = await api['counterparty.merge']({ from: p.id, into: into.id });
          return t('party.merged', { into: into.name, n: r.movedPayments });
        }),
    });
  }

  const list = { addText: t('party.addOne'), removeText: t('common.remove') };
  const target = others.find((o) => o.id === mergeInto);
  return (
    <EditorModal
      title={party ? t('party.editTitle', { name: party.name }) : t('party.addTitle')}
      width={760}
      save={save}
      onClose={onClose}
    >
      <Form<Values>
        name="partyEdit"
        form={form}
        layout="vertical"
        data-testid="party-edit-form"
        initialValues={{
          kind: party?.kind ?? 'unknown',
          name: party?.name ?? '',
          wechatNicknames: atLeastOne(party?.wechatNicknames),
          wechatIds: atLeastOne(party?.wechatIds),
          phones: atLeastOne(party?.phones),
          accounts: party?.accounts.length ? party.accounts : [{ type: 'bank', number: '' }],
          creditCode: party?.creditCode ?? '',
          address: party?.address ?? '',
          platform: party?.platform ?? '',
          urls: atLeastOne(party?.urls),
          note: party?.note ?? '',
        }}
      >
        <Form.Item label={t('wizard.counterpartyKind')} name="kind">
          <Radio.Group
            options={[
              { value: 'merchant', label: t('kind.merchant') },
              { value: 'person', label: t('kind.person') },
              { value: 'unknown', label: t('kind.unknown') },
            ]}
          />
        </Form.Item>
        <Form.Item
          label={t('party.name')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('party.nameRequired') }]}
        >
          <Input maxLength={200} placeholder={t('party.namePh')} />
        </Form.Item>
        <TextListField name="wechatNicknames" label={t('party.nicknames')} {...list} />
        <TextListField
          name="wechatIds"
          label={t('party.wechatIds')}
          placeholder={t('party.wechatIdPh')}
          rules={[wechatIdRule(pick)]}
          mono
          {...list}
        />
        <TextListField
          name="phones"
          label={t('party.phones')}
          inputMode="tel"
          rules={[phoneRule(pick)]}
          mono
          {...list}
        />
        <AccountListField name="accounts" label={t('party.accounts')} />
        {kind !== 'person' && (
          <Form.Item
            label={t('party.creditCode')}
            name="creditCode"
            extra={t('party.creditCodeHint')}
            rules={[creditCodeRule(pick)]}
          >
            <Input maxLength={24} className="mono" />
          </Form.Item>
        )}
        <Form.Item label={t('party.address')} name="address" extra={t('party.addressHint')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label={t('party.platform')} name="platform">
          <Input maxLength={100} placeholder={t('party.platformPh')} />
        </Form.Item>
        <TextListField
          name="urls"
          label={t('party.urls')}
          placeholder={t('party.urlPh')}
          inputMode="url"
          {...list}
        />
        <Form.Item label={t('payments.note')} name="note">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
      {party && (
        <Space wrap className="party-actions" data-testid="party-actions">
          <Button danger icon={<DeleteOutlined />} onClick={() => confirmRemove(party)}>
            {t('party.remove')}
          </Button>
          {others.length > 0 && (
            <Space.Compact>
              <Select<number>
                aria-label={t('party.mergeInto')}
                placeholder={t('party.mergeInto')}
                style={{ minWidth: 220 }}
                value={mergeInto}
                onChange={setMergeInto}
                options={others.map((o) => ({ value: o.id, label: o.name }))}
              />
              <Button
                icon={<MergeCellsOutlined />}
                disabled={!target}
                onClick={() => target && confirmMerge(party, target)}
              >
                {t('party.merge')}
              </Button>
            </Space.Compact>
          )}
        </Space>
      )}
      {actionError && <Alert type="error" showIcon role="alert" message={actionError} />}
    </EditorModal>
  );
}
