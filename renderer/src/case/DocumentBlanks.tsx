/**
 * Before generating: the blanks the chosen paper will carry, as the 核对单 lists them
 * (dossier.checklist: the label the paper prints, e.g. 民族 or 付款账户, and the field it maps to), each
 * with "现在填写" to the form that fills it; blanks only a pen can fill (signature, the station's name)
 * are listed apart. A blank filled since the tab opened stays in the list, green, so the person sees
 * that what they typed went where it was needed. For the WeChat Pay complaint, the ≤300-character
 * description with a copy button.
 */
import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, Button, List, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { BlankRecord } from '../../../core/dossier/blanks.ts';
import type { Counterparty } from '../../../core/domain/types.ts';
import type { DocKind } from '../../../core/dossier/types.ts';
import { api, host } from '../api/client.ts';
import { useLoad } from '../api/useLoad.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { shortTime, yuan } from '../format.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { useOpenEditor } from './CaseEditors.tsx';
import { blankTarget } from './fillTargets.ts';

export const TEXT_METHOD = 'dossier.complaintText';
export const CHECKLIST_METHOD = 'dossier.checklist';

const keyOf = (b: BlankRecord) => `${b.field ?? ''}|${b.label}`;

export function DocumentBlanks({
  caseId,
  kind,
  parties,
  generation,
}: {
  caseId: number;
  kind: DocKind;
  /** The case's parties, to say whose blank it is (two parties both have a 收款账户). */
  parties: Counterparty[];
  generation: unknown;
}) {
  const { t } = useI18n();
  const openEditor = useOpenEditor();
  const checklist = useLoad(
    () => (host.hasMethod(CHECKLIST_METHOD) ? api['dossier.checklist']({ caseId }) : Promise.resolve(null)),
    [caseId, generation],
  );
  const wantsText = kind === 'wechat-complaint' && host.hasMethod(TEXT_METHOD);
  const text = useLoad(
    () => (wantsText ? api['dossier.complaintText']({ caseId }) : Promise.resolve(null)),
    [caseId, wantsText, generation],
  );
  const paper = checklist.data?.papers.find((p) => p.doc === kind);
  const blanks = paper?.blanks ?? [];
  // Two payments both lack a 收款账户: say which payment each blank is (amount and time).
  const blankPayments = blanks.some((b) => /^payment:\d+\./.test(b.field ?? ''));
  const payments = useLoad(
    () =>
      blankPayments ? api['payment.list']({ caseId, direction: 'expense', limit: 200 }) : Promise.resolve([]),
    [caseId, blankPayments, generation],
  );
  // Blanks seen for this paper since it was chosen: those gone now were just filled.
  const seen = useRef(new Map<string, BlankRecord>());
  const seenKind = useRef(kind);
  const [filled, setFilled] = useState<BlankRecord[]>([]);
  useEffect(() => {
    if (seenKind.current !== kind) {
      seen.current = new Map();
      seenKind.current = kind;
    }
    if (!paper) return setFilled([]);
    const now = new Set(paper.blanks.map(keyOf));
    for (const b of paper.blanks) seen.current.set(keyOf(b), b);
    setFilled([...seen.current.entries()].filter(([k]) => !now.has(k)).map(([, b]) => b));
  }, [paper, kind]);

  /** Where the blank is filled: 报案人信息, the party's name, 付款记录, 案件信息. */
  const where = (field: string | null): string => {
    const m = /^(profile|case|counterparty|payment)(?::(\d+))?\./.exec(field ?? '');
    if (!m) return '';
    if (m[1] === 'counterparty')
      return parties.find((p) => p.id === Number(m[2]))?.name ?? t('blanks.where.counterparty');
    if (m[1] === 'payment' && m[2]) {
      const p = payments.data?.find((x) => x.id === Number(m[2]));
      if (p) return `${t('blanks.where.payment')} ${yuan(p.amountFen)} ${shortTime(p.time).slice(5, 16)}`;
    }
    return t(`blanks.where.${m[1] as 'profile' | 'case' | 'payment'}`);
  };
  const labelOf = (b: BlankRecord) => (where(b.field) ? `${b.label}（${where(b.field)}）` : b.label);
  const toFill = [...new Map(blanks.filter((b) => b.field !== null).map((b) => [keyOf(b), b])).values()];
  const byHand = [...new Set(blanks.filter((b) => b.field === null).map((b) => b.label))];

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {checklist.error && <ErrorAlert error={checklist.error} onRetry={checklist.reload} />}
      {kind === 'checklist' && <Alert type="info" showIcon message={t('blanks.checklistDoc')} />}
      {paper &&
        (toFill.length === 0 && filled.length === 0 ? (
          <Alert type="success" showIcon data-testid="doc-blanks-none" message={t('documents.noBlanks')} />
        ) : (
          <Alert
            type={toFill.length ? 'warning' : 'success'}
            showIcon
            data-testid="doc-blanks"
            message={toFill.length ? t('documents.blanks', { n: toFill.length }) : t('documents.noBlanks')}
            description={
              // dataSource, not children: antd wraps items in a <ul> only then (each <li> needs its list).
              <List<{ blank: BlankRecord; filled: boolean }>
                size="small"
                dataSource={[
                  ...toFill.map((blank) => ({ blank, filled: false })),
                  ...filled.map((blank) => ({ blank, filled: true })),
                ]}
                rowKey={(r) => `${r.filled ? 'filled' : 'open'}|${keyOf(r.blank)}`}
                renderItem={({ blank: b, filled: done }) => {
                  if (done)
                    return (
                      <List.Item data-testid="doc-blank-filled" className="blank-filled">
                        <Space size={6}>
                          <CheckCircleFilled style={{ color: '#389e0d' }} aria-hidden />
                          <Typography.Text style={{ color: '#237804' }}>
                            {labelOf(b)} · {t('blanks.filled')}
                          </Typography.Text>
                        </Space>
                      </List.Item>
                    );
                  const target = blankTarget(b.field, 0);
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
                                aria-label={`${t('checklist.fillNow')}: ${labelOf(b)}`}
                              >
                                {t('checklist.fillNow')}
                              </Button>,
                            ]
                          : []
                      }
                    >
                      {labelOf(b)}
                    </List.Item>
                  );
                }}
              />
            }
          />
        ))}
      {byHand.length > 0 && (
        <Typography.Paragraph type="secondary" data-testid="doc-blanks-by-hand" style={{ margin: 0 }}>
          {t('blanks.byHand', { labels: byHand.join('、') })}
        </Typography.Paragraph>
      )}
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
