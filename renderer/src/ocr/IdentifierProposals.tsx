/**
 * 微信号, phone numbers, bank card numbers and 统一社会信用代码 found on a screenshot, offered to a
 * counterparty record of the case one by one (each with its own button; nothing is added unasked).
 */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Counterparty } from '../../../core/domain/types.ts';
import type { FoundIdentifiers } from '../../../core/ocr/identifiers.ts';
import { api } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { useOpenEditor } from '../case/CaseEditors.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import type { MessageKey } from '../i18n/zh.ts';
import { acceptPatch, proposals, type IdentifierKind, type Proposal } from './proposeIdentifiers.ts';

const KIND_LABEL: Record<IdentifierKind, MessageKey> = {
  wechatId: 'ocrIds.wechatId',
  phone: 'ocrIds.phone',
  bankCard: 'ocrIds.bankCard',
  creditCode: 'ocrIds.creditCode',
};

interface Props {
  found: FoundIdentifiers;
  parties: Counterparty[];
  onChanged(): void;
}

export function IdentifierProposals({ found, parties, onChanged }: Props) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const openEditor = useOpenEditor();
  const [partyId, setPartyId] = useState<number | undefined>(parties[0]?.id);
  const [busy, setBusy] = useState<string>();
  const party = parties.find((p) => p.id === partyId) ?? parties[0];
  const list = proposals(found, party);
  if (list.length === 0) return null;

  const accept = (p: Proposal) => {
    if (!party) return;
    setBusy(`${p.kind}:${p.value}`);
    api['counterparty.update'](acceptPatch(party, p))
      .then(() => {
        message.success(t('ocrIds.added', { value: p.value, name: party.name }));
        onChanged();
      })
      .catch((err: unknown) => message.error(pick(toApiError(err).text)))
      .finally(() => setBusy(undefined));
  };

  return (
    <section aria-labelledby="ocr-ids-title" data-testid="ocr-identifiers">
      <Typography.Title level={5} id="ocr-ids-title">
        {t('ocrIds.title')}
      </Typography.Title>
      {party ? (
        parties.length > 1 && (
          <Space style={{ marginBottom: 8 }}>
            <label htmlFor="ocr-ids-party">{t('ocrIds.to')}</label>
            <Select
              id="ocr-ids-party"
              value={party.id}
              onChange={setPartyId}
              style={{ minWidth: 200 }}
              options={parties.map((p) => ({ value: p.id, label: p.name }))}
            />
          </Space>
        )
      ) : (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          message={t('ocrIds.noParty')}
          action={
            openEditor ? (
              <Button size="small" onClick={() => openEditor({ form: 'counterparty', focus: 'identifiers' })}>
                {t('party.add')}
              </Button>
            ) : undefined
          }
        />
      )}
      <Space direction="vertical" style={{ width: '100%' }} size={4}>
        {list.map((p) => (
          <div
            key={`${p.kind}:${p.value}`}
            style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}
            data-testid="ocr-identifier"
          >
            <Typography.Text type="secondary" style={{ width: 110 }}>
              {t(KIND_LABEL[p.kind])}
            </Typography.Text>
            <span className="mono">{p.value}</span>
            {p.present ? (
              <Tag color="green">{t('ocrIds.present')}</Tag>
            ) : (
              party && (
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  loading={busy === `${p.kind}:${p.value}`}
                  onClick={() => accept(p)}
                  aria-label={`${t('ocrIds.accept', { name: party.name })}: ${p.value}`}
                >
                  {p.replaces
                    ? t('ocrIds.replace', { old: p.replaces })
                    : t('ocrIds.accept', { name: party.name })}
                </Button>
              )
            )}
          </div>
        ))}
      </Space>
    </section>
  );
}
