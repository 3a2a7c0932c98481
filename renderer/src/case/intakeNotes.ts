/**
 * What the person should hear about files just added, as the CLI says it: a file whose bytes were
 * already in the vault (stored once; which evidence item holds them), and an empty (0-byte) file,
 * which proves nothing and usually means a failed download or copy.
 */
import type { Results } from '../../../core/api/contract.ts';

type Added = Results['evidence.add'][number];

export type IntakeNote =
  | { kind: 'duplicate'; name: string; evidenceId: number; sameCase: boolean }
  | { kind: 'duplicate-unknown'; name: string }
  | { kind: 'empty'; name: string };

export function intakeNotes(added: Added[], caseId: number): IntakeNote[] {
  const notes: IntakeNote[] = [];
  for (const e of added) {
    if (e.warnings.includes('empty-file')) notes.push({ kind: 'empty', name: e.originalName });
    else if (e.duplicateOf)
      notes.push({
        kind: 'duplicate',
        name: e.originalName,
        evidenceId: e.duplicateOf.id,
        sameCase: e.duplicateOf.caseId === caseId,
      });
    else if (e.deduplicated) notes.push({ kind: 'duplicate-unknown', name: e.originalName });
  }
  return notes;
}
