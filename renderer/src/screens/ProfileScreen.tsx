import { Card, Spin, Typography } from 'antd';
import { api } from '../api/client.ts';
import { useLoad } from '../api/useLoad.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import { ProfileForm } from './ProfileForm.tsx';

export function ProfileScreen() {
  const { t } = useI18n();
  const profile = useLoad(() => api['profile.get']({}), []);
  return (
    <Card data-testid="profile-screen">
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('profile.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('profile.lead')}</Typography.Paragraph>
      {profile.error && <ErrorAlert error={profile.error} onRetry={profile.reload} />}
      {profile.data ? (
        <ProfileForm profile={profile.data} onSaved={profile.reload} />
      ) : (
        !profile.error && <Spin />
      )}
    </Card>
  );
}
