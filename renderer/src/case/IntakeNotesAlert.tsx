/** The notes on files just added (duplicates, empty files), shown until the person closes them. */
import { Alert } from 'antd';
import { useI18n } from '../i18n/I18n.tsx';
import type { IntakeNote } from './intakeNotes.ts';

export function IntakeNotesAlert({ notes, onClose }: { notes: IntakeNote[]; onClose(): void }) {
  const { t } = useI18n();
  if (notes.length === 0) return null;
  const line = (n: IntakeNote) => {
    if (n.kind === 'empty') return t('intake.empty', { name: n.name });
    if (n.kind === 'duplicate-unknown') return t('intake.duplicateUnknown', { name: n.name });
    return t(n.sameCase ? 'intake.duplicate' : 'intake.duplicateOtherCase', {
      name: n.name,
      n: n.evidenceId,
    });
  };
  return (
    <Alert
      type="warning"
      showIcon
      closable
      onClose={onClose}
      data-testid="intake-notes"
      message={t('intake.title', { n: notes.length })}
      description={
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {notes.map((n, i) => (
            <li key={i} data-testid="intake-note">
              {line(n)}
            </li>
          ))}
        </ul>
      }
    />
  );
}
