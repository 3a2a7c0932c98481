/**
 * One case: header, then tabs for payments, evidence, timeline, checklist and documents. Files dropped
 * anywhere on the window while this page is open become evidence of this case.
 * The page reads the case's overview (small, whatever the size of the bills) and the panels read their
 * rows a page at a time; any change reloads the overview, and with it the rows on screen.
 * `data-ready` marks the moment the page is interactive (tests and the benchmark wait on it).
 */
import { ArrowLeftOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CheckReport } from '../../../core/rules/types.ts';
import { host } from '../api/client.ts';
import { forgetPrefetched, loadCheck, loadOverview, openCase } from '../api/caseData.ts';
import { useLoad } from '../api/useLoad.ts';
import { AddPaymentModal } from '../case/AddPaymentModal.tsx';
import { OpenEditorContext } from '../case/CaseEditors.tsx';
import { CaseEditModal } from '../case/CaseEditModal.tsx';
import { ChecklistPanel } from '../case/ChecklistPanel.tsx';
import { CounterpartyEditModal } from '../case/CounterpartyEditModal.tsx';
import { PaymentEditModal } from '../case/PaymentEditModal.tsx';
import { StopPaymentButton } from '../case/StopPaymentButton.tsx';
import { CaseDeleteButton } from '../trash/CaseDeleteButton.tsx';
import { PROFILE_RETURN_KEY } from './ProfileScreen.tsx';
import type { FillTarget } from '../case/fillTargets.ts';
import { DocumentsPanel } from '../case/DocumentsPanel.tsx';
import { EvidencePanel } from '../case/EvidencePanel.tsx';
import { IntakeNotesAlert } from '../case/IntakeNotesAlert.tsx';
import { PaymentsPanel } from '../case/PaymentsPanel.tsx';
import { TimelinePanel } from '../case/TimelinePanel.tsx';
import { ChatPanel } from '../case/chat/ChatPanel.tsx';
import { useEvidenceUpload } from '../case/useEvidenceUpload.ts';
import { dropTargetLabel, useWindowDrop } from '../case/useWindowDrop.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { TaskProgress } from '../components/TaskProgress.tsx';
import { yuan } from '../format.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { navigate } from '../router.ts';
import { routeName } from '../rules/catalog.ts';
import { StatusTag } from './StatusTag.tsx';
import { SearchBox } from '../search/SearchBox.tsx';

export const CHECK_METHOD = 'rules.check';

