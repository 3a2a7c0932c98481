/**
 * Generated documents (the papers that were filed) travel with a backup, a restore and a move: the
 * history keeps pointing at files that exist, with the recorded hashes, in the new folder. A document
 * whose bytes changed inside the backup is refused like a changed original.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../core/api/dispatch.ts';
import { createVaultContext } from '../../core/api/vaultContext.ts';
import { rewriteZip } from '../helpers/rewriteZip.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function vaultWithDocument() {
  const ctx = createVaultContext(path.join(tmp(), 'vault'));
  const c = await invoke(ctx, 'case.create', { title: '闲鱼被骗', route: 'fraud', counterparty: '卖家' });
  await invoke(ctx, 'payment.add', {
    caseId: c.id,
    txid: '4200001879202307111251305441',
    amount: '3000',
    time: '2025-05-18 12:00',
  });
  const f = path.join(tmp(), '聊天截图.txt');
  writeFileSync(f, '对方说发货后就拉黑了');
  await invoke(ctx, 'evidence.add', { caseId: c.id, paths: [f] });
  const doc = await invoke(ctx, 'dossier.generate', { caseId: c.id, doc: 'police-report' });
  return { ctx, caseId: c.id, doc };
}

describe('generated documents in backups and moves', () => {
  it('a restore brings the PDF and bundle back, at the new place, with the recorded hashes', async () => {
    const { ctx, caseId, doc } = await vaultWithDocument();
    const backup = await invoke(ctx, 'vault.backup', { dest: path.join(tmp(), 'b.zip') });
    expect(backup.documents).toBe(2);
    const target = path.join(tmp(), 'restored');
    const restored = await invoke(ctx, 'vault.restore', { archive: backup.path, targetDir: target });
    expect(restored).toMatchObject({ dir: target, documents: 2 });

    await invoke(ctx, 'vault.open', { dir: target });
    const [again] = (await invoke(ctx, 'case.get', { id: caseId })).documents;
    expect(again!.path.startsWith(target + path.sep)).toBe(true);
    expect(again!.bundlePath!.startsWith(target + path.sep)).toBe(true);
    expect(sha(again!.path)).toBe(doc.sha256);
    expect(sha(again!.bundlePath!)).toBe(doc.bundleSha256);
    expect((await invoke(ctx, 'dossier.verify', { bundle: again!.bundlePath! })).ok).toBe(true);
    ctx.close();
  }, 60_000);

  it('a move keeps the document history usable in the new folder', async () => {
    const { ctx, caseId, doc } = await vaultWithDocument();
    const target = path.join(tmp(), 'moved');
    await invoke(ctx, 'vault.move', { targetDir: target });
    const [moved] = (await invoke(ctx, 'case.get', { id: caseId })).documents;
    expect(path.dirname(moved!.path)).toBe(path.join(target, 'exports'));
    expect(existsSync(moved!.path) && sha(moved!.path)).toBe(doc.sha256);
    ctx.close();
  }, 60_000);

  it('a backup whose PDF was changed is refused and leaves nothing behind', async () => {
    const { ctx, doc } = await vaultWithDocument();
    const backup = await invoke(ctx, 'vault.backup', { dest: path.join(tmp(), 'b.zip') });
    const edited = path.join(tmp(), 'edited.zip');
    const entry = `exports/${path.basename(doc.pdf)}`;
    await rewriteZip(backup.path, edited, (name, bytes) =>
      name === entry ? Buffer.from('%PDF-1.7 not the filed document') : bytes,
    );
    const target = path.join(tmp(), 'restored');
    await expect(invoke(ctx, 'vault.restore', { archive: edited, targetDir: target })).rejects.toMatchObject({
      code: 'restore-bad-archive',
      message: expect.stringContaining(entry),
    });
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(path.dirname(target)).filter((n) => n.includes('restoring'))).toEqual([]);
    ctx.close();
  }, 60_000);

  it('a document written outside the vault keeps its absolute path and is not carried', async () => {
    const { ctx, caseId } = await vaultWithDocument();
    const outside = path.join(tmp(), 'elsewhere', 'mine.pdf');
    await invoke(ctx, 'dossier.generate', { caseId, doc: '12315', out: outside });
    const docs = (await invoke(ctx, 'case.get', { id: caseId })).documents;
    expect(docs.map((d) => d.path)).toContain(outside);
    const backup = await invoke(ctx, 'vault.backup', { dest: path.join(tmp(), 'b.zip') });
    expect(backup.documents).toBe(2);
    ctx.close();
  }, 60_000);
});
