/**
 * The bytes of the bill itself, for storing it as evidence. When the user gave us the platform's
 * password zip, we keep the bill file inside it (byte for byte what unzipping yields), not the
 * encrypted zip: the dossier must be able to cite and re-read it later without the password, which
 * we never store. The entry is read within the same unpack limits as when it was parsed.
 */
import type { BillSummary } from './types.ts';
import { listZip, readZipFile } from './zipFiles.ts';

export async function billFileBytes(
  bytes: Uint8Array,
  archive: BillSummary['archive'],
  password?: string,
): Promise<{ bytes: Uint8Array; name: string | null }> {
  if (!archive) return { bytes, name: null };
  const entry = (await listZip(bytes)).find((f) => f.name === archive.entry);
  if (!entry) throw new Error(`zip entry ${archive.entry} vanished`);
  return {
    bytes: await readZipFile(entry, password),
    name: archive.entry.slice(archive.entry.lastIndexOf('/') + 1),
  };
}
