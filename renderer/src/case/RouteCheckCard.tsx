/** One route or channel of the check: what is there, what is missing (with how to get it), clocks, sources. */
import { CheckCircleTwoTone, ExclamationCircleTwoTone } from '@ant-design/icons';
import { Alert, Button, Card, List, Progress, Space, Tag, Typography } from 'antd';
import type { RouteCheck } from '../../../core/rules/types.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { useOpenEditor } from './CaseEditors.tsx';
import { DeadlineTag } from './DeadlineTag.tsx';
import { fillTarget } from './fillTargets.ts';

export function RouteCheckCard({ check }: { check: RouteCheck }) {
  const { t, pick } = useI18n();
  const openEditor = useOpenEditor();
  return (
    <Card
      size="small"
      data-testid="route-check"
      title={
        <Space>
          {check.satisfied ? (
            <CheckCircleTwoTone twoToneColor="#389e0d" />
          ) : (
            <ExclamationCircleTwoTone twoToneColor="#d46b08" />
          )}
          <span>{pick(check.name)}</span>
          {check.done && <Tag color="green">{t('checklist.done')}</Tag>}
        </Space>
      }
      extra={
        <Progress
          type="circle"
          size={36}
          percent={Math.round(check.score * 100)}
          aria-label={pick(check.name)}
        />
      }
    >
      <Typography.Paragraph>{pick(check.summary)}</Typography.Paragraph>
      {check.deadlines.length > 0 && (
        <Space wrap style={{ marginBottom: 8 }}>
          {check.deadlines.map((d) => (
            <DeadlineTag key={d.id} deadline={d} />
          ))}
        </Space>
      )}
      {check.missing.length > 0 && (
        <>
          <Typography.Text strong>{t('checklist.missing')}</Typography.Text>
          {/* Open, one row per item: what is missing, the button that fills it, and how to get it. */}
          <List
            size="small"
            data-testid="missing-items"
            dataSource={check.missing}
            renderItem={(m) => {
              const target = fillTarget(m);
              return (
                <List.Item
                  key={m.id}
                  actions={
                    target && openEditor
                      ? [
                          <Button
                            key="fill"
                            size="small"
                            type="primary"
                            ghost
                            data-testid="fill-now"
                            aria-label={`${t('checklist.fillNow')}: ${pick(m.label)}`}
                            onClick={() => openEditor(target)}
                          >
                            {t(target.form === 'evidence' ? 'checklist.addEvidence' : 'checklist.fillNow')}
                          </Button>,
                        ]
                      : []
                  }
                >
                  <div style={{ minWidth: 0 }}>
                    <Typography.Text strong data-testid="missing-item">
                      {pick(m.label)}
                    </Typography.Text>
                    <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                      {t('checklist.howTo')}：{pick(m.howTo)}
                    </Typography.Paragraph>
                    {m.anyOf && m.anyOf.length > 1 && (
                      <ul style={{ margin: 0, paddingLeft: 20 }}>
                        {m.anyOf.map((a) => (
                          <li key={a.kind}>
                            {pick(a.label)}：{pick(a.howTo)}
                          </li>
                        ))}
                      </ul>
                    )}
                    {m.obstacles?.map((o) => (
                      <Typography.Paragraph key={o.id} type="secondary" style={{ margin: 0 }}>
                        {pick(o.problem)} → {pick(o.howTo)}
                      </Typography.Paragraph>
                    ))}
                  </div>
                </List.Item>
              );
            }}
          />
        </>
      )}
      {check.present.length > 0 && (
        <div style={{ marginTop: 8 }}>
          <Typography.Text strong>{t('checklist.present')}：</Typography.Text>
          {check.present.map((p) => (
            <Tag key={p.id} color="green" data-testid="present-item">
              {pick(p.label)}
            </Tag>
          ))}
        </div>
      )}
      {check.warnings.map((w) => (
        <Alert
          key={w.id}
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          message={pick(w.message)}
          description={w.source}
        />
      ))}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
        {t('checklist.sources')}：{check.source} ·{' '}
        <a href={`#/guide/${check.stage}`} style={{ textDecoration: 'underline' }}>
          {t('checklist.guide')}
        </a>
      </Typography.Paragraph>
    </Card>
  );
}
