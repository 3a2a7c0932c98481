import { Tag, Tooltip } from 'antd';
import type { Deadline } from '../../../core/rules/types.ts';
import { daysUntil, shortTime } from '../format.ts';
import { useI18n } from '../i18n/I18n.tsx';

/** A deadline as a countdown: red when passed, orange inside a week. */
export function DeadlineTag({ deadline }: { deadline: Deadline }) {
  const { t, pick } = useI18n();
  const days = daysUntil(deadline.date);
  const color = deadline.passed ? 'red' : days <= 7 ? 'orange' : 'blue';
  return (
    <Tooltip title={`${shortTime(deadline.date)} · ${deadline.source}`}>
      <Tag color={color} data-testid="deadline-tag">
        {pick(deadline.label)} ·{' '}
        {deadline.passed ? t('checklist.passed') : t('checklist.daysLeft', { n: days })}
      </Tag>
    </Tooltip>
  );
}
