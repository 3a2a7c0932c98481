import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Space } from 'antd';
import { useState } from 'react';
import type { CaseOverview, Payment } from '../../../core/domain/types.ts';
import { api } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import { AddPaymentModal } from './AddPaymentModal.tsx';
import { BillImportModal } from './BillImportModal.tsx';
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
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);

  async function remove(p: Payment) {
    try {
      await api['payment.remove']({ id: p.id });
      onChanged();
    } catch (err) {
      message.error(pick(toApiError(err).text));
    }
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
        <PaymentTable rows={rows} onRemove={(p) => void remove(p)} />
      )}
      <AddPaymentModal caseId={caseId} open={adding} onClose={() => setAdding(false)} onAdded={onChanged} />
      {importing && (
        <BillImportModal caseId={caseId} onClose={() => setImporting(false)} onImported={onChanged} />
      )}
    </Space>
  );
}
