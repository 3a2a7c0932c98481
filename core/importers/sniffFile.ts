/**
 * What kind of file did the user hand us, judged from its bytes (never its name: a .csv may be a
 * photo, a .xlsx may be a zip of bills).
 */
import { fileTypeFromBuffer } from 'file-type';
import { looksBinary } from './decodeText.ts';
import { isZip } from './zipFiles.ts';

export type FileKind = 'empty' | 'zip' | 'office-encrypted' | 'xls' | 'pdf' | 'binary' | 'text';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A password-protected .xlsx is an OLE2 container holding a stream named "EncryptedPackage". */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export function sniffKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (isZip(bytes)) return 'zip';
  if (CFB.every((b, i) => bytes[i] === b)) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return buf.includes(ENCRYPTED_PACKAGE) ? 'office-encrypted' : 'xls';
  }
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  return looksBinary(bytes) ? 'binary' : 'text';
}

/** A human name for a binary file ('PNG image'), or null if even file-type cannot tell. */
export async function describeBinary(bytes: Uint8Array): Promise<string | null> {
  try {
    const type = await fileTypeFromBuffer(bytes.subarray(0, 65536));
    return type ? `${type.ext.toUpperCase()} (${type.mime})` : null;
  } catch {
    return null;
  }
}
