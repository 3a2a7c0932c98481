/**
 * The vault is locked by another process. PayProof lets one program at a time open a vault, so two
 * windows never write at once. When the lock's owner is gone but this computer cannot tell (a reused
 * process number after a restart, a crash on Windows or macOS, a synced folder), every screen fails
 * until the stale lock is removed. This says what the lock means, who it names, and offers the way
 * out — vault.unlock — only after the person confirms that no PayProof window or command is open.
 */
import { App, Alert, Button, Checkbox, Descriptions, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Results } from '../../../core/api/contract.ts';
import { api } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { reportVaultLock, useVaultLockProblem } from '../api/vaultLockState.ts';
import { useI18n } from '../i18n/I18n.tsx';

type Unlock = Results['vault.unlock'];

/** The lock's time on the Beijing clock, as every other time in the app. */
const beijing = (iso: string) =>
  Number.isFinite(Date.parse(iso))
    ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })
    : iso;

export function VaultLockNotice() {
  const { t, pick } = useI18n();
  const { modal, message } = App.useApp();
  const problem = useVaultLockProblem();
  const [busy, setBusy] = useState(false);
  if (!problem) return null;

  async function askUnlock() {
    setBusy(true);
    let info: Unlock;
    try {
      info = await api['vault.unlock']({ confirmed: false });
    } catch (err) {
      message.error(pick(toApiError(err).text));
      setBusy(false);
      return;
    }
    setBusy(false);
    if (!info.holder && !info.verdict) {
      // Gone meanwhile (the other window closed): nothing to remove.
      reportVaultLock(null);
      window.location.reload();
      return;
    }
    let confirmed = false;
    const dialog = modal.confirm({
      title: t('unlock.confirmTitle'),
      width: 560,
      content: (
        <Space direction="vertical" data-testid="unlock-confirm">
          <Typography.Paragraph style={{ margin: 0 }}>{t('unlock.confirmBody')}</Typography.Paragraph>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('unlock.pid')}>{info.holder?.pid ?? '?'}</Descriptions.Item>
            <Descriptions.Item label={t('unlock.host')}>{info.holder?.host || '?'}</Descriptions.Item>
            <Descriptions.Item label={t('unlock.since')}>
              {info.holder ? beijing(info.holder.createdAt) : '?'}
            </Descriptions.Item>
            <Descriptions.Item label={t('unlock.file')}>
              <Typography.Text className="mono">{info.lockFile}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Checkbox
            data-testid="unlock-check"
            onChange={(e) => {
              confirmed = e.target.checked;
              dialog.update({ okButtonProps: { danger: true, disabled: !confirmed } });
            }}
          >
            {t('unlock.check')}
          </Checkbox>
        </Space>
      ),
      okText: t('unlock.ok'),
      okButtonProps: { danger: true, disabled: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        if (!confirmed) return;
        try {
          const r = await api['vault.unlock']({ confirmed: true });
          message.success(r.removed ? t('unlock.done') : t('unlock.nothing'));
          reportVaultLock(null);
          // Every screen failed while locked: start over with the vault open.
          setTimeout(() => window.location.reload(), 600);
        } catch (err) {
          message.error(pick(toApiError(err).text));
        }
      },
    });
  }

  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="vault-locked"
      style={{ marginBottom: 16 }}
      message={t('unlock.title')}
      description={
        <>
          <Typography.Paragraph style={{ margin: 0 }}>{pick(problem.message)}</Typography.Paragraph>
          <Typography.Paragraph style={{ margin: '8px 0 0' }}>{t('unlock.explain')}</Typography.Paragraph>
        </>
      }
      action={
        <Space direction="vertical">
          <Button size="small" onClick={() => window.location.reload()}>
            {t('common.retry')}
          </Button>
          <Button
            size="small"
            danger
            loading={busy}
            onClick={() => void askUnlock()}
            data-testid="unlock-open"
          >
            {t('unlock.button')}
          </Button>
        </Space>
      }
    />
  );
}
