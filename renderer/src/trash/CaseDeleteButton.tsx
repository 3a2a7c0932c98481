/**
 * Delete a case, after a confirmation that says what goes with it (counted by the core's dry run):
 * payments, evidence, events, parties, generated papers. Nothing is erased: the case waits in the
 * 回收站, from where it can be restored, or purged for good.
 */
import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Typography } from 'antd';
import { useState } from 'react';
import type { CaseRecord } from '../../../core/domain/types.ts';
import { api } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { navigate } from '../router.ts';
import { ContentsList } from './ContentsList.tsx';

export function CaseDeleteButton({ record }: { record: CaseRecord }) {
  const { t, pick } = useI18n();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function ask() {
    setBusy(true);
    try {
      const dry = await api['case.delete']({ id: record.id, revision: record.revision, dryRun: true });
      modal.confirm({
        title: t('trash.deleteTitle', { title: record.title }),
        content: (
          <div data-testid="case-delete-confirm">
            <Typography.Paragraph>{t('trash.deleteGoes')}</Typography.Paragraph>
            <ContentsList contents={dry.contents} />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {t('trash.deleteKept')}
            </Typography.Paragraph>
          </div>
        ),
        okText: t('trash.deleteOk'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        onOk: async () => {
          try {
            await api['case.delete']({ id: record.id, revision: record.revision });
            message.success(t('trash.deleted', { title: record.title }));
            navigate('/');
          } catch (err) {
            message.error(pick(toApiError(err).text));
          }
        },
      });
    } catch (err) {
      message.error(pick(toApiError(err).text));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button danger icon={<DeleteOutlined />} loading={busy} onClick={() => void ask()}>
      {t('trash.delete')}
    </Button>
  );
}
