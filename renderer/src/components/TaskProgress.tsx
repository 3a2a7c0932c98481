import { Button, Progress, Space, Typography } from 'antd';
import { useI18n } from '../i18n/I18n.tsx';

export interface TaskState {
  label: string;
  done: number;
  total: number;
}

/** Progress of a long task (upload, import, generation) with a cancel button. */
export function TaskProgress({ task, onCancel }: { task: TaskState; onCancel?: () => void }) {
  const { t } = useI18n();
  const percent = task.total > 0 ? Math.round((task.done / task.total) * 100) : 0;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="task-progress">
      <Typography.Text>{task.label}</Typography.Text>
      <Space style={{ width: '100%' }} align="center">
        <Progress percent={percent} status="active" style={{ width: 320 }} aria-label={task.label} />
        {onCancel && <Button onClick={onCancel}>{t('progress.cancel')}</Button>}
      </Space>
    </Space>
  );
}
