/**
 * Generate the papers a channel expects, and the history of what was generated, with hashes to check.
 * Each document's folder: "Show in folder" where the host can open the file manager (Electron), else
 * the folder's path to copy (browser mode). Preview: a new tab (browser mode), the system's PDF viewer
 * (Electron).
 */
import { EyeOutlined, FilePdfOutlined, FolderOpenOutlined, SafetyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Select, Space, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { GeneratedDocument } from '../../../core/domain/types.ts';
import type { DocKind } from '../../../core/dossier/types.ts';
import { api, host } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { NotAvailable } from '../components/NotAvailable.tsx';
import { TaskProgress } from '../components/TaskProgress.tsx';
import { folderOf, shortTime } from '../format.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { useTask } from './useTask.ts';

// Typed against the core's DocKind so a renamed kind is a compile error here.
const DOCS: DocKind[] = ['police-report', 'wechat-complaint', '12315', 'civil'];
export const GENERATE_METHOD = 'dossier.generate';
export const VERIFY_METHOD = 'dossier.verify';

export function DocumentsPanel({
  caseId,
  documents,
  onChanged,
}: {
  caseId: number;
  documents: GeneratedDocument[];
  onChanged(): void;
}) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [kind, setKind] = useState<DocKind>('police-report');
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
      <Table<GeneratedDocument>
        rowKey="id"
        size="small"
        data-testid="documents-table"
        dataSource={[...documents].reverse()}
        pagination={false}
        locale={{ emptyText: <Empty description={t('documents.empty')} /> }}
        columns={[
          {
            title: t('documents.kind'),
            dataIndex: 'kind',
            render: (k: string) => (DOCS.includes(k as DocKind) ? t(`doc.${k as DocKind}`) : k),
          },
          {
            title: t('cases.col.updated'),
            dataIndex: 'createdAt',
            render: (v: string) => shortTime(v).slice(0, 16),
          },
          { title: t('documents.pages'), dataIndex: 'pages', width: 64 },
          {
            title: t('documents.path'),
            dataIndex: 'path',
            ellipsis: true,
            render: (p: string, doc) => (
              // A flex row whose text may shrink, so a long file name ends in "…" within the cell.
              <div style={{ display: 'flex', alignItems: 'center', gap: 4, minWidth: 0 }}>
                <Button
                  size="small"
                  icon={<EyeOutlined />}
                  onClick={() => void open(doc)}
                  aria-label={`${t('evidence.open')}: ${p}`}
                />
                <Typography.Text
                  copyable={{ text: p }}
                  className="mono"
                  style={{ minWidth: 0, flex: '0 1 auto' }}
                  ellipsis={{ tooltip: p }}
                >
                  {p.split(/[\\/]/).pop()}
                </Typography.Text>
              </div>
            ),
          },
          {
            title: t('documents.folder'),
            key: 'folder',
            width: host.showInFolder ? undefined : 220,
            render: (_, doc) => {
              const name = doc.path.split(/[\\/]/).pop();
              if (host.showInFolder)
                return (
                  <Button
                    size="small"
                    icon={<FolderOpenOutlined />}
                    onClick={() => void showInFolder(doc)}
                    aria-label={`${t('documents.showInFolder')}: ${name}`}
                    data-testid="show-in-folder"
                  >
                    {t('documents.showInFolder')}
                  </Button>
                );
              const folder = folderOf(doc.path);
              return (
                <Typography.Text
                  copyable={{ text: folder, tooltips: [t('documents.copyFolder'), t('documents.copied')] }}
                  className="mono"
                  // The whole path, wrapped: it is what the person types or pastes into a file manager.
                  style={{ wordBreak: 'break-all' }}
                  data-testid="document-folder"
                >
                  {folder}
                </Typography.Text>
              );
            },
          },
          {
            title: 'SHA-256',
            dataIndex: 'sha256',
            render: (sha: string, doc) => (
              <Tooltip title={doc.path}>
                <span className="mono">{sha.slice(0, 16)}…</span>
              </Tooltip>
            ),
          },
          {
            title: t('documents.verify'),
            render: (_, doc) =>
              verdicts[doc.id] ? (
                <Alert
                  type={verdicts[doc.id]!.ok ? 'success' : 'error'}
                  showIcon
                  message={verdicts[doc.id]!.text}
                  data-testid="verify-result"
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
              ),
          },
        ]}
      />
      {!host.showInFolder && documents.length > 0 && (
        <Typography.Text type="secondary">{t('documents.folderHint')}</Typography.Text>
      )}
    </Space>
  );
}
