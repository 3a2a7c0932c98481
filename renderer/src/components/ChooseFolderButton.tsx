/**
 * "Choose folder…" next to a typed path: the desktop app's native folder dialog fills the path; the
 * person still confirms with the panel's own button. Browser mode has no native dialog, so the button
 * is not shown there and the path is typed.
 */
import { FolderOpenOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { host } from '../api/client.ts';
import type { FolderPurpose } from '../api/host.ts';
import { toApiError } from '../api/ApiError.ts';
import { useI18n } from '../i18n/I18n.tsx';
import type { MessageKey } from '../i18n/zh.ts';

interface Props {
  purpose: FolderPurpose;
  /** The accessible name: says which path the button fills. */
  labelKey: MessageKey;
  onChosen(dir: string): void;
  disabled?: boolean;
  testId?: string;
}

export function ChooseFolderButton({ purpose, labelKey, onChosen, disabled, testId }: Props) {
  const { t, pick, lang } = useI18n();
  const { message } = App.useApp();
  const [choosing, setChoosing] = useState(false);
  if (typeof host.chooseFolder !== 'function') return null;

  async function choose() {
    setChoosing(true);
    try {
      const dir = await host.chooseFolder?.(purpose, lang);
      if (dir) onChosen(dir);
    } catch (err) {
      message.error(pick(toApiError(err).text), 8);
    } finally {
      setChoosing(false);
    }
  }

  return (
    <Button
      icon={<FolderOpenOutlined />}
      aria-label={t(labelKey)}
      onClick={() => void choose()}
      disabled={choosing || disabled}
      data-testid={testId}
    >
      {t('settings.chooseFolder')}
    </Button>
  );
}
