/**
 * 回收站: deleted cases wait here. Restore brings a case back as it was; purge erases it for good —
 * its rows, its generated papers in the vault, and each original no other case uses — after a
 * confirmation that says so. Every step is audited by the core.
 */
import { ArrowLeftOutlined, DeleteOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Space, Table, Typography } from 'antd';
import type { Results } from '../../../core/api/contract.ts';
import { api } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { useLoad } from '../api/useLoad.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { shortTime, yuan } from '../format.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { navigate } from '../router.ts';

type Deleted = Results['case.listDeleted'][number];

export function TrashScreen() {
  const { t, pick } = useI18n();
  const { message, modal } = App.useApp();
  const list = useLoad(() => api['case.listDeleted']({}), []);

  async function restore(c: Deleted) {
    try {
      await api['case.restore']({ id: c.id });
      message.success(t('trash.restored', { title: c.title }));
      list.reload();
    } catch (err) {
      message.error(pick(toApiError(err).text));
    }
  }

  function confirmPurge(c: Deleted) {
    modal.confirm({
      title: t('trash.purgeTitle', { title: c.title }),
      content: (
        <div data-testid="case-purge-confirm">
          <Typography.Paragraph>
            {t('trash.purgeBody', { payments: c.paymentCount, evidence: c.evidenceCount })}
          </Typography.Paragraph>
          <Typography.Paragraph type="danger" strong>
            {t('trash.purgeFinal')}
          </Typography.Paragraph>
        </div>
      ),
      okText: t('trash.purgeOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const r = await api['case.purge']({ id: c.id });
          message.success(t('trash.purged', { title: c.title, files: r.objectsDeleted }));
          list.reload();
        } catch (err) {
          message.error(pick(toApiError(err).text));
        }
      },
    });
  }

  return (
    <Card data-testid="trash-screen">
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        onClick={() => navigate('/')}
        style={{ paddingLeft: 0 }}
      >
        {t('trash.back')}
      </Button>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('trash.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('trash.lead')}</Typography.Paragraph>
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Table<Deleted>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={(list.data?.length ?? 0) > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: <Empty description={t('trash.empty')} /> }}
        columns={[
          {
            title: t('cases.col.title'),
            dataIndex: 'title',
            onCell: () => ({ style: { minWidth: 200 } }),
          },
          {
            title: t('cases.col.amount'),
            dataIndex: 'expenseFen',
            align: 'right',
            render: (f: number) => yuan(f),
          },
          { title: t('cases.col.counts'), render: (_, c) => `${c.paymentCount} / ${c.evidenceCount}` },
          {
            title: t('trash.deletedAt'),
            dataIndex: 'deletedAt',
            render: (v: string | null) => shortTime(v).slice(0, 16),
          },
          {
            title: <span className="sr-only">{t('payEdit.actions')}</span>,
            key: 'actions',
            render: (_, c) => (
              <Space wrap>
                <Button
                  icon={<UndoOutlined />}
                  onClick={() => void restore(c)}
                  aria-label={`${t('trash.restore')}: ${c.title}`}
                >
                  {t('trash.restore')}
                </Button>
                <Button
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => confirmPurge(c)}
                  aria-label={`${t('trash.purge')}: ${c.title}`}
                >
                  {t('trash.purge')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
