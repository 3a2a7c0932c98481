/** Suggest an evidence kind for a new file from its name and sniffed MIME type, using the pack's hints. */
import { loadRulePack } from './pack.ts';

export function suggestEvidenceKind(fileName: string, mime: string): string {
  const { evidenceKinds } = loadRulePack();
  const byName = evidenceKinds.find((k) =>
    k.hints.namePatterns.some((p) => {
      try {
        return new RegExp(p, 'i').test(fileName);
      } catch {
        return false;
      }
    }),
  );
  if (byName) return byName.id;
  if (mime.startsWith('audio/') || mime.startsWith('video/')) return 'recording';
  return 'other';
}
