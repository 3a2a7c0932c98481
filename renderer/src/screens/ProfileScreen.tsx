import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Spin, Typography } from 'antd';
import { api } from '../api/client.ts';
import { useLoad } from '../api/useLoad.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import { navigate } from '../router.ts';
import { ProfileForm } from './ProfileForm.tsx';

/** Set by the case page when a 现在填写 sends the person here, so they can go back to where they were. */
export const PROFILE_RETURN_KEY = 'payproof.profileReturn';

export function ProfileScreen({ focus }: { focus?: string }) {
  const { t } = useI18n();
  const profile = useLoad(() => api['profile.get']({}), []);
  const back = sessionStorage.getItem(PROFILE_RETURN_KEY);
  return (
    <Card data-testid="profile-screen">
      {back && (
        <Button
          type="link"
          icon={<ArrowLeftOutlined />}
          style={{ paddingLeft: 0 }}
          data-testid="profile-back"
          onClick={() => {
            sessionStorage.removeItem(PROFILE_RETURN_KEY);
            navigate(back);
          }}
        >
          {t('profile.backToCase')}
        </Button>
      )}
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('profile.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('profile.lead')}</Typography.Paragraph>
      {profile.error && <ErrorAlert error={profile.error} onRetry={profile.reload} />}
      {profile.data ? (
        <ProfileForm profile={profile.data} focus={focus || undefined} onSaved={profile.reload} />
      ) : (
        !profile.error && <Spin />
      )}
    </Card>
  );
}
