/** In the case list: the nearest open deadline of a case (and "urgent" when the next step is), from rules.check. */
import { Space, Tag } from 'antd';
import { api, host } from '../api/client.ts';
import { useLoad } from '../api/useLoad.ts';
import { daysUntil } from '../format.ts';
import { useI18n } from '../i18n/I18n.tsx';

export function CaseDeadlineBadge({ caseId }: { caseId: number }) {
  const { t, pick } = useI18n();
  const available = host.hasMethod('rules.check');
  const check = useLoad(
    () => (available ? api['rules.check']({ caseId }) : Promise.resolve(null)),
    [caseId, available],
  );
  const report = check.data;
  if (!report) return null;
  const next = report.routes
    .flatMap((r) => r.deadlines)
    .filter((d) => !d.passed)
    .sort((a, b) => daysUntil(a.date) - daysUntil(b.date))[0];
  return (
    <Space size={4} wrap>
      {report.next?.urgent && <Tag color="red">{t('checklist.urgent')}</Tag>}
      {next && (
        <Tag
          color={daysUntil(next.date) <= 7 ? 'orange' : 'blue'}
          title={pick(next.label)}
          style={{
            maxWidth: 240,
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
            verticalAlign: 'middle',
          }}
        >
          {t('checklist.daysLeft', { n: daysUntil(next.date) })} · {pick(next.label)}
        </Tag>
      )}
    </Space>
  );
}
