/**
 * Which document paths are stored relative (and so travel with the vault) and which stay absolute,
 * and the one-off rewrite of absolute paths written by earlier versions.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openVault } from '../../db/openVault.ts';
import { createCase } from '../../db/queries/cases.ts';
import { listDocuments } from '../../db/queries/documents.ts';
import { resolveDocumentPath, storedDocumentPath } from '../../db/documentPaths.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();

describe('document paths', () => {
  const vault = path.resolve('/data/vault');
  it.each([
    [
      'directly in exports/',
      path.join(vault, 'exports', 'case1-police-report.pdf'),
      'exports/case1-police-report.pdf',
    ],
    ['an upper-case extension', path.join(vault, 'exports', 'A.PDF'), 'exports/A.PDF'],
    ['a bundle', path.join(vault, 'exports', 'a.zip'), 'exports/a.zip'],
    // Not carried by backups, so they keep pointing where they were written.
    ['a sub-folder of exports/', path.join(vault, 'exports', 'sub', 'a.pdf'), null],
    ['the vault folder itself', path.join(vault, 'a.pdf'), null],
    ['outside the vault', path.resolve('/home/me/报案材料.pdf'), null],
    ['a sibling folder with a similar name', path.join(`${vault}-old`, 'exports', 'a.pdf'), null],
  ])('%s', (_name, absolute, stored) => {
    const result = storedDocumentPath(vault, absolute);
    expect(result).toBe(stored ?? absolute);
    expect(resolveDocumentPath(vault, result)).toBe(absolute);
  });

  it('absolute paths into the vault’s exports/ (earlier versions) become relative when the vault opens', () => {
    const dir = path.join(tmp(), 'vault');
    const first = openVault(dir);
    const caseId = createCase(first.db, { title: '旧版本', route: 'fraud' }).id;
    const pdf = path.join(dir, 'exports', 'old.pdf');
    const elsewhere = path.join(tmp(), 'mine.pdf');
    const insert = first.db.prepare(
      "INSERT INTO documents (case_id, kind, sha256, path, bundle_path, pages, created_at) VALUES (?, 'police-report', ?, ?, ?, 1, '2025-05-01T00:00:00+08:00')",
    );
    insert.run(caseId, 'a'.repeat(64), pdf, pdf.replace(/\.pdf$/, '.zip'));
    insert.run(caseId, 'b'.repeat(64), elsewhere, null);
    first.close();

    const again = openVault(dir);
    const raw = again.db.prepare('SELECT path, bundle_path FROM documents ORDER BY id').all();
    expect(raw).toEqual([
      { path: 'exports/old.pdf', bundle_path: 'exports/old.zip' },
      { path: elsewhere, bundle_path: null },
    ]);
    expect(listDocuments(again.db, caseId).map((d) => d.path)).toEqual([pdf, elsewhere]);
    again.close();
  });
});
