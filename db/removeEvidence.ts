import { deleteObject } from './objectStore.ts';
import type { Vault } from './openVault.ts';
import { removeEvidenceRow } from './queries/evidence.ts';
import type { EvidenceItem } from '../core/domain/types.ts';

/** Remove an evidence item; its file goes only when nothing else references the same content (after commit). */
export function removeEvidence(vault: Vault, id: number): { item: EvidenceItem; objectDeleted: boolean } {
  const { item, orphanedSha256 } = removeEvidenceRow(vault.db, id);
  if (orphanedSha256) deleteObject(vault.objectsDir, orphanedSha256);
  return { item, objectDeleted: orphanedSha256 !== null };
}
