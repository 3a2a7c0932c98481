/**
 * The bundle (ZIP): the PDF at the root, every original under evidence/ named by exhibit number and
 * its sanitised original name, manifest.json, HOW_TO_VERIFY.txt and SHA256SUMS. Originals are
 * re-hashed on the way in — a vault object that no longer matches its recorded hash stops the
 * bundle with a message naming the exhibit, instead of producing a bundle that fails later.
 * yazl streams each file from disk when it is written, so memory stays flat for big recordings.
 */
import { createHash } from 'node:crypto';
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { toBeijingIso } from '../../beijingTime.ts';
import { privateWriteStream } from '../../util/privateFile.ts';
import { DOCUMENTS } from '../documents/registry.ts';
import { planExhibits } from '../exhibitPlan.ts';
import { beijingTime, fill } from '../format.ts';
import { sha256File } from '../hashFile.ts';
import { sanitizeName } from '../sanitizeName.ts';
import type { WriteBundleInput, WriteBundleResult } from '../types.ts';
import { caseAuditDigest } from '../sections/custody.ts';
import { howToVerifyTemplate } from '../wording.ts';
import {
  bundleComment,
  MANIFEST_FORMAT,
  MANIFEST_NAME,
  README_NAME,
  SUMS_NAME,
  type Manifest,
  type ManifestFile,
} from './manifest.ts';
import { formatSums } from './sha256Sums.ts';
import { BundleObjectMismatchError } from './bundleErrors.ts';

export { BundleObjectMismatchError };

/** Already-compressed formats gain nothing from deflate; storing them saves time. */
function worthCompressing(mime: string): boolean {
  return !/^(image|audio|video)\//.test(mime) && !/(zip|pdf|gzip|x-7z|rar)/.test(mime);
}

const sha256 = (buf: Buffer): string => createHash('sha256').update(buf).digest('hex');

export async function writeBundle(input: WriteBundleInput): Promise<WriteBundleResult> {
  const { snapshot, doc, at, signal } = input;
  const zip = new yazl.ZipFile();
  const mtime = at;
  const files: ManifestFile[] = [];
  const blankFile = {
    exhibit: null,
    kind: null,
    title: null,
    originalName: null,
    mime: null,
    capturedAt: null,
    capturedAtSource: null,
    addedAt: null,
  };

  const pdfName = sanitizeName(path.basename(input.pdfPath));
  const pdfSha = await sha256File(input.pdfPath, signal);
  const pdfSize = (await stat(input.pdfPath)).size;
  zip.addFile(input.pdfPath, pdfName, { mtime, compress: false });
  files.push({
    ...blankFile,
    path: pdfName,
    sha256: pdfSha,
    size: pdfSize,
    role: 'document',
    mime: 'application/pdf',
  });

  const exhibits = planExhibits(snapshot, doc);
  let done = 0;
  for (const ex of exhibits) {
    signal?.throwIfAborted();
    const source = input.objectPath(ex.item.sha256);
    const actual = await sha256File(source, signal);
    if (actual !== ex.item.sha256)
      throw new BundleObjectMismatchError(ex.n, ex.item.originalName, ex.item.sha256, actual);
    zip.addFile(source, ex.bundlePath, { mtime, compress: worthCompressing(ex.item.mime) });
    const it = ex.item;
    files.push({
      path: ex.bundlePath,
      sha256: it.sha256,
      size: it.size,
      role: 'evidence',
      exhibit: ex.n,
      kind: it.kind,
      title: it.title,
      originalName: it.originalName,
      mime: it.mime,
      capturedAt: it.capturedAt,
      capturedAtSource: it.capturedAtSource,
      addedAt: it.addedAt,
    });
    input.onProgress?.({ phase: 'bundle', done: ++done, total: exhibits.length });
  }

  const readme = Buffer.from(
    fill(howToVerifyTemplate(), {
      generatedAt: beijingTime(toBeijingIso(at)),
      pdf: pdfName,
      count: exhibits.length,
      caseDigest: caseAuditDigest(input.auditEntries),
    }),
  );
  zip.addBuffer(readme, README_NAME, { mtime });
  files.push({
    ...blankFile,
    path: README_NAME,
    sha256: sha256(readme),
    size: readme.length,
    role: 'readme',
    mime: 'text/plain',
  });

  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    version: 1,
    generatedAt: toBeijingIso(at),
    document: {
      kind: doc,
      title: DOCUMENTS[doc].title(snapshot),
      file: pdfName,
      sha256: pdfSha,
      size: pdfSize,
      pages: input.pdfPages,
    },
    case: snapshot.case,
    profile: Object.fromEntries(
      DOCUMENTS[doc].profileFields.map((f) => [f, snapshot.profile[f]]),
    ) as Manifest['profile'],
    counterparties: snapshot.counterparties,
    payments: snapshot.payments,
    events: snapshot.events,
    files,
    audit: {
      head: input.auditHead,
      caseDigest: caseAuditDigest(input.auditEntries),
      entries: input.auditEntries,
    },
  };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  zip.addBuffer(manifestBytes, MANIFEST_NAME, { mtime });
  const manifestSha = sha256(manifestBytes);
  const sums = Buffer.from(formatSums([...files, { path: MANIFEST_NAME, sha256: manifestSha }]));
  zip.addBuffer(sums, SUMS_NAME, { mtime });
  zip.end({ comment: bundleComment(manifestSha, sha256(sums)), forceZip64Format: false });

  const tmp = `${input.outZip}.part`;
  try {
    await pipeline(zip.outputStream, privateWriteStream(tmp), { signal });
    const bundleSha = await sha256File(tmp);
    await rename(tmp, input.outZip);
    return { bundle: input.outZip, sha256: bundleSha, files: files.length + 2 };
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
