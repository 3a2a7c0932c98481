/** What to tell the person when a zip (a bill zip or the XLSX container) cannot be read. */
import type { LocalizedText } from '../domain/types.ts';
import { billMessages } from './billMessages.ts';
import { ZipReadError } from './zipFiles.ts';

/** The message for a zip that could not be read, naming the entry when one is at fault. */
export function zipErrorMessage(err: unknown): LocalizedText {
  if (!(err instanceof ZipReadError)) return billMessages.zipUnreadable();
  const entry = err.detail.entry ?? '';
  const mb = Math.round((err.detail.limitBytes ?? 0) / 1048576);
  switch (err.reason) {
    case 'needs-password':
      return billMessages.zipNeedsPassword();
    case 'wrong-password':
      return billMessages.zipWrongPassword();
    case 'unsupported':
      return billMessages.zipUnsupported();
    case 'unreadable':
      return entry ? billMessages.zipEntryDamaged(entry) : billMessages.zipUnreadable();
    case 'too-large':
      return billMessages.unpackTooLarge(entry, mb);
    case 'too-compressed':
      return billMessages.unpackTooCompressed(entry, err.detail.ratio ?? 0);
    case 'archive-too-large':
      return billMessages.unpackArchiveTooLarge(entry, mb);
    case 'too-many-entries':
      return billMessages.zipTooManyEntries(err.detail.limitBytes ?? 0);
  }
}
