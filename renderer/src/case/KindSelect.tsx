import { Select } from 'antd';
import { useI18n } from '../i18n/I18n.tsx';
import { evidenceKinds } from '../rules/catalog.ts';

interface Props {
  value?: string;
  onChange?(kind: string): void;
  label: string;
}

/** The evidence kind chooser (antd, for forms); pre-set to the kind the core suggested. */
export function KindSelect({ value, onChange, label }: Props) {
  const { pick } = useI18n();
  return (
    <Select
      value={value}
      onChange={onChange}
      aria-label={label}
      style={{ width: 220 }}
      showSearch
      optionFilterProp="label"
      options={evidenceKinds.map((k) => ({ value: k.id, label: pick(k.name) }))}
    />
  );
}

/**
 * The same chooser in each evidence row, as a native <select>: a list shows a dozen of these at once and
 * the native control costs a fraction of antd's to mount, is keyboard-accessible and labelled as is.
 */
export function InlineKindSelect({ value, onChange, label }: Props) {
  const { pick } = useI18n();
  return (
    <select
      className="native-select"
      value={value}
      onChange={(e) => onChange?.(e.target.value)}
      aria-label={label}
    >
      {evidenceKinds.map((k) => (
        <option key={k.id} value={k.id}>
          {pick(k.name)}
        </option>
      ))}
    </select>
  );
}
