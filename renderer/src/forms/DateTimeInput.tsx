/**
 * A date-time field: antd's DatePicker (calendar + time, zh_CN through the app's ConfigProvider) that
 * also accepts typed text in the forms people write ("2025年5月18日 14:58"). It holds a plain string in
 * the form, in the format the core reads, so the form's values stay what the API takes. Times after now
 * (Beijing clock) cannot be picked: a payment or a contact that has not happened yet is a typo.
 */
import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../i18n/I18n.tsx';
import { beijingNow, CORE_FORMAT, toPickerValue, TYPED_FORMATS } from './dateTimeText.ts';

interface Props {
  value?: string;
  onChange?(value: string | undefined): void;
  /** 'seconds' for payments (the bill's precision), 'minutes' for timeline events. */
  precision?: keyof typeof CORE_FORMAT;
  id?: string;
  placeholder?: string;
  'aria-label'?: string;
  'data-testid'?: string;
}

export function DateTimeInput({ value, onChange, precision = 'seconds', placeholder, ...rest }: Props) {
  const { lang } = useI18n();
  const display = precision === 'seconds' ? ['YYYY-MM-DD HH:mm:ss', ...TYPED_FORMATS] : TYPED_FORMATS;
  return (
    <DatePicker
      {...rest}
      showTime={{ format: precision === 'seconds' ? 'HH:mm:ss' : 'HH:mm' }}
      format={display}
      value={toPickerValue(value)}
      onChange={(d: Dayjs | null) => onChange?.(d ? d.format(CORE_FORMAT[precision]) : undefined)}
      disabledDate={(d) => d.isAfter(beijingNow(), 'day')}
      // Keep what was typed when it does not parse yet, so a half-typed time is not wiped on blur.
      preserveInvalidOnBlur
      needConfirm={false}
      placeholder={
        placeholder ??
        (lang === 'en' ? 'e.g. 2025-05-18 14:58' : '例如 2025-05-18 14:58 或 2025年5月18日 14:58')
      }
      style={{ width: '100%' }}
    />
  );
}
