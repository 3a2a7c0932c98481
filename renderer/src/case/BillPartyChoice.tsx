/**
 * Whom the imported rows belong to. A bill import never adds a party by itself (two parties for one
 * person would go into every paper): the person links the rows to a party the case already has, adds
 * one named after the bill's 交易对方, or links them to nobody. The proposal: the case's party whose
 * name the rows carry, else its only party, else a new party named after the rows' most common 交易对方.
 */
import { Input, Radio, Select, Space, Typography } from 'antd';
import { useEffect } from 'react';
import type { BillCounterpartyChoice } from '../../../core/api/schemas/bill.ts';
import type { Counterparty, CounterpartyKind } from '../../../core/domain/types.ts';
import { useI18n } from '../i18n/I18n.tsx';

export interface PartyChoiceState {
  mode: 'existing' | 'create' | 'none';
  existingId?: number;
  name: string;
  kind: CounterpartyKind;
}

/** The choice as bill.import takes it; null while a new party has no name yet. */
export function choiceForImport(s: PartyChoiceState): BillCounterpartyChoice | null {
  if (s.mode === 'none') return 'none';
  if (s.mode === 'existing') return s.existingId ? { existingId: s.existingId } : null;
  return s.name.trim() ? { create: { name: s.name.trim(), kind: s.kind } } : null;
}

/** The most common 交易对方 among the picked rows ('' when they carry none). */
export function commonName(names: string[]): string {
  const counts = new Map<string, number>();
  for (const n of names.map((x) => x.trim()).filter(Boolean)) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

export function proposeChoice(parties: Counterparty[], rowName: string): PartyChoiceState {
  const named = parties.find((p) => p.name.trim() === rowName);
  const existing = named ?? (parties.length === 1 ? parties[0] : undefined);
  if (existing) return { mode: 'existing', existingId: existing.id, name: rowName, kind: 'unknown' };
  if (parties.length > 1) return { mode: 'existing', name: rowName, kind: 'unknown' };
  return { mode: rowName ? 'create' : 'none', name: rowName, kind: 'unknown' };
}

export function BillPartyChoice({
  parties,
  rowName,
  value,
  onChange,
}: {
  parties: Counterparty[];
  /** The picked rows' most common 交易对方. */
  rowName: string;
  value: PartyChoiceState;
  onChange(next: PartyChoiceState): void;
}) {
  const { t } = useI18n();
  // A new party's name follows the rows picked until the person types one.
  useEffect(() => {
    if (value.mode !== 'create' && value.name !== rowName) onChange({ ...value, name: rowName });
  }, [rowName, value, onChange]);
  return (
    <div className="bill-party-choice" data-testid="bill-party-choice">
      <Typography.Text strong id="bill-party-label">
        {t('billParty.question')}
      </Typography.Text>
      <Radio.Group
        aria-labelledby="bill-party-label"
        value={value.mode}
        onChange={(e) => onChange({ ...value, mode: e.target.value as PartyChoiceState['mode'] })}
        style={{ display: 'block', marginTop: 4 }}
      >
        <Space direction="vertical" size={4} style={{ width: '100%' }}>
          {parties.length > 0 && (
            <Space wrap>
              <Radio value="existing">{t('billParty.existing')}</Radio>
              <Select<number>
                aria-label={t('billParty.existing')}
                style={{ minWidth: 220 }}
                value={value.existingId}
                placeholder={t('billParty.pickParty')}
                onChange={(id) => onChange({ ...value, mode: 'existing', existingId: id })}
                options={parties.map((p) => ({ value: p.id, label: p.name }))}
              />
            </Space>
          )}
          <Space wrap>
            <Radio value="create">{t('billParty.create')}</Radio>
            <Input
              aria-label={t('billParty.createName')}
              style={{ width: 220 }}
              maxLength={200}
              value={value.name}
              placeholder={t('billParty.createName')}
              onChange={(e) => onChange({ ...value, mode: 'create', name: e.target.value })}
            />
            <Select<CounterpartyKind>
              aria-label={t('wizard.counterpartyKind')}
              style={{ width: 110 }}
              value={value.kind}
              onChange={(kind) => onChange({ ...value, mode: 'create', kind })}
              options={[
                { value: 'merchant', label: t('kind.merchant') },
                { value: 'person', label: t('kind.person') },
                { value: 'unknown', label: t('kind.unknown') },
              ]}
            />
          </Space>
          <Radio value="none">{t('billParty.none')}</Radio>
        </Space>
      </Radio.Group>
      {value.mode === 'create' && parties.length > 0 && (
        <Typography.Paragraph type="warning" style={{ margin: '4px 0 0' }}>
          {t('billParty.createWarning')}
        </Typography.Paragraph>
      )}
    </div>
  );
}
