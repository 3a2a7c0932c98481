/**
 * Open another vault folder, or move this one. Moving copies into an empty folder and checks every
 * hash and the audit chain before switching; the old folder is kept for the person to delete later.
 * After a switch the page reloads so no screen shows data from the previous vault.
 * In the desktop app a "Choose folder…" button fills either path from the native dialog; the person
 * still confirms with Open / Move. Browser mode has no such dialog: the path is typed.
 */
import { App, Button, Input, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { ChooseFolderButton } from '../components/ChooseFolderButton.tsx';
import { useI18n } from '../i18n/I18n.tsx';

export function VaultLocationPanel() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [openDir, setOpenDir] = useState('');
  const [moveDir, setMoveDir] = useState('');
  const [busy, setBusy] = useState<'open' | 'move' | null>(null);
  function chooseButton(kind: 'open' | 'move') {
    return (
      <ChooseFolderButton
        purpose={kind === 'open' ? 'open-vault' : 'move-vault'}
        labelKey={kind === 'open' ? 'settings.chooseOpenDir' : 'settings.chooseMoveDir'}
        onChosen={kind === 'open' ? setOpenDir : setMoveDir}
        disabled={busy !== null}
        testId={`choose-${kind}-dir`}
      />
    );
  }

  async function run(kind: 'open' | 'move') {
    setBusy(kind);
    try {
      if (kind === 'open') await api['vault.open']({ dir: openDir });
      else {
        const r = await api['vault.move']({ targetDir: moveDir });
        message.success(t('settings.moved', { old: r.previousDir }), 8);
      }
      window.setTimeout(() => window.location.reload(), kind === 'move' ? 1500 : 0);
    } catch (err) {
      message.error(pick(toApiError(err).text), 8);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="vault-location-panel">
      <Space.Compact style={{ width: '100%' }}>
        <Input
          aria-label={t('settings.openDir')}
          placeholder={t('settings.openDir')}
          value={openDir}
          onChange={(e) => setOpenDir(e.target.value)}
        />
        {chooseButton('open')}
        <Button onClick={() => void run('open')} disabled={!openDir.trim()} loading={busy === 'open'}>
          {t('settings.open')}
        </Button>
      </Space.Compact>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          aria-label={t('settings.moveDir')}
          placeholder={t('settings.moveDir')}
          value={moveDir}
          onChange={(e) => setMoveDir(e.target.value)}
        />
        {chooseButton('move')}
        <Popconfirm
          title={t('settings.moveConfirm')}
          okText={t('settings.move')}
          cancelText={t('common.cancel')}
          onConfirm={() => void run('move')}
          disabled={!moveDir.trim()}
        >
          <Button disabled={!moveDir.trim()} loading={busy === 'move'}>
            {t('settings.move')}
          </Button>
        </Popconfirm>
      </Space.Compact>
      <Typography.Text type="secondary">{t('settings.moveHint')}</Typography.Text>
    </Space>
  );
}
