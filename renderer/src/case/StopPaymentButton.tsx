/**
 * 止付 on the urgent banner: one click writes the one-page 紧急止付信息表 (every receiving account,
 * amount, time and 交易单号, and the person's own paying account) to read out on 110 / 96110 or hand
 * over at the desk, opens it, and shows it in 生成材料 where it can be downloaded or printed.
 */
import { FileTextOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { api, host } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { navigate } from '../router.ts';

export function StopPaymentButton({ caseId, onGenerated }: { caseId: number; onGenerated(): void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function make() {
    setBusy(true);
    try {
      const doc = await api['dossier.generate']({ caseId, doc: 'stop-payment' });
      onGenerated();
      navigate(`/cases/${caseId}/documents`);
      message.success(t('stopPay.done'));
      const url = await host.documentUrl(doc.documentId);
      if (url) window.open(url, '_blank', 'noopener');
      else await host.openDocument?.(doc.pdf);
    } catch (err) {
      message.error(pick(toApiError(err).text));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button
      size="small"
      danger
      icon={<FileTextOutlined />}
      loading={busy}
      onClick={() => void make()}
      data-testid="stop-payment-button"
    >
      {t('stopPay.button')}
    </Button>
  );
}
