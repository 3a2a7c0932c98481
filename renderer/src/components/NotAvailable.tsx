import { Alert } from 'antd';
import { useI18n } from '../i18n/I18n.tsx';

/** A section whose core method is missing says so plainly instead of pretending. */
export function NotAvailable({ method }: { method: string }) {
  const { t } = useI18n();
  return (
    <Alert
      type="info"
      showIcon
      message={t('common.notAvailable', { method })}
      data-testid={`not-available-${method}`}
    />
  );
}
