/**
 * Settings → vault location: open another vault folder, or move this one. Moving copies into an empty
 * folder and checks every hash and the audit chain before switching; the old folder is kept for the
 * person to delete later. After a switch the page reloads so no screen shows data from the previous
 * vault. In the desktop app "Choose folder…" fills a path from the native dialog; the person still
 * confirms with Open / Move. Browser mode has no such dialog: the path is typed.
 */
import { App, Button, Input, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { ChooseFolderButton } from '../components/ChooseFolderButton.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import { OpenVaultForm } from './OpenVaultForm.tsx';

function MoveVaultForm() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [dir, setDir] = useState('');
  const [busy, setBusy] = useState(false);

  async function move() {
    setBusy(true);
    try {
      const r = await api['vault.move']({ targetDir: dir.trim() });
      message.success(t('settings.moved', { old: r.previousDir }), 8);
      window.setTimeout(() => window.location.reload(), 1500);
    } catch (err) {
      message.error(pick(toApiError(err).text), 8);
      setBusy(false);
    }
  }

  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        aria-label={t('settings.moveDir')}
        placeholder={t('settings.moveDir')}
        value={dir}
        onChange={(e) => setDir(e.target.value)}
      />
      <ChooseFolderButton
        purpose="move-vault"
        labelKey="settings.chooseMoveDir"
        onChosen={setDir}
        disabled={busy}
        testId="choose-move-dir"
      />
      <Popconfirm
        title={t('settings.moveConfirm')}
        okText={t('settings.move')}
        cancelText={t('common.cancel')}
        onConfirm={() => void move()}
        disabled={!dir.trim()}
      >
        <Button disabled={!dir.trim()} loading={busy}>
          {t('settings.move')}
        </Button>
      </Popconfirm>
    </Space.Compact>
  );
}

export function VaultLocationPanel() {
  const { t } = useI18n();
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="vault-location-panel">
      <OpenVaultForm />
      <MoveVaultForm />
      <Typography.Text type="secondary">{t('settings.moveHint')}</Typography.Text>
    </Space>
  );
}
