import { InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Empty, Space, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import type { CaseOverview, EvidenceItem } from '../../../core/domain/types.ts';
import { api } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import { EvidenceEditModal } from './EvidenceEditModal.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { EvidencePreview } from './EvidencePreview.tsx';
import type { EvidenceRowActions } from './EvidenceRow.tsx';
import { useEvidenceRows } from './useCaseLists.ts';
import { EvidenceReadingModal } from '../ocr/EvidenceReadingModal.tsx';
import { useEvidenceFocus } from '../ocr/evidenceFocus.ts';

interface Props {
  caseId: number;
  overview: CaseOverview;
  onChanged(): void;
  onFiles(files: File[]): void;
}

export function EvidencePanel({ caseId, overview, onChanged, onFiles }: Props) {
  const { t, pick } = useI18n();
  const rows = useEvidenceRows(caseId, overview);
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [editing, setEditing] = useState<EvidenceItem>();
  const [previewing, setPreviewing] = useState<EvidenceItem>();
  const [reading, setReading] = useState<EvidenceItem>();
  // An item opened from a search result: its reading when it has text, else its preview.
  const [focused, clearFocus] = useEvidenceFocus(caseId);
  const shown = reading ?? (focused && /^(image|text)\//.test(focused.mime) ? focused : undefined);
  const previewed = previewing ?? (focused && focused !== shown ? focused : undefined);

  const actions = useMemo<EvidenceRowActions>(() => {
    const run = (p: Promise<unknown>) =>
      p.then(onChanged).catch((err: unknown) => {
        message.error(pick(toApiError(err).text));
      });
    return {
      onKind: (item, kind) => void run(api['evidence.edit']({ id: item.id, patch: { kind } })),
      onRemove: (item) => void run(api['evidence.remove']({ id: item.id })),
      onEdit: setEditing,
      onPreview: setPreviewing,
      onReading: setReading,
    };
  }, [onChanged, message, pick]);

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <div
        data-testid="drop-zone"
        style={{ border: '2px dashed #d9d9d9', borderRadius: 8, padding: 16, textAlign: 'center' }}
      >
        <InboxOutlined style={{ fontSize: 32, color: '#0958d9' }} aria-hidden />
        <Typography.Paragraph style={{ margin: '8px 0' }}>{t('evidence.drop')}</Typography.Paragraph>
        <Button icon={<UploadOutlined />} onClick={() => input.current?.click()}>
          {t('evidence.choose')}
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label={t('evidence.choose')}
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            if (files.length) onFiles(files);
          }}
        />
      </div>
      {rows.error && <ErrorAlert error={rows.error} onRetry={rows.retry} />}
      {rows.total === 0 ? (
        <Empty description={t('evidence.empty')} />
      ) : (
        <EvidenceList rows={rows} actions={actions} />
      )}
      {editing && (
        <EvidenceEditModal
          item={editing}
          caseId={caseId}
          onClose={() => setEditing(undefined)}
          onSaved={onChanged}
        />
      )}
      {previewed && (
        <EvidencePreview
          item={previewed}
          onClose={() => {
            setPreviewing(undefined);
            clearFocus();
          }}
        />
      )}
      {shown && (
        <EvidenceReadingModal
          item={shown}
          parties={overview.counterparties}
          onClose={() => {
            setReading(undefined);
            clearFocus();
          }}
          onChanged={onChanged}
          onKind={actions.onKind}
        />
      )}
    </Space>
  );
}
