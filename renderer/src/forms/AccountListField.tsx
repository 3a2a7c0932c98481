/**
 * Receiving accounts, one row each with its type: a bank card (number + 开户行), Alipay, WeChat, or
 * another kind. The number is checked for its type with the core's parser (a bank card is digits
 * only), so the police report's 止付 request never carries a card number with a letter in it.
 */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space } from 'antd';
import { ACCOUNT_TYPES, type AccountType } from '../../../core/domain/types.ts';
import names from '../../../templates/messages/accountTypes.json' with { type: 'json' };
import { useI18n } from '../i18n/I18n.tsx';
import { accountNumberRule } from './fieldRules.ts';

export interface AccountRow {
  type: AccountType;
  number: string;
  bank?: string;
  holder?: string;
}

export function AccountListField({ name, label }: { name: string; label: string }) {
  const { t, pick, lang } = useI18n();
  const form = Form.useFormInstance();
  const rows = (Form.useWatch(name, form) as AccountRow[] | undefined) ?? [];
  return (
    <Form.Item label={label} required={false}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <Space direction="vertical" style={{ width: '100%' }} size={4} data-testid="account-rows">
            {fields.map((field, i) => {
              const type = rows[field.name]?.type ?? 'bank';
              return (
                <Space
                  key={field.key}
                  align="start"
                  wrap
                  size={[8, 4]}
                  className="account-row"
                  data-testid="account-row"
                >
                  <Form.Item name={[field.name, 'type']} style={{ marginBottom: 0, width: 120 }}>
                    <Select
                      aria-label={`${t('party.accountType')} ${i + 1}`}
                      options={ACCOUNT_TYPES.map((a) => ({ value: a, label: names[a][lang] }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'number']}
                    style={{ marginBottom: 0, minWidth: 230 }}
                    dependencies={[[name, field.name, 'type']]}
                    // An empty row is dropped on save; a filled one must read for its type.
                    rules={[accountNumberRule(pick, type)]}
                  >
                    <Input
                      aria-label={`${t('party.accountNumber')} ${i + 1}`}
                      className="mono"
                      maxLength={80}
                      inputMode={type === 'bank' ? 'numeric' : 'text'}
                      placeholder={t(`party.accountPh.${type}`)}
                    />
                  </Form.Item>
                  {type === 'bank' && (
                    <Form.Item name={[field.name, 'bank']} style={{ marginBottom: 0, width: 170 }}>
                      <Input
                        aria-label={`${t('party.accountBank')} ${i + 1}`}
                        maxLength={100}
                        placeholder={t('party.accountBankPh')}
                      />
                    </Form.Item>
                  )}
                  <Form.Item name={[field.name, 'holder']} style={{ marginBottom: 0, width: 120 }}>
                    <Input
                      aria-label={`${t('party.accountHolder')} ${i + 1}`}
                      maxLength={100}
                      placeholder={t('party.accountHolder')}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={`${t('common.remove')} ${label} ${i + 1}`}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              );
            })}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ type: 'bank', number: '' })}>
              {t('party.addAccount')}
            </Button>
          </Space>
        )}
      </Form.List>
    </Form.Item>
  );
}
