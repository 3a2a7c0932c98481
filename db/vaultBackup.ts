/**
 * Backup and restore of a whole vault as one ZIP: a consistent SQLite snapshot (SQLite's online backup,
 * so the app can keep running), every object file, the generated documents in exports/ (the papers
 * that were filed, whose hashes the history records), and backup.json. Restore goes into an EMPTY
 * folder only (never over a vault), checks every entry name against the exact layout, re-hashes every
 * object against its name and every document against its recorded hash, and checks the audit chain
 * before declaring success.
 */
import { createHash } from 'node:crypto';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  chmodSync,
} from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { AppError } from '../core/errors.ts';
import { nowIso } from '../core/beijingTime.ts';
import type { ProgressReporter } from '../core/progress.ts';
import { verifyAuditChain } from './auditLog.ts';
import { schemaVersion } from './migrations.ts';
import { openVault, type Vault } from './openVault.ts';
import { EXPORTED_DOCUMENT, resolveDocumentPath } from './documentPaths.ts';
import { vaultFiles } from './vaultLocation.ts';

export interface BackupResult {
  path: string;
  objects: number;
  /** Generated PDFs and bundles from exports/ carried along. */
  documents: number;
  bytes: number;
}

/** exports/ files the documents table refers to (by their stored, vault-relative path) that exist. */
function exportedDocuments(vault: Vault): string[] {
  const rows = vault.db.prepare('SELECT path, bundle_path FROM documents ORDER BY id').all() as {
    path: string;
    bundle_path: string | null;
  }[];
  const names = new Set<string>();
  for (const stored of rows.flatMap((r) => [r.path, r.bundle_path]))
    if (stored && EXPORTED_DOCUMENT.test(stored) && existsSync(resolveDocumentPath(vault.dir, stored)))
      names.add(stored);
  return [...names];
}

const OBJECT_ENTRY = /^objects\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

export async function backupVault(
  vault: Vault,
  destZip: string,
  progress: ProgressReporter,
): Promise<BackupResult> {
  const snapshot = path.join(vault.tmpDir, `backup-${process.pid}.sqlite`);
  await vault.db.backup(snapshot);
  const shas = (
    vault.db.prepare('SELECT sha256 FROM objects ORDER BY sha256').all() as { sha256: string }[]
  ).map((r) => r.sha256);
  const documents = exportedDocuments(vault);
  const zip = new yazl.ZipFile();
  const partial = `${destZip}.partial`;
  const written = pipeline(zip.outputStream, createWriteStream(partial));
  try {
    zip.addBuffer(
      Buffer.from(
        JSON.stringify(
          {
            format: 'payproof-vault-backup',
            version: 1,
            schemaVersion: schemaVersion(vault.db),
            createdAt: nowIso(),
            objects: shas.length,
            documents: documents.length,
          },
          null,
          2,
        ),
      ),
      'backup.json',
    );
    zip.addFile(snapshot, vaultFiles.database);
    let bytes = 0;
    shas.forEach((sha, i) => {
      progress.throwIfCancelled();
      const file = path.join(vault.objectsDir, sha.slice(0, 2), sha);
      bytes += statSync(file).size;
      // Evidence is mostly already-compressed media: store, don't deflate.
      zip.addFile(file, `objects/${sha.slice(0, 2)}/${sha}`, { compress: false });
      progress.report({ phase: 'backup', done: i + 1, total: shas.length });
    });
    for (const name of documents) {
      const file = resolveDocumentPath(vault.dir, name);
      bytes += statSync(file).size;
      zip.addFile(file, name, { compress: false });
    }
    zip.end();
    await written;
    renameSync(partial, destZip);
    return { path: destZip, objects: shas.length, documents: documents.length, bytes };
  } catch (err) {
    zip.end();
    await written.catch(() => undefined);
    rmSync(partial, { force: true });
    throw err;
  } finally {
    rmSync(snapshot, { force: true });
  }
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(
      file,
      { lazyEntries: true, autoClose: true, strictFileNames: true, validateEntrySizes: true },
      (err, zip) => (err ? reject(err) : resolve(zip)),
    ),
  );
}

function badArchive(file: string, reason: string): AppError {
  return new AppError('restore-bad-archive', { file, reason });
}

/**
 * A restored exports/ file must be one the history records, with the hash recorded for it: the PDF's
 * in the documents table, the bundle's in the audit entry of its generation. Returns the first name
 * that fails, or null.
 */