/** Resolves after the browser has painted the current frame. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export function CaseScreen({ caseId, tab }: { caseId: number; tab: string }) {
  const { t, pick } = useI18n();
  // The first load brings the open tab's first page along; reloads after a change ask for the overview
  // only (the lists then read the rows they show).
  const opened = useRef<number>(undefined);
  const snapshot = useLoad(() => {
    if (opened.current === caseId) return loadOverview(caseId);
    opened.current = caseId;
    return openCase(caseId, tab);
    // The tab only matters for the first load; switching tabs must not reload the case.
  }, [caseId]);
  useEffect(() => () => forgetPrefetched(caseId), [caseId]);
  const hasCheck = host.hasMethod(CHECK_METHOD);
  // The check waits until the page with its first rows is on screen: it reads every row of the case
  // (over 100 ms of core time for a 20,000-payment case) and on a two-core machine it would compete
  // with the page's first render for the CPU.
  const loaded = snapshot.data !== undefined;
  // On the checklist tab the check is the content: it was asked for with the overview (openCase).
  const openedOn = useRef(tab);
  const check = useLoad<CheckReport | null>(() => {
    if (!hasCheck || !loaded) return Promise.resolve(null);
    const ask = () => loadCheck(caseId);
    return openedOn.current === 'checklist' ? ask() : afterPaint().then(ask);
  }, [caseId, hasCheck, loaded]);
  const { reload: reloadSnapshot } = snapshot;
  const { reload: reloadCheck } = check;
  const reload = useCallback(() => {
    forgetPrefetched(caseId);
    reloadSnapshot();
    reloadCheck();
  }, [caseId, reloadSnapshot, reloadCheck]);
  const upload = useEvidenceUpload(caseId, reload);
  const onFiles = useCallback(
    (files: File[]) => {
      navigate(`/cases/${caseId}/evidence`);
      upload.start(files);
    },
    [caseId, upload],
  );
  const dragging = useWindowDrop(onFiles, snapshot.data !== undefined);
  // The form open over the page, whoever asked for it (header, 还缺什么, 生成材料).
  const [editing, setEditing] = useState<FillTarget | null>(null);
  const openEditor = useCallback(
    (target: FillTarget) => {
      if (target.form === 'profile') {
        sessionStorage.setItem(PROFILE_RETURN_KEY, window.location.hash.replace(/^#/, ''));
        navigate(`/profile/${target.focus ?? ''}`);
      } else if (target.form === 'evidence') navigate(`/cases/${caseId}/evidence`);
      else setEditing(target);
    },
    [caseId],
  );

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

  const items = [
    {
      key: 'payments',
      label: `${t('case.tab.payments')} (${s.totals.payments})`,
      children: <PaymentsPanel caseId={caseId} overview={s} onChanged={reload} />,
    },
    {
      key: 'evidence',
      label: `${t('case.tab.evidence')} (${s.totals.evidence})`,
      children: <EvidencePanel caseId={caseId} overview={s} onChanged={reload} onFiles={onFiles} />,
    },
    {
      key: 'timeline',
      label: t('case.tab.timeline'),
      children: (
        <TimelinePanel
          caseId={caseId}
          generation={s}
          events={s.events}
          deadlines={deadlines}
          onChanged={reload}
        />
      ),
    },
    {
      key: 'chat',
      label: t('case.tab.chat'),
      children: <ChatPanel caseId={caseId} generation={s} onChanged={reload} />,
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
      children: (
        <DocumentsPanel
          caseId={caseId}
          documents={s.documents}
          parties={s.counterparties}
          onChanged={reload}
        />
      ),
    },
  ];

  const party =
    editing?.form === 'counterparty'
      ? (s.counterparties.find((c) => c.id === editing.partyId) ??
        (editing.partyId === -1 ? undefined : s.counterparties[0]))
      : undefined;
  return (
    <OpenEditorContext.Provider value={openEditor}>
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
          <Space align="center" wrap style={{ justifyContent: 'space-between', width: '100%' }}>
            <Typography.Title level={2} style={{ margin: 0 }}>
              {s.case.title}
            </Typography.Title>
            <Space wrap>
              <SearchBox caseId={caseId} />
              <Button icon={<EditOutlined />} onClick={() => openEditor({ form: 'case', focus: 'title' })}>
                {t('caseEdit.open')}
              </Button>
              <CaseDeleteButton record={s.case} />
            </Space>
          </Space>
          <Descriptions size="small" column={4}>
            <Descriptions.Item label={t('cases.col.route')}>
              <Tag color="blue">{pick(routeName(s.case.route))}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('case.status')}>
              <StatusTag status={s.case.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('case.amount')}>{yuan(s.totals.expenseFen)}</Descriptions.Item>
            <Descriptions.Item label={t('payments.col.counterparty')}>
              <Space size={4} wrap data-testid="case-parties">
                {s.counterparties.map((c) => (
                  <Button
                    key={c.id}
                    size="small"
                    icon={<EditOutlined />}
                    data-testid="case-party"
                    className="case-party-button"
                    title={c.name}
                    aria-label={`${t('party.edit')}: ${c.name}`}
                    onClick={() => openEditor({ form: 'counterparty', focus: 'name', partyId: c.id })}
                  >
                    <span className="case-party-name">{c.name}</span>
                  </Button>
                ))}
                <Button
                  size="small"
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => openEditor({ form: 'counterparty', focus: 'name', partyId: -1 })}
                >
                  {s.counterparties.length === 0 ? t('party.add') : ''}
                  <span className="sr-only">{t('party.add')}</span>
                </Button>
              </Space>
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
                <Space wrap>
                  <StopPaymentButton caseId={caseId} onGenerated={reload} />
                  <Button size="small" onClick={() => navigate(`/cases/${caseId}/checklist`)}>
                    {t('checklist.next')}
                  </Button>
                </Space>
              }
            />
          )}
          {upload.task && <TaskProgress task={upload.task} onCancel={upload.cancel} />}
          <IntakeNotesAlert notes={upload.notes} onClose={upload.clearNotes} />
          <Tabs activeKey={tab} onChange={(key) => navigate(`/cases/${caseId}/${key}`)} items={items} />
        </Space>
        {editing?.form === 'case' && (
          <CaseEditModal
            record={s.case}
            focus={editing.focus}
            onClose={() => setEditing(null)}
            onSaved={reload}
          />
        )}
        {editing?.form === 'counterparty' && (
          <CounterpartyEditModal
            caseId={caseId}
            party={party}
            others={s.counterparties.filter((c) => c.id !== party?.id)}
            focus={editing.focus}
            onClose={() => setEditing(null)}
            onSaved={reload}
          />
        )}
        {editing?.form === 'payment' && editing.paymentId !== undefined && (
          <PaymentEditModal
            caseId={caseId}
            payment={editing.paymentId}
            parties={s.counterparties}
            focus={editing.focus}
            onClose={() => setEditing(null)}
            onSaved={reload}
          />
        )}
        <AddPaymentModal
          caseId={caseId}
          open={editing?.form === 'payment' && editing.paymentId === undefined}
          onClose={() => setEditing(null)}
          onAdded={reload}
        />
        {dragging && (
          <div className="drop-overlay" aria-hidden>
            {dropTargetLabel() ?? t('evidence.dropHere')}
          </div>
        )}
      </Card>
    </OpenEditorContext.Provider>
  );
}
