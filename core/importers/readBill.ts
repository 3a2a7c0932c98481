/**
 * The streaming entry point: bytes in, rows out one at a time through a RowSink. parseBill()
 * collects; a database import can insert as rows arrive and apply the refund links at the end.
 * Never throws for bad content: every problem becomes a BillError through the sink.
 */
import { billMessages } from './billMessages.ts';
import { decodeBillText } from './decodeText.ts';
import { RefundLinker } from './refundLinks.ts';
import { CollectingSink, fileError, type ReaderOutcome, type RowSink } from './rowSink.ts';
import { describeBinary, sniffKind } from './sniffFile.ts';
import { readTextBill } from './textBill.ts';
import type { BillInput, BillPlatform, BillRow, BillSummary } from './types.ts';
import { readXlsxBill } from './xlsxBill.ts';
import { isWorkbookZip } from './xlsxReader.ts';
import { listZip, readZipFile, type ZipFile } from './zipFiles.ts';
import { zipErrorMessage } from './zipMessages.ts';
import { InflateBudget } from './zipLimits.ts';

/** Far above any real bill (a year of heavy use is a few MB), far below what would hurt the app. */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

export interface ReadBillOutcome extends ReaderOutcome {
  platform: BillPlatform | null;
  archive: BillSummary['archive'];
  /** Refund row number → the 交易单号 it refunds (see refundLinks.ts). */
  refundLinks: Map<number, string>;
}

export function platformOf(format: string): BillPlatform | null {
  return format.startsWith('wechat') ? 'wechat' : format.startsWith('alipay') ? 'alipay' : null;
}

const blank = (encoding: string | null = null): ReaderOutcome => ({
  format: 'unknown',
  encoding,
  dataLines: 0,
  badRows: 0,
  declaredCount: null,
  sheet: null,
});

function isBillCandidate(f: ZipFile): boolean {
  const base = f.name.slice(f.name.lastIndexOf('/') + 1);
  return !f.name.startsWith('__MACOSX/') && !base.startsWith('._') && /\.(csv|xlsx|txt)$/i.test(base);
}

interface ArchiveOutcome extends ReaderOutcome {
  archive: BillSummary['archive'];
}

async function readArchive(
  files: ZipFile[],
  file: string,
  password: string | undefined,
  sink: RowSink,
  budget: InflateBudget,
): Promise<ArchiveOutcome> {
  const candidates = files.filter(isBillCandidate);
  if (candidates.length === 0) {
    sink.error(fileError(file, billMessages.zipNoBill(files.map((f) => f.name).join(', '))));
    return { ...blank(), archive: null };
  }
  for (const entry of candidates) {
    let inner: Uint8Array;
    try {
      inner = await readZipFile(entry, password);
    } catch (err) {
      sink.error(fileError(file, zipErrorMessage(err)));
      return { ...blank(), archive: null };
    }
    // Buffer each candidate: a README.txt beside the bill must not leak "not a bill" errors.
    const collected = new CollectingSink();
    const outcome = await readBytes(inner, `${file} › ${entry.name}`, collected, {
      allowArchive: false,
      budget,
    });
    if (outcome.format === 'unknown' && entry !== candidates[candidates.length - 1]) continue;
    collected.forwardTo(sink);
    const others = candidates.filter((c) => c !== entry && /\.(csv|xlsx)$/i.test(c.name)).map((c) => c.name);
    if (outcome.format !== 'unknown' && others.length > 0) {
      sink.error(fileError(file, billMessages.zipOtherBills(entry.name, others.join(', '))));
    }
    return { ...outcome, archive: { entry: entry.name, encryption: entry.encryption } };
  }
  return { ...blank(), archive: null };
}

interface ReadOptions {
  /** Only the outer file may be an archive of bills (no zip inside a zip). */
  allowArchive: boolean;
  password?: string;
  /** What may still be inflated: a workbook inside a bill zip shares the zip's allowance. */
  budget: InflateBudget;
}

async function readBytes(
  bytes: Uint8Array,
  file: string,
  sink: RowSink,
  options: ReadOptions,
): Promise<ArchiveOutcome> {
  const none = { archive: null };
  if (bytes.length > MAX_INPUT_BYTES) {
    sink.error(fileError(file, billMessages.fileTooLarge(Math.round(bytes.length / 1048576))));
    return { ...blank(), ...none };
  }
  switch (sniffKind(bytes)) {
    case 'empty':
      sink.error(fileError(file, billMessages.fileEmpty()));
      return { ...blank(), ...none };
    case 'office-encrypted':
      sink.error(fileError(file, billMessages.encryptedOffice()));
      return { ...blank(), ...none };
    case 'xls':
      sink.error(fileError(file, billMessages.oldXls()));
      return { ...blank(), ...none };
    case 'pdf':
      sink.error(fileError(file, billMessages.pdf()));
      return { ...blank(), ...none };
    case 'binary':
      sink.error(fileError(file, billMessages.notText(await describeBinary(bytes))));
      return { ...blank(), ...none };
    case 'zip': {
      let files: ZipFile[];
      try {
        files = await listZip(bytes, options.budget);
      } catch (err) {
        sink.error(fileError(file, zipErrorMessage(err)));
        return { ...blank(), ...none };
      }
      if (isWorkbookZip(files)) return { ...(await readXlsxBill(files, file, sink)), ...none };
      if (!options.allowArchive) {
        sink.error(fileError(file, billMessages.zipNoBill(files.map((f) => f.name).join(', '))));
        return { ...blank(), ...none };
      }
      return readArchive(files, file, options.password, sink, options.budget);
    }
    case 'text': {
      const decoded = decodeBillText(bytes);
      return { ...readTextBill(decoded.text, file, decoded.encoding, sink), ...none };
    }
  }
}

export async function readBill(input: BillInput, sink: RowSink): Promise<ReadBillOutcome> {
  let linker: RefundLinker | null = null;
  const observing: RowSink = {
    begin(platform: BillPlatform) {
      linker = new RefundLinker(platform);
      sink.begin?.(platform);
    },
    row(row: BillRow) {
      linker?.observe(row);
      sink.row(row);
    },
    error: (e) => sink.error(e),
    addUnlisted: (count, flagged) => sink.addUnlisted?.(count, flagged),
  };
  const bytes: Uint8Array = input.bytes;
  let outcome: ArchiveOutcome;
  try {
    // The password is only passed down the call chain: never stored, logged or put in an error.
    outcome = await readBytes(bytes, input.fileName, observing, {
      allowArchive: true,
      password: input.password,
      budget: new InflateBudget(),
    });
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    sink.error(fileError(input.fileName, billMessages.unexpected(detail.slice(0, 200))));
    outcome = { ...blank(), archive: null };
  }
  const platform = platformOf(outcome.format);
  // `linker` is assigned inside the sink callbacks; TypeScript cannot see that through the closure.
  const done = linker as RefundLinker | null;
  return { ...outcome, platform, refundLinks: done ? done.links() : new Map<number, string>() };
}
