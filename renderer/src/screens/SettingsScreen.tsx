/** Settings: language, where the vault is, a check of the vault's integrity, and backup. */
import { App, Button, Card, Descriptions, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, host } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { useLoad } from '../api/useLoad.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { BackupPanel } from './BackupPanel.tsx';
import { RestorePanel } from './RestorePanel.tsx';
import { VaultLocationPanel } from './VaultLocationPanel.tsx';
import { useI18n, type Lang } from '../i18n/I18n.tsx';

export function SettingsScreen() {
  const { t, pick, lang, setLang } = useI18n();
  const { message } = App.useApp();
  const info = useLoad(() => api['vault.info']({}), []);
  const [checking, setChecking] = useState(false);

  async function doctor() {
    setChecking(true);
    try {
      const report = await api['vault.doctor']({});
      if (report.ok) message.success(t('settings.doctorOk'));
      else
        message.warning(
          `${t('settings.doctorBad')} (missing ${report.missing.length}, altered ${report.altered.length}, orphans ${report.orphans.length}, papers missing ${report.exports.missing.length}, altered ${report.exports.altered.length}, stray files ${report.exports.strays.length})`,
        );
    } catch (err) {
      message.error(pick(toApiError(err).text));
    } finally {
      setChecking(false);
    }
  }

  return (
    <Card data-testid="settings-screen">
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('settings.title')}
      </Typography.Title>
      <Descriptions column={1} bordered size="middle" labelStyle={{ width: 150, whiteSpace: 'nowrap' }}>
        <Descriptions.Item label={t('lang.label')}>
          <Radio.Group
            value={lang}
            onChange={(e) => setLang(e.target.value as Lang)}
            aria-label={t('lang.label')}
            options={[
              { value: 'zh', label: '简体中文' },
              { value: 'en', label: 'English' },
            ]}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('settings.vault')}>
          {info.error && <ErrorAlert error={info.error} onRetry={info.reload} />}
          {info.data && (
            <Space direction="vertical">
              <Typography.Text code copyable data-testid="settings-vault-dir">
                {info.data.dir}
              </Typography.Text>
              <Typography.Text type="secondary">
                {t('settings.stats', {
                  cases: info.data.cases,
                  evidence: info.data.evidence,
                  payments: info.data.payments,
                })}
              </Typography.Text>
              <Button onClick={() => void doctor()} loading={checking}>
                {t('settings.doctor')}
              </Button>
              <VaultLocationPanel />
            </Space>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('settings.backupLabel')}>
          <Space direction="vertical" style={{ width: '100%' }} size="large">
            <BackupPanel />
            <RestorePanel />
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('settings.mode')}>
          {t(host.mode === 'browser' ? 'settings.mode.browser' : 'settings.mode.electron')}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
