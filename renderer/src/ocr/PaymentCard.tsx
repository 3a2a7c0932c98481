/**
 * 从截图识别到一笔付款: every value read from a 账单详情 screen, editable, with the crop of the screen it
 * was read from beside it; values that failed a check or were read with low confidence are marked 请核对.
 * Confirming calls `ocr.confirmPayment`: the screenshot is linked to the case's payment with that
 * 交易单号 (one imported from a bill, say so, and where amount or time differ, say that too), or a new
 * payment is added. Nothing is stored before the person confirms.
 */
import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { ConfirmedPayment } from '../../../core/api/schemas/ocr.ts';
import type { PaymentFieldName, PaymentScreenReading } from '../../../core/ocr/types.ts';
import { api } from '../api/client.ts';
import { toApiError, type ApiError } from '../api/ApiError.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { shortTime, yuan } from '../format.ts';
import { useI18n } from '../i18n/I18n.tsx';
import type { MessageKey } from '../i18n/zh.ts';
import { FieldCrop } from './FieldCrop.tsx';
import {
  CARD_FIELDS,
  confirmInput,
  draftFromReading,
  stillUncertain,
  type PaymentDraft,
} from './paymentDraft.ts';

const LABEL: Record<PaymentFieldName, MessageKey> = {
  txid: 'ocrCard.txid',
  merchantOrderId: 'ocrCard.merchantOrderId',
  amountFen: 'ocrCard.amount',
  direction: 'ocrCard.direction',
  time: 'ocrCard.time',
  counterparty: 'ocrCard.counterparty',
  method: 'ocrCard.method',
  status: 'ocrCard.status',
};
const MONO = new Set<PaymentFieldName>(['txid', 'merchantOrderId', 'amountFen', 'time']);

interface Props {
  evidenceId: number;
  /** Payments this screenshot is already linked to (confirming again links, never adds twice). */
  linkedPayments: number;
  reading: PaymentScreenReading;
  /** Size of the original (the boxes are in its pixels) and a URL of it; null while unavailable. */
  imageSize: { width: number; height: number } | null;
  imageUrl: string | null;
  onConfirmed(result: ConfirmedPayment): void;
}

