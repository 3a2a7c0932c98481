/** "What is missing": the next step first (urgent for fraud), then each route and channel in the guide's order. */
import { Alert, Space, Spin, Tag } from 'antd';
import type { CheckReport } from '../../../core/rules/types.ts';
import type { ApiError } from '../api/ApiError.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { NotAvailable } from '../components/NotAvailable.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import { RouteCheckCard } from './RouteCheckCard.tsx';

interface Props {
  available: boolean;
  report: CheckReport | null;
  error: ApiError | undefined;
  loading: boolean;
  onRetry(): void;
}

export function ChecklistPanel({ available, report, error, loading, onRetry }: Props) {
  const { t, pick } = useI18n();
  if (!available) return <NotAvailable method="rules.check" />;
  if (error) return <ErrorAlert error={error} onRetry={onRetry} />;
  if (!report) return <Spin spinning={loading} aria-label={t('common.loading')} />;
  const next = report.next;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="checklist">
      {next && (
        <Alert
          type={next.urgent ? 'error' : 'info'}
          showIcon
          data-testid="next-step"
          message={
            <span>
              {next.urgent && <Tag color="red">{t('checklist.urgent')}</Tag>}
              {t('checklist.next')}：{pick(next.action)}
            </span>
          }
          description={
            <span>
              {pick(next.why)}
              {next.hotlines.length > 0 && (
                <>
                  {' '}
                  ·{' '}
                  {next.hotlines.map((h) => (
                    <Tag key={h}>{h}</Tag>
                  ))}
                </>
              )}
            </span>
          }
        />
      )}
      {report.routes.map((r) => (
        <RouteCheckCard key={r.route} check={r} />
      ))}
    </Space>
  );
}
