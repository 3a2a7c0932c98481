/**
 * One case: header, then tabs for payments, evidence, timeline, checklist and documents. Files dropped
 * anywhere on the window while this page is open become evidence of this case.
 * `data-ready` marks the moment the page is interactive (tests and the benchmark wait on it).
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import type { CheckReport } from '../../../core/rules/types.ts';
import { api, host } from '../api/client.ts';
import { loadCase } from '../api/prefetch.ts';
import { useLoad } from '../api/useLoad.ts';
import { ChecklistPanel } from '../case/ChecklistPanel.tsx';
import { DocumentsPanel } from '../case/DocumentsPanel.tsx';
import { EvidencePanel } from '../case/EvidencePanel.tsx';
import { PaymentsPanel } from '../case/PaymentsPanel.tsx';
import { TimelinePanel } from '../case/TimelinePanel.tsx';
import { useEvidenceUpload } from '../case/useEvidenceUpload.ts';
import { useWindowDrop } from '../case/useWindowDrop.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { TaskProgress } from '../components/TaskProgress.tsx';
import { yuan } from '../format.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { navigate } from '../router.ts';
import { routeName } from '../rules/catalog.ts';
import { StatusTag } from './StatusTag.tsx';

export const CHECK_METHOD = 'rules.check';

export function CaseScreen({ caseId, tab }: { caseId: number; tab: string }) {
  const { t, pick } = useI18n();
  const snapshot = useLoad(() => loadCase(caseId), [caseId]);
  const hasCheck = host.hasMethod(CHECK_METHOD);
  // The check waits for the first snapshot: the core serves one call at a time, and a big case's
  // snapshot (megabytes of payments) should not queue behind the rules engine.
  const loaded = snapshot.data !== undefined;
  const check = useLoad<CheckReport | null>(
    () => (hasCheck && loaded ? api['rules.check']({ caseId }) : Promise.resolve(null)),
    [caseId, hasCheck, loaded],
  );
  const { reload: reloadSnapshot } = snapshot;
  const { reload: reloadCheck } = check;
  const reload = useCallback(() => {
    reloadSnapshot();
    reloadCheck();
  }, [reloadSnapshot, reloadCheck]);
  const upload = useEvidenceUpload(caseId, reload);
  const onFiles = useCallback(
    (files: File[]) => {
      navigate(`/cases/${caseId}/evidence`);
      upload.start(files);
    },
    [caseId, upload],
  );
  const dragging = useWindowDrop(onFiles, snapshot.data !== undefined);

  const deadlines = useMemo(
    () =>
      (check.data?.routes ?? []).flatMap((r) =>
        r.deadlines.map((d) => ({
          id: `${r.route}-${d.id}`,
          date: d.date,
          label: `${pick(r.name)}：${pick(d.label)}`,
          passed: d.passed,
        })),
      ),
    [check.data, pick],
  );

  if (snapshot.error) return <ErrorAlert error={snapshot.error} onRetry={snapshot.reload} />;
  const s = snapshot.data;
  if (!s) return <Spin aria-label={t('common.loading')} />;
  const expenseFen = s.payments.reduce((n, p) => n + (p.direction === 'expense' ? p.amountFen : 0), 0);

  const items = [
    {
      key: 'payments',
      label: `${t('case.tab.payments')} (${s.payments.length})`,
      children: <PaymentsPanel caseId={caseId} payments={s.payments} onChanged={reload} />,
    },
    {
      key: 'evidence',
      label: `${t('case.tab.evidence')} (${s.evidence.length})`,
      children: (
        <EvidencePanel items={s.evidence} payments={s.payments} onChanged={reload} onFiles={onFiles} />
      ),
    },
    {
      key: 'timeline',
      label: t('case.tab.timeline'),
      children: (
        <TimelinePanel
          caseId={caseId}
          payments={s.payments}
          events={s.events}
          deadlines={deadlines}
          onChanged={reload}
        />
      ),
    },
    {
      key: 'checklist',
      label: t('case.tab.checklist'),
      children: (
        <ChecklistPanel
          available={hasCheck}
          report={check.data ?? null}
          error={check.error}
          loading={check.loading}
          onRetry={check.reload}
        />
      ),
    },
    {
      key: 'documents',
      label: t('case.tab.documents'),
      children: <DocumentsPanel caseId={caseId} documents={s.documents} onChanged={reload} />,
    },
  ];

  return (
    <Card data-testid="case-page" data-ready="true">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Button
          type="link"
          icon={<ArrowLeftOutlined />}
          onClick={() => navigate('/')}
          style={{ paddingLeft: 0 }}
        >
          {t('case.back')}
        </Button>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {s.case.title}
        </Typography.Title>
        <Descriptions size="small" column={4}>
          <Descriptions.Item label={t('cases.col.route')}>
            <Tag color="blue">{pick(routeName(s.case.route))}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('case.status')}>
            <StatusTag status={s.case.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('case.amount')}>{yuan(expenseFen)}</Descriptions.Item>
          <Descriptions.Item label={t('payments.col.counterparty')}>
            {s.counterparties.map((c) => c.name).join('、') || '—'}
          </Descriptions.Item>
        </Descriptions>
        {check.data?.next?.urgent && tab !== 'checklist' && (
          // Fraud: the police freeze (紧急止付) is worth most in the first hours, so say it on every tab.
          <Alert
            type="error"
            showIcon
            data-testid="urgent-banner"
            message={`${t('checklist.urgent')}：${pick(check.data.next.action)}`}
            action={
              <Button size="small" onClick={() => navigate(`/cases/${caseId}/checklist`)}>
                {t('checklist.next')}
              </Button>
            }
          />
        )}
        {upload.task && <TaskProgress task={upload.task} onCancel={upload.cancel} />}
        <Tabs activeKey={tab} onChange={(key) => navigate(`/cases/${caseId}/${key}`)} items={items} />
      </Space>
      {dragging && (
        <div className="drop-overlay" aria-hidden>
          {t('evidence.dropHere')}
        </div>
      )}
    </Card>
  );
}
