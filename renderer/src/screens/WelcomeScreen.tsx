/**
 * First run: where the vault lives (opening it creates it) — or another folder, an existing vault, or a
 * backup to restore (a new computer) — then the reporter profile.
 */
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Collapse, Divider, Space, Spin, Typography } from 'antd';
import { api } from '../api/client.ts';
import { useLoad } from '../api/useLoad.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import { navigate } from '../router.ts';
import { OpenVaultForm } from './OpenVaultForm.tsx';
import { ProfileForm } from './ProfileForm.tsx';
import { RestorePanel } from './RestorePanel.tsx';

export const WELCOMED_KEY = 'payproof.welcomed';

function finish() {
  localStorage.setItem(WELCOMED_KEY, '1');
  navigate('/');
}

export function WelcomeScreen() {
  const { t } = useI18n();
  const info = useLoad(() => api['vault.info']({}), []);
  const profile = useLoad(() => api['profile.get']({}), []);
  return (
    <Card data-testid="welcome-screen" style={{ maxWidth: 760 }}>
      <Space align="start">
        <SafetyCertificateOutlined style={{ fontSize: 40, color: '#0958d9' }} aria-hidden />
        <div>
          <Typography.Title level={2} style={{ marginTop: 0 }}>
            {t('welcome.title')}
          </Typography.Title>
          <Typography.Paragraph>{t('welcome.lead')}</Typography.Paragraph>
        </div>
      </Space>
      <Typography.Title level={3}>{t('welcome.vault')}</Typography.Title>
      {info.error && <ErrorAlert error={info.error} onRetry={info.reload} />}
      {info.data && (
        <Typography.Paragraph>
          <Typography.Text code data-testid="vault-dir">
            {info.data.dir}
          </Typography.Text>
          <br />
          <Typography.Text type="secondary">{t('welcome.vaultHint')}</Typography.Text>
        </Typography.Paragraph>
      )}
      <Collapse
        size="small"
        data-testid="welcome-existing"
        items={[
          {
            key: 'existing',
            label: t('welcome.existing'),
            children: (
              <Space direction="vertical" style={{ width: '100%' }} size="large">
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Typography.Text strong>{t('welcome.openExisting')}</Typography.Text>
                  <OpenVaultForm />
                </Space>
                <RestorePanel />
              </Space>
            ),
          },
        ]}
      />
      <Divider />
      <Typography.Title level={3}>{t('welcome.start')}</Typography.Title>
      {profile.data ? <ProfileForm profile={profile.data} onSaved={finish} /> : <Spin />}
      <Divider />
      <Button onClick={finish}>{t('welcome.skip')}</Button>
    </Card>
  );
}
