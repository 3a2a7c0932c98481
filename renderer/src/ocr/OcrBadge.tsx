/**
 * In an image's evidence row: where reading it stands (正在识别…, 识别失败, 识别到付款, 已识别), one
 * click to the reading, and the evidence kind its content suggests as a one-click change.
 */
import { FileSearchOutlined, LoadingOutlined, WarningOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { EvidenceItem } from '../../../core/domain/types.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { kindName } from '../rules/catalog.ts';
import { useOcrStatus } from './ocrStatusStore.ts';

interface Props {
  item: EvidenceItem;
  onOpen(item: EvidenceItem): void;
  onKind(item: EvidenceItem, kind: string): void;
}

export function OcrBadge({ item, onOpen, onKind }: Props) {
  const { t, pick } = useI18n();
  const status = useOcrStatus(item.id, item.mime.startsWith('image/'));
  if (!status) return null;
  const open = () => onOpen(item);
  let badge;
  if (status.status === 'pending' || status.status === 'running')
    badge = (
      <Button
        size="small"
        type="text"
        icon={<LoadingOutlined />}
        onClick={open}
        data-testid="ocr-badge"
        data-status="reading"
      >
        {t('ocr.reading')}
      </Button>
    );
  else if (status.status === 'failed')
    badge = (
      <Button
        size="small"
        type="text"
        danger
        icon={<WarningOutlined />}
        onClick={open}
        title={pick(status.error?.message)}
        data-testid="ocr-badge"
        data-status="failed"
      >
        {t('ocr.failedShort')}
      </Button>
    );
  else
    badge = (
      <Button
        size="small"
        type={status.hasPayment ? 'primary' : 'text'}
        ghost={status.hasPayment}
        icon={<FileSearchOutlined />}
        onClick={open}
        data-testid="ocr-badge"
        data-status={status.hasPayment ? 'payment' : 'done'}
        aria-label={`${status.hasPayment ? t('ocr.foundPayment') : t('ocr.done')}: ${item.title}`}
      >
        {status.hasPayment ? t('ocr.foundPayment') : t('ocr.done')}
      </Button>
    );
  const suggested = status.suggestedKind;
  return (
    <>
      {badge}
      {suggested && suggested !== item.kind && (
        <Button
          size="small"
          type="dashed"
          onClick={() => onKind(item, suggested)}
          data-testid="ocr-kind-chip"
          title={t('ocr.kindSuggested', { kind: pick(kindName(suggested)) })}
        >
          {t('ocr.kindChip', { kind: pick(kindName(suggested)) })}
        </Button>
      )}
    </>
  );
}
