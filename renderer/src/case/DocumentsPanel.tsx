/**
 * Generate the papers a channel expects, and the history of what was generated, with hashes to check.
 * Each document's folder: "Show in folder" where the host can open the file manager (Electron), else
 * the folder's path to copy (browser mode). Preview: a new tab (browser mode), the system's PDF viewer
 * (Electron).
 */
import {
  DownloadOutlined,
  EyeOutlined,
  FilePdfOutlined,
  FileZipOutlined,
  FolderOpenOutlined,
  SafetyOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Empty, List, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Counterparty, GeneratedDocument } from '../../../core/domain/types.ts';
import type { DocKind } from '../../../core/dossier/types.ts';
import { api, host } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { NotAvailable } from '../components/NotAvailable.tsx';
import { TaskProgress } from '../components/TaskProgress.tsx';
import { folderOf, shortTime } from '../format.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { DocumentBlanks } from './DocumentBlanks.tsx';
import { useTask } from './useTask.ts';

// Typed against the core's DocKind so a renamed kind is a compile error here. The four papers, then
// the one-page 紧急止付信息表 (to read out on 110 / 96110) and the 核对单 (for the person only).
const DOCS: DocKind[] = ['police-report', 'wechat-complaint', '12315', 'civil', 'stop-payment', 'checklist'];
export const GENERATE_METHOD = 'dossier.generate';
export const VERIFY_METHOD = 'dossier.verify';

