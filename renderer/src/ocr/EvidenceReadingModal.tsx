/**
 * What was read from one screenshot: the original beside the reading's state (正在识别…, failed with
 * its reason, 重新识别), the kind its content suggests (one click), the payment card when it is a
 * 账单详情 screen, identifiers to offer to the counterparty, and the text itself.
 */
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Collapse, Modal, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Counterparty, EvidenceItem } from '../../../core/domain/types.ts';
import { host } from '../api/client.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { MODAL_FIT } from '../components/modalFit.ts';
import { shortTime } from '../format.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { kindName } from '../rules/catalog.ts';
import { IdentifierProposals } from './IdentifierProposals.tsx';
import { refreshOcrStatus } from './ocrStatusStore.ts';
import { PaymentCard } from './PaymentCard.tsx';
import { useEvidenceReading } from './useEvidenceReading.ts';
import './ocr.css';

interface Props {
  item: EvidenceItem;
  parties: Counterparty[];
  onClose(): void;
  /** Something in the case changed (a payment linked, a kind set, a party updated). */
  onChanged(): void;
  onKind(item: EvidenceItem, kind: string): void;
}

function useOriginalUrl(id: number): string | null | undefined {
  const [url, setUrl] = useState<string | null>();
  useEffect(() => {
    let made: string | null = null;
    let gone = false;
    void host.evidenceUrl(id, 'content').then((u) => {
      made = u;
      if (!gone) setUrl(u);
    });
    return () => {
      gone = true;
      if (made?.startsWith('blob:')) URL.revokeObjectURL(made);
    };
  }, [id]);
  return url;
}

export function EvidenceReadingModal({ item, parties, onClose, onChanged, onKind }: Props) {
  const { t, pick } = useI18n();
  const { reading, error, rerun, rerunning } = useEvidenceReading(item.id);
  const url = useOriginalUrl(item.id);
  const [kind, setKind] = useState(item.kind);
  const isImage = item.mime.startsWith('image/');
  const open = reading?.status === 'pending' || reading?.status === 'running';

  let state;
  if (error) state = <ErrorAlert error={error} />;
  else if (!reading) state = <Spin aria-label={t('common.loading')} />;
  else if (open)
    state = (
      <Alert
        type="info"
        showIcon
        icon={<Spin size="small" />}
        data-testid="ocr-reading-progress"
        message={reading.status === 'running' ? t('ocr.running') : t('ocr.pending')}
      />
    );
  else if (reading.status === 'failed')
    state = (
      <Alert
        type="error"
        showIcon
        data-testid="ocr-reading-failed"
        message={t('ocr.failed')}
        description={pick(reading.error?.message)}
      />
    );

  const rerunButton = reading && !open && (
    <Button icon={<ReloadOutlined />} onClick={rerun} loading={rerunning} data-testid="ocr-rerun">
      {t('ocr.rerun')}
    </Button>
  );
  const suggested = reading?.suggestedKind;

  return (
    <Modal
      open
      title={item.title}
      onCancel={onClose}
      footer={null}
      width={1000}
      {...MODAL_FIT}
      data-testid="ocr-reading-modal"
    >
      <div className={isImage ? 'ocr-reading' : undefined}>
        {isImage && (
          <div className="ocr-reading-image">
            {url ? <img src={url} alt={item.title} /> : <Spin aria-label={t('common.loading')} />}
          </div>
        )}
        <Space direction="vertical" style={{ width: '100%', minWidth: 0 }} size="middle">
          {state}
          {reading?.status === 'done' && (
            <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="ocr-provenance">
                {reading.provenance
                  ? t('ocr.readBy', {
                      engine: `${reading.provenance.engine} ${reading.provenance.engineVersion}`,
                      language: reading.provenance.language,
                      at: shortTime(reading.finishedAt).slice(0, 16),
                    })
                  : t('ocr.readText', { at: shortTime(reading.finishedAt).slice(0, 16) })}
              </Typography.Text>
              {rerunButton}
            </Space>
          )}
          {reading?.status === 'failed' && rerunButton}
          {suggested && suggested !== item.kind && (
            <Alert
              type={kind === suggested ? 'success' : 'info'}
              showIcon
              data-testid="ocr-kind-suggestion"
              message={
                kind === suggested
                  ? t('ocr.kindApplied', { kind: pick(kindName(suggested)) })
                  : t('ocr.kindSuggested', { kind: pick(kindName(suggested)) })
              }
              action={
                kind === suggested ? undefined : (
                  <Button
                    size="small"
                    onClick={() => {
                      setKind(suggested);
                      onKind(item, suggested);
                    }}
                  >
                    {t('ocr.kindApply', { kind: pick(kindName(suggested)) })}
                  </Button>
                )
              }
            />
          )}
          {reading?.status === 'done' && reading.payment && (
            <PaymentCard
              evidenceId={item.id}
              linkedPayments={item.paymentIds.length}
              reading={reading.payment}
              imageUrl={url ?? null}
              imageSize={
                reading.width && reading.height ? { width: reading.width, height: reading.height } : null
              }
              onConfirmed={() => {
                refreshOcrStatus(item.id);
                onChanged();
              }}
            />
          )}
          {reading?.status === 'done' && (
            <IdentifierProposals found={reading.identifiers} parties={parties} onChanged={onChanged} />
          )}
          {reading?.status === 'done' && (
            <Collapse
              size="small"
              items={[
                {
                  key: 'text',
                  label: t('ocr.text'),
                  children: (
                    <pre className="ocr-text" data-testid="ocr-text">
                      {reading.text || t('ocr.noText')}
                    </pre>
                  ),
                },
              ]}
            />
          )}
        </Space>
      </div>
    </Modal>
  );
}
