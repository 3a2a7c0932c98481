/** Where one click on a search result goes: the evidence item itself, else the tab holding the row. */
import type { SearchHitView } from '../../../core/api/schemas/search.ts';
import { requestEvidenceFocus } from '../ocr/evidenceFocus.ts';
import { navigate } from '../router.ts';

const TAB: Record<SearchHitView['kind'], string> = {
  payment: 'payments',
  evidence: 'evidence',
  'evidence-text': 'evidence',
  event: 'timeline',
  case: 'payments',
  'chat-message': 'chat',
};

export function openHit(hit: SearchHitView): void {
  if (hit.evidence) requestEvidenceFocus(hit.evidence);
  navigate(`/cases/${hit.caseId}/${TAB[hit.kind]}`);
}
