/**
 * The intent journal (db/pendingWrites.ts) resolves every state a crash can leave, at the next open.
 * Each state is built exactly as a killed process leaves it: the same code runs up to the point of the
 * kill and the vault is then closed without the rest (no cleanup runs), as SIGKILL would.
 * tests/crash/crashKill.test.ts kills the real CLI at random moments; these pin the states down.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../core/api/dispatch.ts';
import { createVaultContext } from '../../core/api/vaultContext.ts';
import { dossierPaths } from '../../core/dossier/outputPaths.ts';
import { silentProgress } from '../../core/progress.ts';
import { runDoctor } from '../../db/doctor.ts';
import { addEvidenceFiles } from '../../db/evidenceIngest.ts';
import { ObjectBatch } from '../../db/objectBatch.ts';
import { objectPath } from '../../db/objectStore.ts';
import { openVault, type Vault } from '../../db/openVault.ts';
import { insertPendingWrites, notePendingWrites } from '../../db/pendingWrites.ts';
import { removeEvidenceRow } from '../../db/queries/evidence.ts';
import { backupVault } from '../../db/vaultBackup.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();

async function vaultWithCase(): Promise<{ dir: string; caseId: number; files: string }> {
  const dir = path.join(tmp(), 'vault');
  const ctx = createVaultContext(dir);
  const c = await invoke(ctx, 'case.create', { title: '闲鱼被骗', route: 'fraud', counterparty: '卖家' });
  ctx.close();
  return { dir, caseId: c.id, files: tmp('files-') };
}

const notes = (v: Vault) =>
  (v.db.prepare('SELECT count(*) AS n FROM pending_writes').get() as { n: number }).n;

/** An open vault with a case, and a file of these bytes outside it. */
async function openWithFile(bytes: string | Buffer) {
  const { dir, caseId, files } = await vaultWithCase();
  const file = path.join(files, 'item.bin');
  writeFileSync(file, bytes);
  return { dir, caseId, file, v: openVault(dir) };
}

/** An open vault holding one evidence item with these bytes. */
async function vaultWithEvidence(text: string) {
  const { dir, caseId, file, v } = await openWithFile(text);
  const [item] = await addEvidenceFiles(v, { caseId, paths: [file], kind: 'other' }, silentProgress);
  return { dir, v, file, item: item! };
}

async function reopenAndDoctor(dir: string) {
  const v = openVault(dir);
  const report = await runDoctor(v, silentProgress);
  return { v, report };
}

