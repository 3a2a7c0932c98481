/** A small picture of an evidence item: the cached thumbnail for images, an icon for everything else. */
import {
  AudioOutlined,
  FileOutlined,
  FilePdfOutlined,
  FileTextOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons';
import { useEffect, useState } from 'react';
import type { EvidenceItem } from '../../../core/domain/types.ts';
import { host } from '../api/client.ts';

function icon(mime: string) {
  if (mime === 'application/pdf') return <FilePdfOutlined />;
  if (mime.startsWith('audio/')) return <AudioOutlined />;
  if (mime.startsWith('video/')) return <VideoCameraOutlined />;
  if (mime.startsWith('text/')) return <FileTextOutlined />;
  return <FileOutlined />;
}

export function EvidenceThumb({ item }: { item: EvidenceItem }) {
  const [url, setUrl] = useState<string | null>(null);
  const isImage = item.mime.startsWith('image/');
  useEffect(() => {
    if (!isImage) return;
    let revoked = false;
    let made: string | null = null;
    void host.evidenceUrl(item.id, 'thumb').then((u) => {
      made = u;
      if (!revoked) setUrl(u);
    });
    return () => {
      revoked = true;
      if (made?.startsWith('blob:')) URL.revokeObjectURL(made);
    };
  }, [item.id, isImage]);
  if (isImage && url)
    return <img className="thumb" src={url} alt={item.title} data-testid="evidence-thumb" />;
  return (
    <span className="thumb" style={{ fontSize: 24, color: '#595959' }} aria-hidden>
      {icon(item.mime)}
    </span>
  );
}
