import { createHash, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addEvidenceFiles } from '../../db/evidenceIngest.ts';
import { objectPath } from '../../db/objectStore.ts';
import { openVault } from '../../db/openVault.ts';
import { createCase } from '../../db/queries/cases.ts';
import { listEvidence } from '../../db/queries/evidence.ts';
import { removeEvidence } from '../../db/removeEvidence.ts';
import { verifyAuditChain } from '../../db/auditLog.ts';
import { createProgress, silentProgress } from '../../core/progress.ts';
import { isAppError } from '../../core/errors.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function setup() {
  const vault = openVault(tmp());
  const c = createCase(vault.db, { title: '测试', route: 'fraud' });
  const files = tmp('files-');
  return { vault, caseId: c.id, files };
}

describe('evidence store', () => {
  it('stores each original under objects/<2 hex>/<sha256>, read-only, byte-identical', async () => {
    const { vault, caseId, files } = setup();
    const data = randomBytes(3 * 1024 * 1024 + 17); // spans several 1 MiB chunks
    const f = path.join(files, '聊天记录.jpg');
    writeFileSync(f, data);
    const [item] = await addEvidenceFiles(
      vault,
      { caseId, paths: [f], kind: 'chat-screenshot' },
      silentProgress,
    );
    expect(item!.sha256).toBe(sha(data));
    const stored = objectPath(vault.objectsDir, item!.sha256);
    expect(stored).toBe(path.join(vault.dir, 'objects', item!.sha256.slice(0, 2), item!.sha256));
    expect(readFileSync(stored).equals(data)).toBe(true);
    expect(statSync(stored).mode & 0o222).toBe(0);
    expect(item).toMatchObject({ size: data.length, originalName: '聊天记录.jpg', deduplicated: false });
    vault.close();
  });

  it('stores the same content once and keeps the object until the last item referencing it is removed', async () => {
    const { vault, caseId, files } = setup();
    const a = path.join(files, 'a.png');
    const b = path.join(files, 'b.png');
    const content = randomBytes(1000);
    writeFileSync(a, content);
    writeFileSync(b, content);
    const items = await addEvidenceFiles(vault, { caseId, paths: [a, b], kind: 'other' }, silentProgress);
    expect(items.map((i) => i.deduplicated)).toEqual([false, true]);
    // The second names the item that already held the bytes (what the UI and CLI tell the person).
    expect(items.map((i) => i.duplicateOf)).toEqual([null, { id: items[0]!.id, caseId }]);
    const objectFile = objectPath(vault.objectsDir, items[0]!.sha256);
    expect(removeEvidence(vault, items[0]!.id).objectDeleted).toBe(false);
    expect(existsSync(objectFile)).toBe(true);
    expect(removeEvidence(vault, items[1]!.id).objectDeleted).toBe(true);
    expect(existsSync(objectFile)).toBe(false);
    const actions = (
      vault.db.prepare('SELECT action FROM audit_log ORDER BY seq').all() as { action: string }[]
    ).map((r) => r.action);
    expect(actions.filter((a) => a === 'evidence.removed')).toHaveLength(2);
    expect(verifyAuditChain(vault.db).ok).toBe(true);
    vault.close();
  });

  it('sniffs the MIME type from content, not the name, and reads EXIF capture time as Beijing time', async () => {
    const { vault, caseId, files } = setup();
    const jpg = path.join(files, 'looks-like.txt');
    execFileSync('convert', ['-size', '8x8', 'xc:blue', jpg.replace('.txt', '.jpg')]);
    execFileSync('exiftool', [
      '-q',
      '-overwrite_original',
      '-DateTimeOriginal=2025:05:18 21:30:05',
      jpg.replace('.txt', '.jpg'),
    ]);
    writeFileSync(jpg, readFileSync(jpg.replace('.txt', '.jpg')));
    const [item] = await addEvidenceFiles(vault, { caseId, paths: [jpg], kind: 'other' }, silentProgress);
    expect(item).toMatchObject({
      mime: 'image/jpeg',
      capturedAt: '2025-05-18T21:30:05+08:00',
      capturedAtSource: 'exif',
    });
    vault.close();
  });

  it('adds a folder recursively and refuses the whole batch when one path is missing', async () => {
    const { vault, caseId, files } = setup();
    mkdirSync(path.join(files, 'sub', 'deeper'), { recursive: true });
    writeFileSync(path.join(files, 'one.txt'), 'one');
    writeFileSync(path.join(files, 'sub', 'deeper', 'two.txt'), 'two');
    writeFileSync(path.join(files, '.DS_Store'), 'clutter');
    const added = await addEvidenceFiles(vault, { caseId, paths: [files], kind: 'other' }, silentProgress);
    expect(added.map((e) => e.originalName).sort()).toEqual(['one.txt', 'two.txt']);
    await expect(
      addEvidenceFiles(
        vault,
        { caseId, paths: [path.join(files, 'one.txt'), path.join(files, 'nope.png')], kind: 'other' },
        silentProgress,
      ),
    ).rejects.toMatchObject({ code: 'file-missing' });
    expect(listEvidence(vault.db, caseId)).toHaveLength(2);
    vault.close();
  });

  it('a cancelled batch leaves no row, no new object and nothing in tmp/', async () => {
    const { vault, caseId, files } = setup();
    const paths = Array.from({ length: 6 }, (_, i) => {
      const p = path.join(files, `f${i}.bin`);
      writeFileSync(p, randomBytes(200_000));
      return p;
    });
    const abort = new AbortController();
    const progress = createProgress({
      signal: abort.signal,
      minIntervalMs: 0,
      onProgress: (e) => {
        if (e.done >= 3) abort.abort();
      },
    });
    let caught: unknown;
    try {
      await addEvidenceFiles(vault, { caseId, paths, kind: 'other' }, progress);
    } catch (err) {
      caught = err;
    }
    expect(isAppError(caught) && caught.code).toBe('cancelled');
    expect(listEvidence(vault.db, caseId)).toEqual([]);
    expect(readdirSync(vault.objectsDir).flatMap((d) => readdirSync(path.join(vault.objectsDir, d)))).toEqual(
      [],
    );
    expect(readdirSync(vault.tmpDir)).toEqual([]);
    vault.close();
  });

  it('refuses a FIFO (not a regular file) before writing anything', async () => {
    const { vault, caseId, files } = setup();
    const fifo = path.join(files, 'pipe');
    execFileSync('mkfifo', [fifo]);
    await expect(
      addEvidenceFiles(vault, { caseId, paths: [fifo], kind: 'other' }, silentProgress),
    ).rejects.toMatchObject({ code: 'file-special' });
    vault.close();
  });

  it('sweeps stray files left in tmp/ by an interrupted ingest on the next open', () => {
    const dir = tmp();
    openVault(dir).close();
    writeFileSync(path.join(dir, 'tmp', 'ingest-123-deadbeef'), 'half a file');
    const vault = openVault(dir);
    expect(readdirSync(vault.tmpDir)).toEqual([]);
    vault.close();
  });
});
