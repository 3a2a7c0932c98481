import { Alert, Button } from 'antd';
import type { ApiError } from '../api/ApiError.ts';
import { useI18n } from '../i18n/I18n.tsx';

/** Shows a core error in the person's language, with a retry when there is something to retry. */
export function ErrorAlert({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t, pick } = useI18n();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={t('error.title')}
      description={pick(error.text)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
