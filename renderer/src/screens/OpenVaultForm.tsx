/**
 * Open another vault folder and use it from now on. A folder without a vault is not made into one
 * silently (a mistyped path would look like a lost vault): the person confirms creating a new one.
 * The page reloads after the switch so no screen shows data from the previous vault. In the desktop
 * app "Choose folder…" fills the path from the native dialog; in browser mode the path is typed.
 */
import { App, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { ChooseFolderButton } from '../components/ChooseFolderButton.tsx';
import { useI18n } from '../i18n/I18n.tsx';

export function OpenVaultForm() {
  const { t, pick } = useI18n();
  const { message, modal } = App.useApp();
  const [dir, setDir] = useState('');
  const [busy, setBusy] = useState(false);

  async function open(create = false) {
    setBusy(true);
    try {
      await api['vault.open']({ dir: dir.trim(), create });
      window.location.reload();
    } catch (err) {
      const e = toApiError(err);
      setBusy(false);
      if (e.code !== 'vault-not-found') return void message.error(pick(e.text), 8);
      modal.confirm({
        title: t('settings.createVaultTitle'),
        content: pick(e.text),
        okText: t('settings.createVault'),
        cancelText: t('common.cancel'),
        onOk: () => open(true),
      });
    }
  }

  return (
    <Space.Compact style={{ width: '100%' }} data-testid="open-vault-form">
      <Input
        aria-label={t('settings.openDir')}
        placeholder={t('settings.openDir')}
        value={dir}
        onChange={(e) => setDir(e.target.value)}
        onPressEnter={() => dir.trim() && void open()}
      />
      <ChooseFolderButton
        purpose="open-vault"
        labelKey="settings.chooseOpenDir"
        onChosen={setDir}
        disabled={busy}
        testId="choose-open-dir"
      />
      <Button onClick={() => void open()} disabled={!dir.trim()} loading={busy}>
        {t('settings.open')}
      </Button>
    </Space.Compact>
  );
}
