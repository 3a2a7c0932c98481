/**
 * Suggests an evidence kind for a new file from its name and sniffed MIME type, using the hints in
 * templates/rules/evidence-kinds.json. A name match is required (a bare "image/jpeg" could be a bill,
 * a chat or a profile page); a matching type breaks ties; the longest matching name pattern wins, so
 * "微信支付账单流水.csv" is a bill export rather than a bank statement ("流水").
 */
import { loadRulePack } from './pack.ts';

const FALLBACK = 'other';

export function suggestKind(fileName: string, mime: string, rulesDir?: string): string {
  const { kindHints } = loadRulePack(rulesDir).index;
  const type = mime.toLowerCase();
  let best = FALLBACK;
  let bestScore = 0;
  for (const hint of kindHints) {
    let nameScore = 0;
    for (const re of hint.patterns) {
      const m = re.exec(fileName);
      if (m && m[0].length + 10 > nameScore) nameScore = m[0].length + 10;
    }
    if (nameScore === 0) continue;
    const typeScore = hint.mimePrefixes.some((p) => type.startsWith(p)) ? 100 : 0;
    const score = nameScore + typeScore;
    if (score > bestScore) {
      best = hint.id;
      bestScore = score;
    }
  }
  return best;
}

/** The name the vault's ingest uses (db/evidenceIngest.ts takes `(fileName, mime) => kind`). */
export const suggestEvidenceKind = (fileName: string, mime: string): string => suggestKind(fileName, mime);
