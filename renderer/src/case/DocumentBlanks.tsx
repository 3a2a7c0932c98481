/**
 * Before generating: what the chosen paper will leave blank (the channel's missing facts and
 * evidence, from rules.check), each with "现在填写" to the form that fills it; and for the WeChat Pay
 * complaint, the ≤300-character description with a copy button.
 */
import { Alert, Button, List, Space, Typography } from 'antd';
import type { DocKind } from '../../../core/dossier/types.ts';
import { api, host } from '../api/client.ts';
import { useLoad } from '../api/useLoad.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import { useOpenEditor } from './CaseEditors.tsx';
import { DOC_CHANNEL } from './documentChannels.ts';
import { fillTarget } from './fillTargets.ts';

export const TEXT_METHOD = 'dossier.complaintText';

export function DocumentBlanks({
  caseId,
  kind,
  generation,
}: {
  caseId: number;
  kind: DocKind;
  generation: unknown;
}) {
  const { t, pick } = useI18n();
  const openEditor = useOpenEditor();
  const channel = DOC_CHANNEL[kind];
  const check = useLoad(
    () =>
      channel && host.hasMethod('rules.check')
        ? api['rules.check']({ caseId, route: channel })
        : Promise.resolve(null),
    [caseId, channel, generation],
  );
  const wantsText = kind === 'wechat-complaint' && host.hasMethod(TEXT_METHOD);
  const text = useLoad(
    () => (wantsText ? api['dossier.complaintText']({ caseId }) : Promise.resolve(null)),
    [caseId, wantsText, generation],
  );
  const missing = check.data?.routes.find((r) => r.route === channel)?.missing ?? [];

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {check.error && <ErrorAlert error={check.error} onRetry={check.reload} />}
      {check.data &&
        (missing.length === 0 ? (
          <Alert type="success" showIcon data-testid="doc-blanks-none" message={t('documents.noBlanks')} />
        ) : (
          <Alert
            type="warning"
            showIcon
            data-testid="doc-blanks"
            message={t('documents.blanks', { n: missing.length })}
            description={
              <List
                size="small"
                dataSource={missing}
                renderItem={(m) => {
                  const target = fillTarget(m);
                  return (
                    <List.Item
                      data-testid="doc-blank"
                      actions={
                        target && openEditor
                          ? [
                              <Button
                                key="fill"
                                size="small"
                                type="link"
                                onClick={() => openEditor(target)}
                                aria-label={`${t('checklist.fillNow')}: ${pick(m.label)}`}
                              >
                                {t(
                                  target.form === 'evidence' ? 'checklist.addEvidence' : 'checklist.fillNow',
                                )}
                              </Button>,
                            ]
                          : []
                      }
                    >
                      {pick(m.label)}
                      {m.detail && m.detail.length > 0 && (
                        <Typography.Text type="secondary">（{m.detail.join('、')}）</Typography.Text>
                      )}
                    </List.Item>
                  );
                }}
              />
            }
          />
        ))}
      {text.error && <ErrorAlert error={text.error} onRetry={text.reload} />}
      {text.data && (
        <div data-testid="complaint-text">
          <Typography.Text strong>{t('documents.complaintText')}</Typography.Text>
          <Typography.Paragraph
            className="complaint-text"
            copyable={{
              text: text.data.text,
              tooltips: [t('documents.copyText'), t('documents.copied')],
            }}
          >
            {text.data.text}
          </Typography.Paragraph>
          <Typography.Text type={text.data.blank ? 'warning' : 'secondary'}>
            {t('documents.charCount', { n: text.data.chars, limit: text.data.limit })}
            {text.data.blank && t('documents.textHasBlank', { blank: text.data.blank })}
          </Typography.Text>
        </div>
      )}
    </Space>
  );
}
