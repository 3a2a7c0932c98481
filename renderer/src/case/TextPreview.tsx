/**
 * A text original shown as text, in the charset the vault detected (GBK chat exports are common);
 * long files show their beginning. Never rendered as HTML.
 */
import { Alert, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { host } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { useI18n } from '../i18n/I18n.tsx';

const MAX_CHARS = 200_000;

function charsetOf(mime: string): string {
  const m = /charset=([\w-]+)/i.exec(mime);
  return m?.[1]?.toLowerCase() ?? 'utf-8';
}

export function TextPreview({ evidenceId, mime }: { evidenceId: number; mime: string }) {
  const { t, pick } = useI18n();
  const [text, setText] = useState<{ body: string; cut: boolean } | { error: string }>();

  useEffect(() => {
    const abort = new AbortController();
    host
      .evidenceBytes(evidenceId, abort.signal)
      .then((bytes) => {
        let decoder: TextDecoder;
        try {
          decoder = new TextDecoder(charsetOf(mime));
        } catch {
          decoder = new TextDecoder('utf-8');
        }
        const body = decoder.decode(bytes);
        setText({ body: body.slice(0, MAX_CHARS), cut: body.length > MAX_CHARS });
      })
      .catch((err: unknown) => {
        if (!abort.signal.aborted) setText({ error: pick(toApiError(err).text) });
      });
    return () => abort.abort();
  }, [evidenceId, mime, pick]);

  if (!text) return <Spin aria-label={t('common.loading')} />;
  if ('error' in text) return <Alert type="warning" showIcon message={text.error} />;
  return (
    <div style={{ textAlign: 'left' }}>
      <pre className="text-preview" data-testid="text-preview" tabIndex={0}>
        {text.body}
      </pre>
      {text.cut && <Typography.Text type="secondary">{t('preview.textCut')}</Typography.Text>}
    </div>
  );
}
