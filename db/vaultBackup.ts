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
  mkdtempSync,
  readdirSync,
  rmdirSync,
  renameSync,
  rmSync,
  statSync,
  chmodSync,
} from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import Database from 'better-sqlite3';
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
import { stmt } from './sql.ts';

export interface BackupResult {
  path: string;
  objects: number;
  /** Generated PDFs and bundles from exports/ carried along. */
  documents: number;
  bytes: number;
}

/** exports/ files the documents table refers to (by their stored, vault-relative path) that exist. */
function exportedDocuments(vault: Vault): string[] {
  const rows = stmt(vault.db, 'SELECT path, bundle_path FROM documents ORDER BY id').all() as {
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
    stmt(vault.db, 'SELECT sha256 FROM objects ORDER BY sha256').all() as { sha256: string }[]
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

interface BackupManifest {
  objects: number;
}

/** backup.json: small, ours (format + version), and the number of originals (the progress total). */
function readManifest(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<BackupManifest> {
  return new Promise((resolve, reject) => {
    if (entry.uncompressedSize > 64 * 1024) return reject(new Error('backup.json is too large'));
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err);
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', reject);
      stream.on('end', () => {
        try {
          const m = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
          if (m.format !== 'payproof-vault-backup' || m.version !== 1 || typeof m.objects !== 'number')
            return reject(new Error('backup.json is not a PayProof backup manifest'));
          resolve({ objects: m.objects });
        } catch {
          reject(new Error('backup.json is not valid JSON'));
        }
      });
    });
  });
}

/** A database that was never a PayProof vault (schema version 0) is not migrated into one. */
function assertPayProofDatabase(archive: string, file: string): void {
  let version: number;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      version = db.pragma('user_version', { simple: true }) as number;
    } finally {
      db.close();
    }
  } catch (err) {
    throw badArchive(archive, `its database cannot be read 数据库无法读取 (${(err as Error).message})`);
  }
  if (version < 1)
    throw badArchive(archive, 'its database is not a PayProof vault 数据库不是 PayProof 证据库');
}

/** Every original the database records must have been restored, and nothing else. */
function objectsProblem(vault: Vault, restored: Set<string>): string | null {
  const recorded = (stmt(vault.db, 'SELECT sha256 FROM objects').all() as { sha256: string }[]).map(
    (r) => r.sha256,
  );
  const missing = recorded.find((sha) => !restored.has(sha));
  if (missing) return `original ${missing} is missing 缺少原件`;
  if (restored.size !== recorded.length)
    return 'it holds originals the vault does not record 含有未登记的原件';
  return null;
}

/**
 * A restored exports/ file must be one the history records, with the hash recorded for it: the PDF's
 * in the documents table, the bundle's in the audit entry of its generation. Returns the first name
 * that fails (with why), or null.
 */
function mismatchedDocument(vault: Vault, hashes: Map<string, string>): string | null {
  const byPdf = stmt(vault.db, 'SELECT sha256 FROM documents WHERE path = ?');
  const bundleSha = stmt(
    vault.db,
    `SELECT json_extract(a.details, '$.bundleSha256') AS sha FROM documents d
       JOIN audit_log a ON a.subject = 'document:' || d.id AND a.action = 'document.generated'
     WHERE d.bundle_path = ?`,
  );
  for (const [name, sha] of hashes) {
    const pdf = byPdf.get(name) as { sha256: string } | undefined;
    const bundle = pdf ? undefined : (bundleSha.get(name) as { sha: string | null } | undefined);
    const expected = pdf?.sha256 ?? bundle?.sha;
    if (!expected || expected !== sha) return `${name} does not match its recorded hash 与记录的哈希不符`;
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
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(archive);
  } catch (err) {
    throw badArchive(archive, `not a readable ZIP 不是可读的 ZIP 文件 (${(err as Error).message})`);
  }
  // A staging folder of our own next to the target (same disk, so the final rename is atomic); a
  // folder someone else named "<target>.restoring" is never touched.
  mkdirSync(path.dirname(targetDir), { recursive: true });
  const staging = mkdtempSync(path.join(path.dirname(targetDir), `.${path.basename(targetDir)}.restoring-`));
  mkdirSync(path.join(staging, 'objects'));
  const restoredObjects = new Set<string>();
  let sawDb = false;
  let manifest: BackupManifest | null = null;
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
        if (!manifest && name !== 'backup.json')
          return reject(badArchive(archive, 'backup.json must come first 缺少 backup.json'));
        seen.add(name);
        if (name === 'backup.json')
          return readManifest(zip, entry)
            .then((m) => {
              manifest = m;
              zip.readEntry();
            })
            .catch(reject);
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
                restoredObjects.add(obj[2]!);
                const total = Math.max(manifest?.objects ?? 0, restoredObjects.size);
                progress.report({ phase: 'restore', done: restoredObjects.size, total });
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
    assertPayProofDatabase(archive, path.join(staging, vaultFiles.database));
    let vault: Vault;
    try {
      vault = openVault(staging);
    } catch (err) {
      // A backup from a newer PayProof says so (update first); anything else is a damaged archive.
      if (err instanceof AppError && err.code === 'vault-newer') throw err;
      throw badArchive(archive, `its database cannot be opened 数据库无法打开 (${(err as Error).message})`);
    }
    try {
      if (!verifyAuditChain(vault.db).ok)
        throw badArchive(archive, 'its audit chain does not verify 审计日志链校验失败');
      const problem = objectsProblem(vault, restoredObjects) ?? mismatchedDocument(vault, documentHashes);
      if (problem) throw badArchive(archive, problem);
    } finally {
      vault.close();
    }
    // rmdir, not rm -r: if anything appeared in the target meanwhile, it stays and the restore stops.
    if (existsSync(targetDir)) {
      try {
        rmdirSync(targetDir);
      } catch {
        throw new AppError('target-folder-not-empty', { path: targetDir });
      }
    }
    renameSync(staging, targetDir);
    return { dir: targetDir, objects: restoredObjects.size, documents: documentHashes.size };
  } catch (err) {
    zip.close();
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
}
