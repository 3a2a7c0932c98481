/**
 * Import payments from a WeChat/Alipay bill: choose the file (and the zip password if any) → the core
 * parses it with progress → preview rows with filters → pick rows → import them into the case.
 * While the dialog is open a file dropped anywhere on the window is taken as the bill (not as evidence
 * behind the dialog). Problems are shown open: beside their row when the row was kept, in a list
 * when a line gave no row. The body scrolls, so the buttons stay on screen in a 700-pixel window.
 */
import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Modal, Space, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Counterparty } from '../../../core/domain/types.ts';
import type { BillParseResult } from '../../../core/importers/types.ts';
import { api, host } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { NotAvailable } from '../components/NotAvailable.tsx';
import { TaskProgress } from '../components/TaskProgress.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import {
  BillPartyChoice,
  choiceForImport,
  commonName,
  proposeChoice,
  type PartyChoiceState,
} from './BillPartyChoice.tsx';
import { BillPreviewTable } from './BillPreviewTable.tsx';
import { billProblems } from './billProblems.ts';
import { useDropTarget } from './useWindowDrop.ts';
import { useTask } from './useTask.ts';
import { MODAL_FIT } from '../components/modalFit.ts';

export const SHOW_METHOD = 'bill.show';
export const IMPORT_METHOD = 'bill.import';

interface Props {
  caseId: number;
  /** The case's parties: the rows are linked to one of them, a new one, or none (never silently added). */
  parties: Counterparty[];
  onClose(): void;
  onImported(): void;
}

