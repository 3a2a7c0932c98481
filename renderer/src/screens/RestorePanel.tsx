/**
 * Restore a whole-vault backup ZIP into an empty folder. The core checks every hash and the audit
 * chain and never writes over an existing vault, so nothing here can destroy data; the restored vault
 * is opened only when the person asks (the page then reloads onto it).
 */
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Input, Progress, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { Results } from '../../../core/api/contract.ts';
import { api, host } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { ChooseFolderButton } from '../components/ChooseFolderButton.tsx';
import { useI18n } from '../i18n/I18n.tsx';

type Phase = { step: 'reading' } | { step: 'restoring'; percent: number };

export function RestorePanel() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const fileInput = useRef<HTMLInputElement>(null);
  const [archive, setArchive] = useState<File | null>(null);
  const [targetDir, setTargetDir] = useState('');
  const [phase, setPhase] = useState<Phase | null>(null);
  const [restored, setRestored] = useState<Results['vault.restore'] | null>(null);
  const abort = useRef<AbortController | null>(null);

  async function restore() {
    if (!archive) return;
    abort.current = new AbortController();
    const { signal } = abort.current;
    setRestored(null);
    try {
      // Browser mode uploads the ZIP into the vault's tmp/ first; the desktop app reads it in place.
      setPhase({ step: 'reading' });
      const zipPath = await host.fileToPath(archive, { signal });
      setPhase({ step: 'restoring', percent: 0 });
      const r = await api['vault.restore'](
        { archive: zipPath, targetDir: targetDir.trim() },
        {
          signal,
          onProgress: (e) =>
            setPhase({ step: 'restoring', percent: e.total ? Math.round((e.done / e.total) * 100) : 0 }),
        },
      );
      setRestored(r);
      message.success(t('settings.restoreDone', { files: r.objects, docs: r.documents, dir: r.dir }), 8);
    } catch (err) {
      message.error(pick(toApiError(err).text), 10);
    } finally {
      setPhase(null);
    }
  }

  async function openRestored() {
    if (!restored) return;
    try {
      await api['vault.open']({ dir: restored.dir });
      window.location.reload();
    } catch (err) {
      message.error(pick(toApiError(err).text), 8);
    }
  }

  const busy = phase !== null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="restore-panel">
      <Typography.Text strong>{t('settings.restore')}</Typography.Text>
      <Space wrap>
        <Button icon={<UploadOutlined />} onClick={() => fileInput.current?.click()} disabled={busy}>
          {t('settings.restoreChooseFile')}
        </Button>
        <Typography.Text data-testid="restore-file">
          {archive ? archive.name : t('settings.restoreNoFile')}
        </Typography.Text>
        <input
          ref={fileInput}
          type="file"
          accept=".zip,application/zip"
          hidden
          aria-label={t('settings.restoreChooseFile')}
          data-testid="restore-file-input"
          onChange={(e) => {
            setArchive(e.target.files?.[0] ?? null);
            e.target.value = '';
          }}
        />
      </Space>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          aria-label={t('settings.restoreTarget')}
          placeholder={t('settings.restoreTarget')}
          value={targetDir}
          onChange={(e) => setTargetDir(e.target.value)}
          disabled={busy}
        />
        <ChooseFolderButton
          purpose="restore-vault"
          labelKey="settings.chooseRestoreDir"
          onChosen={setTargetDir}
          disabled={busy}
          testId="choose-restore-dir"
        />
        <Button
          type="primary"
          onClick={() => void restore()}
          disabled={!archive || !targetDir.trim()}
          loading={busy}
        >
          {t('settings.restoreRun')}
        </Button>
      </Space.Compact>
      {phase && (
        <Space style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            {t(phase.step === 'reading' ? 'settings.restoreReading' : 'settings.restoreChecking')}
          </Typography.Text>
          {phase.step === 'restoring' && (
            <Progress
              percent={phase.percent}
              size="small"
              style={{ width: 240 }}
              aria-label={t('settings.restoreChecking')}
            />
          )}
          <Button onClick={() => abort.current?.abort()}>{t('common.cancel')}</Button>
        </Space>
      )}
      {restored && (
        <Space wrap data-testid="restore-result">
          <Typography.Text copyable={{ text: restored.dir }}>
            {t('settings.restoreDone', {
              files: restored.objects,
              docs: restored.documents,
              dir: restored.dir,
            })}
          </Typography.Text>
          <Button onClick={() => void openRestored()}>{t('settings.restoreOpen')}</Button>
        </Space>
      )}
      <Typography.Text type="secondary">{t('settings.restoreHint')}</Typography.Text>
    </Space>
  );
}
