/**
 * A day field: antd's DatePicker (calendar in the app's language) that holds "YYYY-MM-DD" as a plain
 * string and also takes a day typed the way Chinese texts write it ("2024年5月3日") or with slashes.
 * A native <input type="date"> would show the browser's locale order (mm/dd/yyyy in an English
 * Chromium), which is not the order a person reading a Chinese chat thinks in.
 */
import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DAY_FORMATS, parseTypedDay } from './dateTimeText.ts';

interface Props {
  value: string;
  onChange(value: string): void;
  'aria-label': string;
  placeholder?: string;
  size?: 'small' | 'middle' | 'large';
  width?: number;
}

export function DateInput({ value, onChange, width = 150, ...rest }: Props) {
  return (
    <DatePicker
      {...rest}
      format={DAY_FORMATS}
      value={value ? dayjs(value, 'YYYY-MM-DD', true) : null}
      onChange={(d: Dayjs | null) => onChange(d ? d.format('YYYY-MM-DD') : '')}
      needConfirm={false}
      // The picker commits typed text on Enter; a person who types a day and clicks 筛选 means it too.
      onBlur={(e) => {
        const typed = (e.target as HTMLInputElement).value.trim();
        const day = typed ? parseTypedDay(typed) : null;
        if (day && day !== value) onChange(day);
      }}
      style={{ width }}
    />
  );
}
