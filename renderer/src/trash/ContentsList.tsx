/** What a case holds, as counts: the lines a delete or purge confirmation shows. */
import type { Results } from '../../../core/api/contract.ts';
import { useI18n } from '../i18n/I18n.tsx';

type Contents = Results['case.delete']['contents'];

export function ContentsList({ contents }: { contents: Contents }) {
  const { t } = useI18n();
  const lines = [
    t('trash.payments', { n: contents.payments }),
    t('trash.evidence', { n: contents.evidence }),
    t('trash.events', { n: contents.events }),
    t('trash.parties', { n: contents.counterparties }),
    t('trash.documents', { n: contents.documents }),
  ];
  return (
    <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="case-contents">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}
