import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Space } from 'antd';
import { useState } from 'react';
import type { CaseOverview, Counterparty, Payment } from '../../../core/domain/types.ts';
import { api } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import { AddPaymentModal } from './AddPaymentModal.tsx';
import { BillImportModal } from './BillImportModal.tsx';
import { PaymentEditModal } from './PaymentEditModal.tsx';
import { PaymentTable } from './PaymentTable.tsx';
import { usePaymentRows } from './useCaseLists.ts';

export function PaymentsPanel({
  caseId,
  overview,
  onChanged,
}: {
  caseId: number;
  overview: CaseOverview;
  onChanged(): void;
}) {
  const { t, pick } = useI18n();
  const rows = usePaymentRows(caseId, overview);
  const { message, modal } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState<Payment>();

  async function remove(p: Payment) {
    try {
      const removed = await api['payment.remove']({ id: p.id });
      onChanged();
      // Its party has no payment left: offer to remove it too, so the papers list only who is still in it.
      const party = removed.counterpartyWithoutPayments;
      if (party) offerPartyRemoval(party);
    } catch (err) {
      message.error(pick(toApiError(err).text));
    }
  }

  function offerPartyRemoval(party: Counterparty) {
    modal.confirm({
      title: t('party.orphanTitle', { name: party.name }),
      content: t('party.orphanBody', { name: party.name }),
      okText: t('party.removeOk'),
      okButtonProps: { danger: true, 'data-testid': 'orphan-party-remove' } as never,
      cancelText: t('party.keep'),
      onOk: async () => {
        try {
          await api['counterparty.remove']({ id: party.id });
          message.success(t('party.removed', { name: party.name, n: 0 }));
          onChanged();
        } catch (err) {
          message.error(pick(toApiError(err).text));
        }
      },
    });
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Space>
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('payments.add')}
        </Button>
        <Button type="primary" icon={<ImportOutlined />} onClick={() => setImporting(true)}>
          {t('payments.import')}
        </Button>
      </Space>
      {rows.error && <ErrorAlert error={rows.error} onRetry={rows.retry} />}
      {rows.total === 0 ? (
        <Empty description={t('payments.empty')} />
      ) : (
        <PaymentTable rows={rows} onEdit={setEditing} onRemove={(p) => void remove(p)} />
      )}
      <AddPaymentModal caseId={caseId} open={adding} onClose={() => setAdding(false)} onAdded={onChanged} />
      {editing && (
        <PaymentEditModal
          caseId={caseId}
          payment={editing}
          parties={overview.counterparties}
          onClose={() => setEditing(undefined)}
          onSaved={onChanged}
        />
      )}
      {importing && (
        <BillImportModal
          caseId={caseId}
          parties={overview.counterparties}
          onClose={() => setImporting(false)}
          onImported={onChanged}
        />
      )}
    </Space>
  );
}
