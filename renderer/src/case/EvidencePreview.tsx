/**
 * Preview of an original: images, audio and video by the browser; PDF (pdf.js) and text drawn by the
 * page itself, so the desktop app needs no new window or plugin; anything else is a download.
 */
import { Button, Descriptions, Modal, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { EvidenceItem } from '../../../core/domain/types.ts';
import { host } from '../api/client.ts';
import { fileSize, shortTime } from '../format.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { PdfPreview } from './PdfPreview.tsx';
import { TextPreview } from './TextPreview.tsx';

const isPdf = (mime: string) => mime.split(';')[0]!.trim() === 'application/pdf';
const isText = (mime: string) => mime.startsWith('text/plain');

export function EvidencePreview({ item, onClose }: { item: EvidenceItem; onClose(): void }) {
  const { t } = useI18n();
  const drawnByPage = isPdf(item.mime) || isText(item.mime);
  const [url, setUrl] = useState<string | null>();
  useEffect(() => {
    if (drawnByPage) return;
    let made: string | null = null;
    void host.evidenceUrl(item.id, 'content').then((u) => {
      made = u;
      setUrl(u);
    });
    return () => {
      if (made?.startsWith('blob:')) URL.revokeObjectURL(made);
    };
  }, [item.id, drawnByPage]);
  let body;
  if (isPdf(item.mime)) body = <PdfPreview evidenceId={item.id} title={item.title} />;
  else if (isText(item.mime)) body = <TextPreview evidenceId={item.id} mime={item.mime} />;
  else if (url === undefined) body = <Spin />;
  else if (url === null) body = null;
  else if (item.mime.startsWith('image/'))
    body = <img src={url} alt={item.title} style={{ maxWidth: '100%', maxHeight: 480 }} />;
  else if (item.mime.startsWith('audio/')) body = <audio src={url} controls aria-label={item.title} />;
  else if (item.mime.startsWith('video/'))
    body = <video src={url} controls style={{ maxWidth: '100%' }} aria-label={item.title} />;
  else
    body = (
      <Button href={url} target="_blank" rel="noopener" download={item.originalName}>
        {t('evidence.open')}
      </Button>
    );
  return (
    <Modal open title={item.title} onCancel={onClose} footer={null} width={760}>
      <div style={{ textAlign: 'center', marginBottom: 16 }}>{body}</div>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('evidence.sha')}>
          <span className="mono">{item.sha256}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('evidence.captured')}>{shortTime(item.capturedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('evidence.size')}>{fileSize(item.size)}</Descriptions.Item>
      </Descriptions>
    </Modal>
  );
}