function mismatchedDocument(vault: Vault, hashes: Map<string, string>): string | null {
  const byPdf = vault.db.prepare('SELECT sha256 FROM documents WHERE path = ?');
  const bundleSha = vault.db.prepare(
    `SELECT json_extract(a.details, '$.bundleSha256') AS sha FROM documents d
       JOIN audit_log a ON a.subject = 'document:' || d.id AND a.action = 'document.generated'
     WHERE d.bundle_path = ?`,
  );
  for (const [name, sha] of hashes) {
    const pdf = byPdf.get(name) as { sha256: string } | undefined;
    const bundle = pdf ? undefined : (bundleSha.get(name) as { sha: string | null } | undefined);
    const expected = pdf?.sha256 ?? bundle?.sha;
    if (!expected || expected !== sha) return name;
  }
  return null;
}

/** Restore and move write only into an empty (or not yet existing) folder. */
export function assertEmptyFolder(dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new AppError('target-folder-not-empty', { path: dir });
}

export async function restoreVault(
  archive: string,
  targetDir: string,
  progress: ProgressReporter,
): Promise<{ dir: string; objects: number; documents: number }> {
  assertEmptyFolder(targetDir);
  const staging = `${targetDir}.restoring`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(path.join(staging, 'objects'), { recursive: true });
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(archive);
  } catch (err) {
    throw badArchive(archive, `not a readable ZIP 不是可读的 ZIP 文件 (${(err as Error).message})`);
  }
  let objects = 0;
  let sawDb = false;
  const seen = new Set<string>();
  const documentHashes = new Map<string, string>();
  try {
    await new Promise<void>((resolve, rejectRaw) => {
      // yauzl's own errors (bad names such as "../x", corrupt data) mean a bad archive; a system error
      // (disk full, permissions) is reported as it is.
      const reject = (err: unknown) =>
        rejectRaw(
          err instanceof AppError || (err as NodeJS.ErrnoException).syscall
            ? err
            : badArchive(archive, (err as Error).message),
        );
      // Every entry but backup.json and the database is an object: the progress total.
      const total = Math.max(zip.entryCount - 2, 0);
      zip.on('error', reject);
      zip.on('end', resolve);
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName;
        const obj = OBJECT_ENTRY.exec(name);
        const isDocument = EXPORTED_DOCUMENT.test(name);
        const known =
          name === 'backup.json' ||
          name === vaultFiles.database ||
          isDocument ||
          (obj && obj[1] === obj[2]!.slice(0, 2));
        if (!known || seen.has(name))
          return reject(badArchive(archive, `unexpected entry 意外的条目 "${name}"`));
        seen.add(name);
        if (name === 'backup.json') return zip.readEntry();
        const out =
          name === vaultFiles.database || isDocument
            ? path.join(staging, ...name.split('/'))
            : path.join(staging, 'objects', obj![1]!, obj![2]!);
        mkdirSync(path.dirname(out), { recursive: true });
        const hash = createHash('sha256');
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          const tap = new Transform({
            transform(chunk: Buffer, _enc, cb) {
              hash.update(chunk);
              cb(null, chunk);
            },
          });
          pipeline(stream, tap, createWriteStream(out, { mode: 0o600 }))
            .then(() => {
              if (obj) {
                if (hash.digest('hex') !== obj[2])
                  return reject(
                    badArchive(archive, `object ${obj[2]} does not match its hash 原件与其哈希不符`),
                  );
                chmodSync(out, 0o444);
                objects++;
                progress.report({ phase: 'restore', done: objects, total: Math.max(total, objects) });
              } else if (isDocument) documentHashes.set(name, hash.digest('hex'));
              else sawDb = true;
              if (progress.signal?.aborted) reject(new AppError('cancelled'));
              else zip.readEntry();
            })
            .catch(reject);
        });
      });
      zip.readEntry();
    });
    if (!sawDb) throw badArchive(archive, 'no payproof.sqlite inside 其中没有 payproof.sqlite');
    const vault = openVault(staging);
    try {
      if (!verifyAuditChain(vault.db).ok)
        throw badArchive(archive, 'its audit chain does not verify 审计日志链校验失败');
      const wrong = mismatchedDocument(vault, documentHashes);
      if (wrong) throw badArchive(archive, `${wrong} does not match its recorded hash 与记录的哈希不符`);
    } finally {
      vault.close();
    }
    if (existsSync(targetDir)) rmSync(targetDir, { recursive: true });
    renameSync(staging, targetDir);
    return { dir: targetDir, objects, documents: documentHashes.size };
  } catch (err) {
    zip.close();
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
}
