import { Tag } from 'antd';
import type { CaseStatus } from '../../../core/domain/types.ts';
import { useI18n } from '../i18n/I18n.tsx';

const COLORS: Record<CaseStatus, string> = {
  open: 'processing',
  'partly-recovered': 'gold',
  recovered: 'success',
  closed: 'default',
};

export function StatusTag({ status }: { status: CaseStatus }) {
  const { t } = useI18n();
  return <Tag color={COLORS[status]}>{t(`status.${status}`)}</Tag>;
}
