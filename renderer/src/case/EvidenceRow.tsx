import { DeleteOutlined, EditOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Tag } from 'antd';
import type { EvidenceItem } from '../../../core/domain/types.ts';
import { fileSize, shortTime } from '../format.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { EvidenceThumb } from './EvidenceThumb.tsx';
import { InlineKindSelect } from './KindSelect.tsx';
import { OcrBadge } from '../ocr/OcrBadge.tsx';

export interface EvidenceRowActions {
  onKind(item: EvidenceItem, kind: string): void;
  onEdit(item: EvidenceItem): void;
  onPreview(item: EvidenceItem): void;
  onRemove(item: EvidenceItem): void;
  /** What was read from it (OCR): status, the payment card, suggestions. */
  onReading(item: EvidenceItem): void;
}

export function EvidenceRow({ item, actions }: { item: EvidenceItem; actions: EvidenceRowActions }) {
  const { t } = useI18n();
  return (
    <div className="evidence-row" data-testid="evidence-row">
      <EvidenceThumb item={item} />
      <div style={{ flex: 1, minWidth: 0 }}>
        {/* Plain elements with CSS ellipsis: a list mounts a dozen rows at once, and antd's measured
            ellipsis and tooltips cost more than the rest of the row together. */}
        <div style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
          <strong className="ellipsis">{item.title}</strong>
          {item.paymentIds.length > 0 && (
            <Tag color="green" style={{ flex: 'none' }}>
              {t('evidence.linked')}: {item.paymentIds.length}
            </Tag>
          )}
          {item.symlink && (
            <Tag style={{ flex: 'none' }} title={`${item.symlink.path} → ${item.symlink.target}`}>
              {t('evidence.viaSymlink')}
            </Tag>
          )}
          <OcrBadge item={item} onOpen={actions.onReading} onKind={actions.onKind} />
        </div>
        <span className="ellipsis secondary-text" style={{ display: 'block', fontSize: 12 }}>
          {item.originalName} · {fileSize(item.size)} · {shortTime(item.capturedAt).slice(0, 16)} ·{' '}
          <span className="mono" title={item.sha256}>
            SHA-256 {item.sha256.slice(0, 12)}…
          </span>
        </span>
      </div>
      <InlineKindSelect
        value={item.kind}
        onChange={(k) => actions.onKind(item, k)}
        label={`${t('evidence.kind')}: ${item.title}`}
      />
      <Space size={0}>
        <Button
          type="text"
          icon={<EyeOutlined />}
          onClick={() => actions.onPreview(item)}
          aria-label={`${t('evidence.open')}: ${item.title}`}
        />
        <Button
          type="text"
          icon={<EditOutlined />}
          onClick={() => actions.onEdit(item)}
          aria-label={`${t('evidence.edit')}: ${item.title}`}
        />
        <Popconfirm
          title={t('evidence.removeConfirm')}
          okText={t('common.yes')}
          cancelText={t('common.no')}
          onConfirm={() => actions.onRemove(item)}
        >
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={`${t('common.remove')}: ${item.title}`}
          />
        </Popconfirm>
      </Space>
    </div>
  );
}
