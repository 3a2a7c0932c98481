/** Back up the whole vault (database + every original) to one ZIP in the vault's exports/ folder. */
import { App, Button, Progress, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { Results } from '../../../core/api/contract.ts';
import { api } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { useI18n } from '../i18n/I18n.tsx';

export function BackupPanel() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [percent, setPercent] = useState<number | null>(null);
  const [result, setResult] = useState<Results['vault.backup'] | null>(null);
  const abort = useRef<AbortController | null>(null);

  async function backup() {
    abort.current = new AbortController();
    setPercent(0);
    setResult(null);
    try {
      const r = await api['vault.backup'](
        {},
        {
          signal: abort.current.signal,
          onProgress: (e) => setPercent(e.total ? Math.round((e.done / e.total) * 100) : 0),
        },
      );
      setResult(r);
      message.success(t('settings.backupDone'));
    } catch (err) {
      message.error(pick(toApiError(err).text));
    } finally {
      setPercent(null);
    }
  }

  return (
    <Space direction="vertical" data-testid="backup-panel">
      <Space>
        <Button onClick={() => void backup()} loading={percent !== null}>
          {t('settings.backup')}
        </Button>
        {percent !== null && <Button onClick={() => abort.current?.abort()}>{t('common.cancel')}</Button>}
      </Space>
      {percent !== null && <Progress percent={percent} size="small" aria-label={t('settings.backup')} />}
      {result && (
        <Typography.Text copyable={{ text: result.path }} data-testid="backup-path">
          {t('settings.backupWhere', {
            path: result.path,
            files: result.objects,
            docs: result.documents,
            mb: (result.bytes / 1048576).toFixed(1),
          })}
        </Typography.Text>
      )}
    </Space>
  );
}
