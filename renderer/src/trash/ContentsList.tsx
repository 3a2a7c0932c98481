/** What a case holds, as counts: the lines a delete or purge confirmation shows. */
import type { Results } from '../../../core/api/contract.ts';
import { useI18n } from '../i18n/I18n.tsx';
import type { MessageKey } from '../i18n/zh.ts';

type Contents = Results['case.delete']['contents'];

export function ContentsList({ contents }: { contents: Contents }) {
  const { t } = useI18n();
  // Only what the case holds: "0 份证据" reads like a warning about something missing.
  const counted: [MessageKey, number][] = [
    ['trash.payments', contents.payments],
    ['trash.evidence', contents.evidence],
    ['trash.events', contents.events],
    ['trash.parties', contents.counterparties],
    ['trash.documents', contents.documents],
  ];
  const held = counted.filter(([, n]) => n > 0).map(([key, n]) => t(key, { n }));
  const lines = held.length > 0 ? held : [t('trash.nothingElse')];
  return (
    <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="case-contents">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}