export function BillImportModal({ caseId, parties, onClose, onImported }: Props) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const [file, setFile] = useState<{ name: string; path: string }>();
  const [parsed, setParsed] = useState<BillParseResult>();
  const [selected, setSelected] = useState<number[]>([]);
  const [error, setError] = useState<string>();
  const [party, setParty] = useState<PartyChoiceState>();
  const task = useTask();
  const available = host.hasMethod(SHOW_METHOD) && host.hasMethod(IMPORT_METHOD);

  const parse = useCallback(
    async (chosen: File) => {
      setError(undefined);
      setParsed(undefined);
      setSelected([]);
      setParty(undefined);
      try {
        const result = await task.run(t('bill.parsing'), async (o) => {
          const path = await host.fileToPath(chosen, o);
          setFile({ name: chosen.name, path });
          return api['bill.show']({ path, originalName: chosen.name, ...(password ? { password } : {}) }, o);
        });
        setParsed(result);
      } catch (err) {
        setError(pick(toApiError(err).text));
      }
      // task.run is stable (useCallback with no deps).
    },
    [password, t, pick, task.run],
  );

  const busy = task.task !== null;
  const onDrop = useCallback(
    (files: File[]) => {
      if (!busy && files[0]) void parse(files[0]);
    },
    [busy, parse],
  );
  useDropTarget(onDrop, t('bill.dropHere'));
  const problems = useMemo(() => (parsed ? billProblems(parsed) : null), [parsed]);
  const rowName = useMemo(() => {
    const picked = new Set(selected);
    return commonName((parsed?.rows ?? []).filter((r) => picked.has(r.row)).map((r) => r.counterparty));
  }, [parsed, selected]);
  // A fresh bill gets a fresh proposal (the party its rows name, the case's only party, or a new one).
  useEffect(() => {
    if (!parsed) return setParty(undefined);
    // Proposed once rows are picked, from what those rows name.
    if (selected.length > 0) setParty((current) => current ?? proposeChoice(parties, rowName));
  }, [parsed, parties, rowName, selected.length]);
  const choice = party ? choiceForImport(party) : null;

  async function importRows() {
    if (!file) return;
    try {
      const result = await task.run(t('bill.parsing'), (o) =>
        api['bill.import'](
          {
            caseId,
            path: file.path,
            originalName: file.name,
            rows: selected,
            ...(password ? { password } : {}),
            ...(choice ? { counterparty: choice } : {}),
          },
          o,
        ),
      );
      message.success(t('bill.imported', { n: result.imported }));
      onImported();
      if (result.skippedGroups.length > 0) {
        // Say which picked rows were not imported and why (already in the case, repeated, untrusted id):
        // one line per reason, naming the row or the count and the first rows.
        setError(result.skippedGroups.map((g) => pick(g.message)).join('\n'));
        setParsed(undefined);
        setSelected([]);
        setParty(undefined);
        return;
      }
      onClose();
    } catch (err) {
      setError(pick(toApiError(err).text));
    }
  }

  const s = parsed?.summary;
  return (
    <Modal
      open
      title={t('bill.title')}
      onCancel={onClose}
      width={1000}
      {...MODAL_FIT}
      okText={t('bill.pick', { n: selected.length })}
      okButtonProps={{ disabled: selected.length === 0 || busy || choice === null }}
      // Until a bill is parsed there is nothing to import: only the cancel button.
      footer={parsed ? undefined : (_, { CancelBtn }) => <CancelBtn />}
      onOk={() => void importRows()}
      cancelText={t('common.cancel')}
    >
      {!available ? (
        <NotAvailable method={host.hasMethod(SHOW_METHOD) ? IMPORT_METHOD : SHOW_METHOD} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Button icon={<UploadOutlined />} onClick={() => input.current?.click()} disabled={busy}>
              {t('bill.choose')}
            </Button>
            <Input.Password
              placeholder={t('bill.password')}
              aria-label={t('bill.password')}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              style={{ width: 260 }}
            />
            {file && <Typography.Text type="secondary">{file.name}</Typography.Text>}
          </Space>
          <input
            ref={input}
            type="file"
            hidden
            accept=".csv,.xlsx,.zip"
            aria-label={t('bill.choose')}
            data-testid="bill-file-input"
            onChange={(e) => {
              const chosen = e.target.files?.[0];
              e.target.value = '';
              if (chosen) void parse(chosen);
            }}
          />
          {task.task && <TaskProgress task={task.task} onCancel={task.cancel} />}
          {error && (
            <Alert type="error" showIcon role="alert" message={error} style={{ whiteSpace: 'pre-line' }} />
          )}
          {s && parsed && parsed.rows.length > 0 && (
            // Every row the preview lists (flagged ones too); lines that gave no row are counted apart.
            <Typography.Paragraph style={{ margin: 0 }} data-testid="bill-summary">
              {t('bill.summary', {
                rows: parsed.rows.length,
                expense: s.expenseCount,
                income: s.incomeCount,
              })}
              {s.flaggedRows > 0 && t('bill.summaryFlagged', { n: s.flaggedRows })}
              {s.badRows > 0 && t('bill.summaryBad', { n: s.badRows })}
            </Typography.Paragraph>
          )}
          {problems && problems.unreadable.length > 0 && (
            <Alert
              type={parsed && parsed.rows.length === 0 ? 'error' : 'warning'}
              showIcon
              data-testid="bill-unreadable"
              message={t('bill.errors', { n: problems.unreadable.length })}
              description={
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {problems.unreadable.slice(0, 50).map((e, i) => (
                    <li key={i}>
                      {e.row !== null ? t('bill.rowN', { n: e.row }) : ''}
                      {e.column ? `${e.column}：` : ''}
                      {pick(e.message)}
                    </li>
                  ))}
                  {problems.unreadable.length > 50 && (
                    <li>{t('bill.moreProblems', { n: problems.unreadable.length - 50 })}</li>
                  )}
                </ul>
              }
            />
          )}
          {parsed && parsed.rows.length > 0 && party && (
            <BillPartyChoice parties={parties} rowName={rowName} value={party} onChange={setParty} />
          )}
          {parsed && parsed.rows.length > 0 && problems && (
            <BillPreviewTable
              rows={parsed.rows}
              notes={problems.byRow}
              selected={selected}
              onSelect={setSelected}
            />
          )}
          {!parsed && !busy && <Typography.Text type="secondary">{t('bill.dropHint')}</Typography.Text>}
        </Space>
      )}
    </Modal>
  );
}