export function DocumentsPanel({
  caseId,
  documents,
  parties,
  onChanged,
  initialKind = 'police-report',
}: {
  caseId: number;
  documents: GeneratedDocument[];
  parties: Counterparty[];
  onChanged(): void;
  initialKind?: DocKind;
}) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [kind, setKind] = useState<DocKind>(initialKind);
  const [verdicts, setVerdicts] = useState<Record<number, { ok: boolean; text: string }>>({});
  const generate = useTask();
  if (!host.hasMethod(GENERATE_METHOD)) return <NotAvailable method={GENERATE_METHOD} />;

  async function run() {
    try {
      await generate.run(t('documents.generating'), (o) => api['dossier.generate']({ caseId, doc: kind }, o));
      message.success(t('documents.generated'));
      onChanged();
    } catch (err) {
      message.error(pick(toApiError(err).text));
    }
  }

  async function open(doc: GeneratedDocument) {
    const url = await host.documentUrl(doc.id);
    if (url) window.open(url, '_blank', 'noopener');
    else if (host.openDocument) {
      // Electron (new windows are denied): the system's PDF viewer opens it.
      try {
        await host.openDocument(doc.path);
      } catch (err) {
        message.error(pick(toApiError(err).text));
      }
    } else message.info(doc.path);
  }

  async function download(doc: GeneratedDocument, file: 'pdf' | 'zip', name: string) {
    try {
      await host.downloadDocument?.(doc.id, file, name);
    } catch (err) {
      message.error(pick(toApiError(err).text));
    }
  }

  async function showInFolder(doc: GeneratedDocument) {
    try {
      await host.showInFolder?.(doc.path);
    } catch (err) {
      message.error(pick(toApiError(err).text));
    }
  }

  async function verify(doc: GeneratedDocument) {
    try {
      if (!doc.bundlePath) throw new Error('no bundle');
      const report = await api['dossier.verify']({ bundle: doc.bundlePath });
      const text = report.ok
        ? `${t('documents.verifyOk')}（${report.verified.length}）`
        : `${t('documents.verifyFail')}：${report.problems.map((p) => `${p.path}: ${p.detail}`).join('; ')}`;
      setVerdicts((v) => ({ ...v, [doc.id]: { ok: report.ok, text } }));
    } catch (err) {
      setVerdicts((v) => ({ ...v, [doc.id]: { ok: false, text: pick(toApiError(err).text) } }));
    }
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Space>
        <Select<DocKind>
          value={kind}
          onChange={setKind}
          style={{ width: 260 }}
          aria-label={t('documents.kind')}
          options={DOCS.map((d) => ({ value: d, label: t(`doc.${d}`) }))}
        />
        <Button
          type="primary"
          icon={<FilePdfOutlined />}
          onClick={() => void run()}
          loading={generate.task !== null}
        >
          {t('documents.generate')}
        </Button>
      </Space>
      {generate.task && <TaskProgress task={generate.task} onCancel={generate.cancel} />}
      <DocumentBlanks caseId={caseId} kind={kind} parties={parties} generation={documents} />
      <Typography.Title level={3} style={{ fontSize: 16, margin: '8px 0 0' }}>
        {t('documents.history')}
      </Typography.Title>
      <List<GeneratedDocument>
        data-testid="documents-table"
        bordered
        dataSource={[...documents].reverse()}
        locale={{ emptyText: <Empty description={t('documents.empty')} /> }}
        renderItem={(doc) => {
          const name = doc.path.split(/[\\/]/).pop() ?? doc.path;
          const bundleName = doc.bundlePath?.split(/[\\/]/).pop() ?? null;
          const verdict = verdicts[doc.id];
          return (
            <List.Item className="document-item" data-testid="document-row">
              <Space direction="vertical" style={{ width: '100%' }} size={4}>
                <Space wrap>
                  <Typography.Text strong>
                    {DOCS.includes(doc.kind as DocKind) ? t(`doc.${doc.kind as DocKind}`) : doc.kind}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {shortTime(doc.createdAt).slice(0, 16)} · {t('documents.pagesN', { n: doc.pages })}
                  </Typography.Text>
                </Space>
                <Space wrap size={[8, 4]}>
                  <Button size="small" icon={<EyeOutlined />} onClick={() => void open(doc)}>
                    {t('documents.preview')}
                  </Button>
                  {host.downloadDocument && (
                    <Button
                      size="small"
                      icon={<DownloadOutlined />}
                      data-testid="download-pdf"
                      onClick={() => void download(doc, 'pdf', name)}
                    >
                      {t('documents.downloadPdf')}
                    </Button>
                  )}
                  {host.downloadDocument && bundleName && (
                    <Button
                      size="small"
                      icon={<FileZipOutlined />}
                      data-testid="download-zip"
                      onClick={() => void download(doc, 'zip', bundleName)}
                    >
                      {t('documents.downloadZip')}
                    </Button>
                  )}
                  {host.showInFolder && (
                    <Button
                      size="small"
                      icon={<FolderOpenOutlined />}
                      onClick={() => void showInFolder(doc)}
                      aria-label={`${t('documents.showInFolder')}: ${name}`}
                      data-testid="show-in-folder"
                    >
                      {t('documents.showInFolder')}
                    </Button>
                  )}
                  {verdict ? (
                    <Alert
                      type={verdict.ok ? 'success' : 'error'}
                      showIcon
                      message={verdict.text}
                      data-testid="verify-result"
                      style={{ padding: '0 8px' }}
                    />
                  ) : (
                    <Button
                      size="small"
                      icon={<SafetyOutlined />}
                      disabled={!host.hasMethod(VERIFY_METHOD)}
                      onClick={() => void verify(doc)}
                    >
                      {t('documents.verify')}
                    </Button>
                  )}
                </Space>
                <Typography.Text className="mono" data-testid="document-file" copyable={{ text: doc.path }}>
                  {t('documents.file')}：{name}
                  {bundleName ? ` + ${bundleName}` : ''}
                </Typography.Text>
                {!host.showInFolder && (
                  <Typography.Text
                    className="mono"
                    type="secondary"
                    copyable={{
                      text: folderOf(doc.path),
                      tooltips: [t('documents.copyFolder'), t('documents.copied')],
                    }}
                    data-testid="document-folder"
                  >
                    {t('documents.folder')}：{folderOf(doc.path)}
                  </Typography.Text>
                )}
                <Typography.Text className="mono" type="secondary" data-testid="document-sha">
                  SHA-256：{doc.sha256}
                </Typography.Text>
              </Space>
            </List.Item>
          );
        }}
      />
      {!host.showInFolder && documents.length > 0 && (
        <Typography.Text type="secondary">{t('documents.folderHint')}</Typography.Text>
      )}
    </Space>
  );
}
