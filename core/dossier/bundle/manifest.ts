/**
 * manifest.json: the case facts and, for every file in the bundle (except itself and SHA256SUMS),
 * its path, SHA-256, size, exhibit number and capture time, plus the audit entries and chain head.
 * verifyBundle cross-checks it against SHA256SUMS, so a doctored checksum line is noticed too.
 */
import type { AuditEntry, CaseSnapshot } from '../../domain/types.ts';
import type { DocKind } from '../types.ts';

export const MANIFEST_NAME = 'manifest.json';
export const SUMS_NAME = 'SHA256SUMS';
export const README_NAME = 'HOW_TO_VERIFY.txt';
export const MANIFEST_FORMAT = 'payproof-bundle';

export interface ManifestFile {
  path: string;
  sha256: string;
  size: number;
  role: 'document' | 'evidence' | 'readme';
  exhibit: number | null;
  kind: string | null;
  title: string | null;
  originalName: string | null;
  mime: string | null;
  capturedAt: string | null;
  capturedAtSource: string | null;
  addedAt: string | null;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  version: 1;
  generatedAt: string;
  document: { kind: DocKind; title: string; file: string; sha256: string; size: number; pages: number };
  case: CaseSnapshot['case'];
  /** Only the profile fields the paper itself prints (registry.ts `profileFields`). */
  profile: Partial<CaseSnapshot['profile']>;
  counterparties: CaseSnapshot['counterparties'];
  payments: CaseSnapshot['payments'];
  events: CaseSnapshot['events'];
  files: ManifestFile[];
  /**
   * This case's audit entries in full (each hash recomputable from its content and prevHash), the
   * case digest printed in the PDF, and the vault's head when the bundle was made.
   */
  audit: { head: string; caseDigest: string; entries: AuditEntry[] };
}

/**
 * The ZIP comment names the hashes of manifest.json and SHA256SUMS. It is not a security anchor
 * (the PDF hash recorded in the vault is): it lets verifyBundle say WHICH of the two was edited
 * when they disagree, instead of blaming the wrong one.
 */
export function bundleComment(manifestSha: string, sumsSha: string): string {
  return `PayProof bundle. ${MANIFEST_NAME} sha256=${manifestSha} ${SUMS_NAME} sha256=${sumsSha}`;
}

export function parseBundleComment(comment: string): { manifest: string | null; sums: string | null } {
  const m = /manifest\.json sha256=([0-9a-f]{64})/.exec(comment);
  const s = /SHA256SUMS sha256=([0-9a-f]{64})/.exec(comment);
  return { manifest: m?.[1] ?? null, sums: s?.[1] ?? null };
}

/** Only the parts verifyBundle relies on; anything else in a manifest is informational. */
export function manifestExpectations(raw: unknown): Map<string, string> | null {
  if (!raw || typeof raw !== 'object') return null;
  const files = (raw as { files?: unknown }).files;
  if (!Array.isArray(files)) return null;
  const out = new Map<string, string>();
  for (const f of files) {
    if (f && typeof f === 'object' && typeof f.path === 'string' && typeof f.sha256 === 'string')
      out.set(f.path, f.sha256);
  }
  return out;
}
