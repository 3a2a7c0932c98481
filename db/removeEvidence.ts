import { deleteObject } from './objectStore.ts';
import type { Vault } from './openVault.ts';
import { clearPendingWrites, durably, insertPendingWrites, objectStillWanted } from './pendingWrites.ts';
import { removeEvidenceRow } from './queries/evidence.ts';
import type { EvidenceItem } from '../core/domain/types.ts';

/**
 * Remove an evidence item; its file goes only when nothing else references the same content. The row's
 * deletion commits durably together with a note naming the file (db/pendingWrites.ts), and only then
 * is the file removed: killed in between, the next open removes it.
 */
export function removeEvidence(vault: Vault, id: number): { item: EvidenceItem; objectDeleted: boolean } {
  const { db } = vault;
  const { item, orphanedSha256, noteIds } = durably(db, () =>
    db.transaction(() => {
      const removed = removeEvidenceRow(db, id);
      const sha = removed.orphanedSha256;
      return { ...removed, noteIds: sha ? insertPendingWrites(db, [{ kind: 'object', target: sha }]) : [] };
    })(),
  );
  // An evidence add in flight in this process may have noted the same content: it keeps the file.
  if (orphanedSha256 && !objectStillWanted(db, orphanedSha256, noteIds))
    deleteObject(vault.objectsDir, orphanedSha256);
  clearPendingWrites(db, noteIds);
  return { item, objectDeleted: orphanedSha256 !== null };
}
