/**
 * The reporter profile. The ID number is never shown in full: the saved one appears masked, and a new
 * one is typed into a password-style field. Empty fields are fine; documents say what is missing.
 */
import { Button, Form, Input, Space, Typography, App } from 'antd';
import { useState } from 'react';
import type { Profile } from '../../../core/domain/types.ts';
import { maskIdNumber } from '../../../core/privacy/mask.ts';
import { api } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { useI18n } from '../i18n/I18n.tsx';

interface Values {
  name: string;
  idNumber?: string;
  phone: string;
  address: string;
}

export function ProfileForm({ profile, onSaved }: { profile: Profile; onSaved(p: Profile): void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [changingId, setChangingId] = useState(profile.idNumber === '');
  const [saving, setSaving] = useState(false);

  async function save(values: Values) {
    setSaving(true);
    try {
      const patch = {
        name: values.name ?? '',
        phone: values.phone ?? '',
        address: values.address ?? '',
        ...(changingId ? { idNumber: values.idNumber ?? '' } : {}),
      };
      const saved = await api['profile.update'](patch);
      message.success(t('common.saved'));
      setChangingId(saved.idNumber === '');
      onSaved(saved);
    } catch (err) {
      message.error(pick(toApiError(err).text));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Form<Values>
      layout="vertical"
      initialValues={{ name: profile.name, phone: profile.phone, address: profile.address }}
      onFinish={save}
      style={{ maxWidth: 520 }}
    >
      <Form.Item label={t('profile.name')} name="name">
        <Input autoComplete="name" />
      </Form.Item>
      {changingId ? (
        <Form.Item label={t('profile.idNumber')} name="idNumber" extra={t('profile.idHint')}>
          <Input.Password autoComplete="off" visibilityToggle />
        </Form.Item>
      ) : (
        <Form.Item label={t('profile.idNumber')} extra={t('profile.idHint')}>
          <Space>
            <Typography.Text className="mono" data-testid="masked-id">
              {maskIdNumber(profile.idNumber)}
            </Typography.Text>
            <Button onClick={() => setChangingId(true)}>{t('profile.idChange')}</Button>
          </Space>
        </Form.Item>
      )}
      <Form.Item label={t('profile.phone')} name="phone">
        <Input autoComplete="tel" />
      </Form.Item>
      <Form.Item label={t('profile.address')} name="address">
        <Input autoComplete="street-address" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
