/** Copy a ZIP entry by entry, changing or dropping entries on the way (as a damaged or edited file would). */
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import yazl from 'yazl';

/** `edit` returns the new bytes of an entry, or null to leave the entry out. */
export async function rewriteZip(
  from: string,
  to: string,
  edit: (name: string, bytes: Buffer) => Buffer | null,
): Promise<void> {
  const out = new yazl.ZipFile();
  const done = pipeline(out.outputStream, createWriteStream(to));
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(from, { lazyEntries: true }, (err, z) => (err ? reject(err) : resolve(z))),
  );
  await new Promise<void>((resolve, reject) => {
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.on('entry', (entry: yauzl.Entry) =>
      zip.openReadStream(entry, (err, stream) => {
        if (err) return reject(err);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const bytes = edit(entry.fileName, Buffer.concat(chunks));
          if (bytes) out.addBuffer(bytes, entry.fileName);
          zip.readEntry();
        });
      }),
    );
    zip.readEntry();
  });
  out.end();
  await done;
}
