/**
 * The reporter profile. The ID number is never shown in full: the saved one appears masked, and a new
 * one is typed into a password-style field, checked as typed (GB 11643 check digit, a real birth date)
 * so a mistyped number never prints in a police report. The mobile number is checked too. Empty fields
 * are fine; the papers carry a blank for each and the 核对单 lists them.
 */
import { Alert, Button, Form, Input, Space, Typography, App } from 'antd';
import { useEffect, useState } from 'react';
import type { Profile } from '../../../core/domain/types.ts';
import { maskIdNumber } from '../../../core/privacy/mask.ts';
import { api } from '../api/client.ts';
import { emailRule, idNumberRule, mobileRule } from '../forms/fieldRules.ts';
import { useFormSubmit } from '../forms/useFormSubmit.ts';
import { useI18n } from '../i18n/I18n.tsx';

interface Values {
  name: string;
  idNumber?: string;
  phone: string;
  address: string;
  ethnicity: string;
  employer: string;
  residence: string;
  email: string;
}

export function ProfileForm({
  profile,
  focus,
  onSaved,
}: {
  profile: Profile;
  /** A field to put the caret in (from a blank's 现在填写). */
  focus?: string;
  onSaved(p: Profile): void;
}) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [changingId, setChangingId] = useState(profile.idNumber === '' || focus === 'idNumber');

  useEffect(() => {
    if (!focus) return;
    const timer = setTimeout(() => form.focusField(focus as keyof Values), 100);
    return () => clearTimeout(timer);
  }, [focus, form]);

  const save = useFormSubmit(form, async (values) => {
    const patch = {
      name: values.name ?? '',
      phone: values.phone ?? '',
      address: values.address ?? '',
      ethnicity: values.ethnicity ?? '',
      employer: values.employer ?? '',
      residence: values.residence ?? '',
      email: values.email ?? '',
      ...(changingId ? { idNumber: values.idNumber ?? '' } : {}),
    };
    const saved = await api['profile.update'](patch);
    message.success(t('common.saved'));
    setChangingId(saved.idNumber === '');
    onSaved(saved);
  });

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      data-testid="profile-form"
      initialValues={{
        name: profile.name,
        phone: profile.phone,
        address: profile.address,
        ethnicity: profile.ethnicity,
        employer: profile.employer,
        residence: profile.residence,
        email: profile.email,
      }}
      onFinish={save.submit}
      style={{ maxWidth: 560 }}
    >
      <Form.Item label={t('profile.name')} name="name">
        <Input autoComplete="name" maxLength={100} />
      </Form.Item>
      {changingId ? (
        <Form.Item
          label={t('profile.idNumber')}
          name="idNumber"
          extra={t('profile.idHint')}
          rules={[idNumberRule(pick)]}
          validateTrigger="onBlur"
        >
          <Input.Password autoComplete="off" visibilityToggle maxLength={40} />
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
      <Form.Item label={t('profile.phone')} name="phone" rules={[mobileRule(pick)]} validateTrigger="onBlur">
        <Input autoComplete="tel" inputMode="tel" maxLength={40} />
      </Form.Item>
      <Form.Item label={t('profile.address')} name="address">
        <Input autoComplete="street-address" maxLength={300} />
      </Form.Item>
      <Form.Item label={t('profile.residence')} name="residence" extra={t('profile.residenceHint')}>
        <Input maxLength={300} />
      </Form.Item>
      <Space wrap size={[16, 0]}>
        <Form.Item label={t('profile.ethnicity')} name="ethnicity">
          <Input maxLength={20} placeholder={t('profile.ethnicityPh')} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label={t('profile.employer')} name="employer">
          <Input maxLength={200} style={{ width: 320 }} />
        </Form.Item>
      </Space>
      <Form.Item label={t('profile.email')} name="email" rules={[emailRule(pick)]} validateTrigger="onBlur">
        <Input autoComplete="email" inputMode="email" maxLength={200} />
      </Form.Item>
      {save.error && (
        <Alert type="error" showIcon role="alert" message={save.error} style={{ marginBottom: 12 }} />
      )}
      <Button type="primary" htmlType="submit" loading={save.busy}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
