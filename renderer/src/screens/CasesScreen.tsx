/** The list of cases: search, route, amount, status; a new-case wizard. First run goes to the welcome. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { Results } from '../../../core/api/contract.ts';
import { api } from '../api/client.ts';
import { useLoad } from '../api/useLoad.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { shortTime, yuan } from '../format.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { navigate } from '../router.ts';
import { routeName } from '../rules/catalog.ts';
import { CaseDeadlineBadge } from './CaseDeadlineBadge.tsx';
import { NewCaseWizard } from './NewCaseWizard.tsx';
import { StatusTag } from './StatusTag.tsx';
import { WELCOMED_KEY } from './WelcomeScreen.tsx';

type CaseRow = Results['case.list'][number];

export function CasesScreen() {
  const { t, pick } = useI18n();
  const cases = useLoad(() => api['case.list']({}), []);
  const [query, setQuery] = useState('');
  const [wizardOpen, setWizardOpen] = useState(false);

  useEffect(() => {
    if (cases.data && cases.data.length === 0 && !localStorage.getItem(WELCOMED_KEY)) navigate('/welcome');
  }, [cases.data]);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (cases.data ?? []).filter(
      (c) => !q || c.title.toLowerCase().includes(q) || c.narrative.toLowerCase().includes(q),
    );
  }, [cases.data, query]);

  return (
    <Card data-testid="cases-screen">
      <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('cases.title')}
        </Typography.Title>
        <Space>
          <Input.Search
            placeholder={t('cases.searchPlaceholder')}
            aria-label={t('common.search')}
            allowClear
            onChange={(e) => setQuery(e.target.value)}
            style={{ width: 240 }}
          />
          <Button icon={<DeleteOutlined />} onClick={() => navigate('/trash')} data-testid="open-trash">
            {t('trash.title')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setWizardOpen(true)}>
            {t('cases.new')}
          </Button>
        </Space>
      </Space>
      {cases.error && <ErrorAlert error={cases.error} onRetry={cases.reload} />}
      <Table<CaseRow>
        rowKey="id"
        loading={cases.loading}
        dataSource={shown}
        pagination={shown.length > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: <Empty description={t('cases.empty')} /> }}
        onRow={(c) => ({ onClick: () => navigate(`/cases/${c.id}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('cases.col.title'),
            dataIndex: 'title',
            // The title is what a person reads first: it keeps a readable width in a 1024-pixel window.
            onCell: () => ({ style: { minWidth: 220 } }),
            render: (title: string, c) => (
              <a href={`#/cases/${c.id}`} onClick={(e) => e.stopPropagation()}>
                {title}
              </a>
            ),
          },
          {
            title: t('cases.col.route'),
            dataIndex: 'route',
            render: (r: string) => <Tag color="blue">{pick(routeName(r))}</Tag>,
          },
          {
            title: t('cases.col.amount'),
            dataIndex: 'expenseFen',
            align: 'right',
            render: (f: number) => yuan(f),
          },
          {
            title: t('cases.col.counts'),
            render: (_, c) => `${c.paymentCount} / ${c.evidenceCount}`,
            responsive: ['xl'],
          },
          {
            title: t('cases.col.status'),
            dataIndex: 'status',
            render: (s: CaseRow['status']) => <StatusTag status={s} />,
          },
          {
            title: t('checklist.deadlines'),
            key: 'deadline',
            render: (_, c) => <CaseDeadlineBadge caseId={c.id} />,
          },
          {
            title: t('cases.col.updated'),
            dataIndex: 'updatedAt',
            render: (v: string) => shortTime(v).slice(0, 16),
            responsive: ['xl'],
          },
        ]}
      />
      <NewCaseWizard
        open={wizardOpen}
        onClose={() => setWizardOpen(false)}
        onCreated={(id) => navigate(`/cases/${id}`)}
      />
    </Card>
  );
}