export function PaymentCard({
  evidenceId,
  linkedPayments,
  reading,
  imageSize,
  imageUrl,
  onConfirmed,
}: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<PaymentDraft>(() => draftFromReading(reading));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState<{ result: ConfirmedPayment; sent: PaymentDraft }>();
  const doubtful = useMemo(() => stillUncertain(reading, draft), [reading, draft]);
  const invalidField = (error?.details?.issues as { path?: (string | number)[] }[] | undefined)?.map((i) =>
    String(i.path?.[0] ?? ''),
  );

  const set = (field: keyof PaymentDraft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setDone(undefined);
  };

  const confirm = () => {
    setBusy(true);
    setError(undefined);
    const sent = draft;
    api['ocr.confirmPayment'](confirmInput(evidenceId, sent))
      .then((result) => {
        setDone({ result, sent });
        onConfirmed(result);
      })
      .catch((err: unknown) => setError(toApiError(err)))
      .finally(() => setBusy(false));
  };

  const platform = reading.platform === 'alipay' ? t('ocrCard.alipay') : t('ocrCard.wechat');
  return (
    <section aria-labelledby={`ocr-card-${evidenceId}`} data-testid="ocr-payment-card">
      <Typography.Title level={4} id={`ocr-card-${evidenceId}`} style={{ marginTop: 0 }}>
        {t('ocrCard.title')} <Tag color="blue">{platform}</Tag>
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('ocrCard.lead')}
      </Typography.Paragraph>
      {linkedPayments > 0 && !done && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="ocr-card-linked"
          message={t('ocrCard.alreadyLinked', { n: linkedPayments })}
        />
      )}
      {CARD_FIELDS.map((field) => {
        const uncertain = doubtful.includes(field);
        const box = reading.boxes[field];
        const label = t(LABEL[field]);
        const inputId = `ocr-${evidenceId}-${field}`;
        const bad =
          invalidField?.includes(field) || (field === 'amountFen' && invalidField?.includes('amount'));
        return (
          <div
            key={field}
            className={`ocr-field-row${uncertain ? ' uncertain' : ''}`}
            data-testid={`ocr-field-${field}`}
            data-uncertain={uncertain ? 'true' : undefined}
          >
            <label className="ocr-field-label" htmlFor={inputId}>
              {label}
            </label>
            <Space.Compact style={{ width: '100%' }}>
              {field === 'direction' ? (
                <Select
                  id={inputId}
                  value={draft.direction}
                  onChange={(v) => set('direction', v)}
                  style={{ width: '100%' }}
                  options={[
                    { value: 'expense', label: t('direction.expense') },
                    { value: 'income', label: t('direction.income') },
                  ]}
                />
              ) : (
                <Input
                  id={inputId}
                  value={draft[field]}
                  onChange={(e) => set(field, e.target.value)}
                  status={bad ? 'error' : uncertain ? 'warning' : undefined}
                  className={MONO.has(field) ? 'mono' : undefined}
                  prefix={field === 'amountFen' ? '¥' : undefined}
                  inputMode={field === 'txid' || field === 'merchantOrderId' ? 'numeric' : undefined}
                  placeholder={field === 'time' ? '2025-05-18 14:58:00' : t('ocrCard.notRead')}
                  maxLength={field === 'counterparty' ? 200 : 100}
                  aria-describedby={uncertain ? `${inputId}-check` : undefined}
                  suffix={
                    uncertain ? (
                      <Tag color="warning" id={`${inputId}-check`} style={{ marginInlineEnd: 0 }}>
                        {t('ocrCard.check')}
                      </Tag>
                    ) : undefined
                  }
                />
              )}
            </Space.Compact>
            <span className="ocr-field-crop">
              {box && imageUrl && imageSize ? (
                <FieldCrop
                  url={imageUrl}
                  box={box}
                  width={imageSize.width}
                  height={imageSize.height}
                  label={t('ocrCard.cropOf', { field: label })}
                />
              ) : (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {box ? '' : t('ocrCard.noCrop')}
                </Typography.Text>
              )}
            </span>
          </div>
        );
      })}
      <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
        {doubtful.length > 0 && !done && (
          <Alert
            type="warning"
            showIcon
            data-testid="ocr-card-uncertain"
            message={t('ocrCard.uncertain', {
              fields: doubtful.map((f) => t(LABEL[f])).join('、'),
            })}
          />
        )}
        {error && <ErrorAlert error={error} />}
        {done && <ConfirmOutcome done={done} />}
        <Button
          type="primary"
          icon={<CheckCircleOutlined />}
          loading={busy}
          disabled={done !== undefined}
          onClick={confirm}
          data-testid="ocr-card-confirm"
        >
          {done ? t('ocrCard.confirmed') : t('ocrCard.confirm')}
        </Button>
      </Space>
    </section>
  );
}

function ConfirmOutcome({ done }: { done: { result: ConfirmedPayment; sent: PaymentDraft } }) {
  const { t } = useI18n();
  const { payment, outcome, differences } = done.result;
  const source = payment.source === 'bill' ? t('ocrCard.fromBill') : t('ocrCard.fromElsewhere');
  return (
    <>
      <Alert
        type="success"
        showIcon
        data-testid="ocr-card-outcome"
        data-outcome={outcome}
        message={
          outcome === 'existing'
            ? t('ocrCard.linkedExisting', { txid: payment.txid, source })
            : t('ocrCard.created', { txid: payment.txid })
        }
      />
      {differences.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="ocr-card-differences"
          message={t('ocrCard.differ')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {differences.includes('amount') && (
                <li>
                  {t('ocrCard.differAmount', {
                    stored: yuan(payment.amountFen),
                    screen: `¥${done.sent.amountFen}`,
                  })}
                </li>
              )}
              {differences.includes('time') && (
                <li>
                  {t('ocrCard.differTime', { stored: shortTime(payment.time), screen: done.sent.time })}
                </li>
              )}
            </ul>
          }
        />
      )}
    </>
  );
}