describe('crash recovery at open', () => {
  it('an original published but never committed (killed before the rows) is removed; adding it again is not a duplicate', async () => {
    const { dir, caseId, files } = await vaultWithCase();
    const f = path.join(files, 'chat.txt');
    writeFileSync(f, '对方说今天发货');
    let v = openVault(dir);
    const batch = new ObjectBatch(v);
    const staged = await batch.stage(f);
    batch.publish(); // the kill comes here: the object is in objects/, no row holds it
    const stray = objectPath(v.objectsDir, staged.sha256);
    expect(existsSync(stray)).toBe(true);
    v.close();

    const { v: reopened, report } = await reopenAndDoctor(dir);
    v = reopened;
    expect(existsSync(stray)).toBe(false);
    expect(notes(v)).toBe(0);
    expect(report.ok).toBe(true);
    const [added] = await addEvidenceFiles(
      v,
      { caseId, paths: [f], kind: 'chat-screenshot' },
      silentProgress,
    );
    expect(added!.deduplicated).toBe(false);
    const [twice] = await addEvidenceFiles(
      v,
      { caseId, paths: [f], kind: 'chat-screenshot' },
      silentProgress,
    );
    expect(twice!.deduplicated).toBe(true);
    expect((await runDoctor(v, silentProgress)).ok).toBe(true);
    v.close();
  });

  it('doctor during an ingest in flight in the same process (the app) does not call its objects orphans', async () => {
    const { file, v } = await openWithFile(Buffer.alloc(1 << 20, 3));
    const batch = new ObjectBatch(v);
    const staged = await batch.stage(file);
    batch.publish();
    expect((await runDoctor(v, silentProgress)).orphans).toEqual([]);
    batch.discard();
    expect(existsSync(objectPath(v.objectsDir, staged.sha256))).toBe(false);
    expect(notes(v)).toBe(0);
    v.close();
  });

  it('a staged copy (killed while hashing) leaves only tmp/, which the open empties', async () => {
    const { dir, file, v } = await openWithFile(Buffer.alloc(3 << 20, 7));
    await new ObjectBatch(v).stage(file);
    expect(readdirSync(v.tmpDir)).toHaveLength(1);
    v.close();
    const { v: again, report } = await reopenAndDoctor(dir);
    expect(readdirSync(again.tmpDir)).toEqual([]);
    expect(readdirSync(again.objectsDir)).toEqual([]);
    expect(report.ok).toBe(true);
    again.close();
  });

  it('content an earlier committed row holds survives a crashed batch of the same bytes', async () => {
    const { dir, v, file, item: kept } = await vaultWithEvidence('收据');
    const batch = new ObjectBatch(v);
    await batch.stage(file);
    batch.publish();
    v.close();
    const { v: again, report } = await reopenAndDoctor(dir);
    expect(existsSync(objectPath(again.objectsDir, kept.sha256))).toBe(true);
    expect(report.ok).toBe(true);
    again.close();
  });

  it('an evidence removal killed after its commit, before the file went: the open removes the file', async () => {
    const { dir, v, item } = await vaultWithEvidence('to be removed');
    // removeEvidence's transaction, then the kill (the file is still there).
    v.db.transaction(() => {
      removeEvidenceRow(v.db, item.id);
      insertPendingWrites(v.db, [{ kind: 'object', target: item.sha256 }]);
    })();
    v.close();
    const { v: again, report } = await reopenAndDoctor(dir);
    expect(existsSync(objectPath(again.objectsDir, item.sha256))).toBe(false);
    expect(report.ok).toBe(true);
    again.close();
  });

  it('a vault from before the journal: unreferenced originals and exports/ leftovers go once; foreign files stay for doctor', async () => {
    const { dir } = await vaultWithCase();
    let v = openVault(dir);
    const sha = 'ab'.padEnd(64, '0');
    mkdirSync(path.join(v.objectsDir, 'ab'));
    writeFileSync(path.join(v.objectsDir, 'ab', sha), 'left by a kill');
    chmodSync(path.join(v.objectsDir, 'ab', sha), 0o444);
    writeFileSync(path.join(v.objectsDir, 'ab', 'notes.txt'), 'not ours');
    writeFileSync(path.join(v.exportsDir, 'case1-police-report-20250518-120000.pdf.part'), '%PDF-');
    writeFileSync(
      path.join(v.exportsDir, 'case1-police-report-20250518-120000.pdf'),
      '%PDF-1.7 finished, never recorded',
    );
    writeFileSync(path.join(v.exportsDir, 'payproof-backup-20250518-120000.zip.partial'), 'PK');
    writeFileSync(path.join(v.exportsDir, 'my-notes.docx'), 'the person put this here');
    // What the pending_writes migration leaves for a vault written before it.
    v.db
      .prepare("INSERT INTO pending_writes (kind, target, noted_at) VALUES ('legacy-sweep', '', 'x')")
      .run();
    v.close();

    const { v: reopened, report } = await reopenAndDoctor(dir);
    v = reopened;
    expect(readdirSync(path.join(v.objectsDir, 'ab'))).toEqual(['notes.txt']);
    expect(readdirSync(v.exportsDir)).toEqual(['my-notes.docx']);
    expect(report.ok).toBe(false);
    expect(report.orphans).toEqual([path.join('ab', 'notes.txt')]);
    expect(report.exports.strays).toEqual(['exports/my-notes.docx']);
    v.close();
  });

  it('a dossier killed before its record: the .part and the finished-but-unrecorded paper both go', async () => {
    const { dir, caseId } = await vaultWithCase();
    const v = openVault(dir);
    const paths = dossierPaths(undefined, v.exportsDir, caseId, 'police-report', new Date());
    notePendingWrites(
      v.db,
      [paths.pdf, paths.bundle].map((p) => ({
        kind: 'document' as const,
        target: `exports/${path.basename(p)}`,
      })),
    );
    writeFileSync(paths.pdf, '%PDF-1.7 finished');
    writeFileSync(`${paths.bundle}.part`, 'PK half');
    v.close();
    const { v: again, report } = await reopenAndDoctor(dir);
    expect(readdirSync(again.exportsDir)).toEqual([]);
    expect(report.ok).toBe(true);
    again.close();
  });

  it('a dossier --out elsewhere killed before its record is removed there too', async () => {
    const { dir, caseId } = await vaultWithCase();
    const outDir = tmp('out-');
    const v = openVault(dir);
    const paths = dossierPaths(path.join(outDir, 'report'), v.exportsDir, caseId, 'civil', new Date());
    notePendingWrites(
      v.db,
      [paths.pdf, paths.bundle].map((p) => ({ kind: 'document' as const, target: p })),
    );
    writeFileSync(paths.pdf, '%PDF-1.7 finished');
    writeFileSync(`${paths.bundle}.part`, 'PK half');
    v.close();
    openVault(dir).close();
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('doctor checks recorded papers in exports/: missing, altered, and files the history does not know', async () => {
    const { dir, caseId, files } = await vaultWithCase();
    const ctx = createVaultContext(dir);
    const f = path.join(files, '聊天.txt');
    writeFileSync(f, '对方说发货后就拉黑了');
    await invoke(ctx, 'evidence.add', { caseId, paths: [f] });
    const doc = await invoke(ctx, 'dossier.generate', { caseId, doc: 'police-report' });
    await invoke(ctx, 'vault.backup', {});
    expect((await invoke(ctx, 'vault.doctor', {})).ok).toBe(true);
    const copy = doc.bundle.replace(/\.zip$/, '-copy.zip');
    writeFileSync(doc.pdf, 'not the paper that was filed');
    writeFileSync(copy, 'stray');
    rmSync(doc.bundle);
    const report = await invoke(ctx, 'vault.doctor', {});
    expect(report.ok).toBe(false);
    expect(report.exports.altered.map((a) => a.path)).toEqual([`exports/${path.basename(doc.pdf)}`]);
    expect(report.exports.missing.map((m) => m.path)).toEqual([`exports/${path.basename(doc.bundle)}`]);
    // The backup made into exports/ is the person's and not a stray.
    expect(report.exports.strays).toEqual([`exports/${path.basename(copy)}`]);
    ctx.close();
  }, 60_000);

  it('a default paper name already taken in exports/ gets the next free one (a recorded paper is never overwritten)', () => {
    const dir = tmp();
    const at = new Date('2025-05-18T04:00:00Z');
    const first = dossierPaths(undefined, dir, 3, 'civil', at);
    writeFileSync(first.pdf, 'recorded');
    const second = dossierPaths(undefined, dir, 3, 'civil', at);
    expect(path.basename(second.pdf)).toBe('case3-civil-20250518-120000-2.pdf');
    expect(path.basename(second.bundle)).toBe('case3-civil-20250518-120000-2.zip');
  });

  it('a backup replaces a stale .partial, writes 0600 from the start, and a killed backup leaves nothing at the next open', async () => {
    const { dir } = await vaultWithCase();
    const out = tmp('backup-');
    const dest = path.join(out, 'b.zip');
    writeFileSync(`${dest}.partial`, 'stale, world-readable');
    chmodSync(`${dest}.partial`, 0o644);
    let v = openVault(dir);
    await backupVault(v, dest, silentProgress);
    expect(readdirSync(out)).toEqual(['b.zip']);
    // The rename keeps the mode the partial was created with.
    expect(statSync(dest).mode & 0o777).toBe(0o600);
    expect(notes(v)).toBe(0);

    // Killed mid-write: the note is there and so is the partial.
    notePendingWrites(v.db, [{ kind: 'backup', target: `${dest}.partial` }]);
    writeFileSync(`${dest}.partial`, 'half');
    v.close();
    v = openVault(dir);
    expect(readdirSync(out)).toEqual(['b.zip']);
    v.close();
  });
});
