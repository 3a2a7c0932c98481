/**
 * The other side, in full: who they are (merchant, person), their name, and every identifier the
 * police, WeChat Pay or 12315 can use to find them — 微信号, phone numbers, receiving accounts, the
 * shop's 统一社会信用代码 and links. Opened from the case header or from 还缺什么 with the missing part
 * focused. A new party is created when the case has none.
 */
import { Alert, App, Form, Input, Modal, Radio } from 'antd';
import { useEffect, useState } from 'react';
import type { Counterparty } from '../../../core/domain/types.ts';
import { accountFromText } from '../../../core/input/accounts.ts';
import { api } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { creditCodeRule, mobileRule } from '../forms/fieldRules.ts';
import { TextListField } from '../forms/TextListField.tsx';
import { validated } from '../forms/validated.ts';
import { useI18n } from '../i18n/I18n.tsx';
import type { CounterpartyField } from './fillTargets.ts';
import { MODAL_FIT } from '../components/modalFit.ts';

interface Values {
  kind: Counterparty['kind'];
  name: string;
  wechatNicknames: string[];
  wechatIds: string[];
  phones: string[];
  accounts: string[];
  creditCode: string;
  urls: string[];
  note: string;
}

interface Props {
  caseId: number;
  /** The party to edit; undefined adds a new one. */
  party: Counterparty | undefined;
  focus?: CounterpartyField | undefined;
  onClose(): void;
  onSaved(): void;
}

const clean = (list: string[] | undefined) => (list ?? []).map((s) => s.trim()).filter(Boolean);
/** Lists show at least one input, so there is somewhere to type. */
const atLeastOne = (list: string[] | undefined) => (list && list.length > 0 ? list : ['']);

export function CounterpartyEditModal({ caseId, party, focus, onClose, onSaved }: Props) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const kind = Form.useWatch('kind', form) ?? party?.kind ?? 'unknown';

  useEffect(() => {
    const field =
      focus === 'identifiers'
        ? ['wechatIds', 0]
        : focus === 'creditCode'
          ? 'creditCode'
          : focus === 'name'
            ? 'name'
            : null;
    if (!field) return;
    const timer = setTimeout(() => form.focusField(field as never), 250);
    return () => clearTimeout(timer);
  }, [focus, form]);

  async function save() {
    const v = await validated(form);
    if (!v) return;
    setBusy(true);
    setError(undefined);
    try {
      await api['counterparty.save']({
        caseId,
        ...(party ? { id: party.id, revision: party.revision } : {}),
        name: v.name.trim(),
        kind: v.kind,
        creditCode: (v.creditCode ?? '').trim().toUpperCase(),
        wechatNicknames: clean(v.wechatNicknames),
        wechatIds: clean(v.wechatIds),
        phones: clean(v.phones).map((p) => p.replace(/[\s-]/g, '')),
        // An account typed as before keeps its type and bank; a new one is typed from its text
        // ("alipay:…", or a bank card by its digits).
        accounts: clean(v.accounts).map((text) => {
          const number = text.replace(/\s/g, '');
          return party?.accounts.find((a) => a.number === number) ?? accountFromText(number);
        }),
        urls: clean(v.urls),
        note: v.note ?? '',
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

  const list = { addText: t('party.addOne'), removeText: t('common.remove') };
  return (
    <Modal
      open
      title={party ? t('party.editTitle', { name: party.name }) : t('party.addTitle')}
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
        data-testid="party-edit-form"
        initialValues={{
          kind: party?.kind ?? 'unknown',
          name: party?.name ?? '',
          wechatNicknames: atLeastOne(party?.wechatNicknames),
          wechatIds: atLeastOne(party?.wechatIds),
          phones: atLeastOne(party?.phones),
          accounts: atLeastOne(party?.accounts.map((a) => a.number)),
          creditCode: party?.creditCode ?? '',
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
          mono
          {...list}
        />
        <TextListField
          name="phones"
          label={t('party.phones')}
          inputMode="tel"
          rules={[mobileRule(t)]}
          mono
          {...list}
        />
        <TextListField
          name="accounts"
          label={t('party.accounts')}
          placeholder={t('party.accountPh')}
          mono
          {...list}
        />
        {kind !== 'person' && (
          <Form.Item
            label={t('party.creditCode')}
            name="creditCode"
            extra={t('party.creditCodeHint')}
            rules={[creditCodeRule(t)]}
          >
            <Input maxLength={24} className="mono" />
          </Form.Item>
        )}
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
      {error && <Alert type="error" showIcon role="alert" message={error} />}
    </Modal>
  );
}
