/**
 * One audit entry for a whole bill import (`payments.imported`), not one per payment. A 100,000-row
 * bill made 100,000 entries: ~5.7 s of hashing and inserting, and a chain-of-custody appendix of
 * thousands of pages in every paper of that case. The one entry still binds what was imported:
 *   paymentIds  the new payments' ids as ascending [first, last] ranges (one range for a whole import,
 *               whose ids are consecutive), so the list stays short however long the bill is;
 *   digest      sha256 over one line per imported payment, in id order:
 *               `${id}\t${txid}\t${amountFen}\t${time}\t${billRow}\n`
 *               — recomputable from the payments as imported (an id, 交易单号, amount in fen, ISO time,
 *               row in the bill), so a later change to any of them is visible against this entry.
 * Older vaults keep their per-payment `payment.imported` entries; both verify on the same chain.
 */
import { createHash } from 'node:crypto';

export interface ImportedPaymentLine {
  id: number;
  txid: string;
  amountFen: number;
  time: string;
  billRow: number;
}

/** Ascending ids as [first, last] ranges: [5, 6, 7, 10] → [[5, 7], [10, 10]]. */
export function idRanges(ids: readonly number[]): [number, number][] {
  const sorted = [...ids].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const id of sorted) {
    const last = out.at(-1);
    if (last && id === last[1] + 1) last[1] = id;
    else if (!last || id > last[1]) out.push([id, id]);
  }
  return out;
}

/** The ids the ranges stand for, ascending. */
export function idsOfRanges(ranges: readonly (readonly [number, number])[]): number[] {
  const out: number[] = [];
  for (const [first, last] of ranges) for (let id = first; id <= last; id++) out.push(id);
  return out;
}

/**
 * The digest described above, fed one payment at a time as the import inserts them (their ids
 * ascend), so an import of 100,000 rows keeps no list of them for its audit entry.
 */
export class ImportedPaymentsDigest {
  private readonly hash = createHash('sha256');
  private lastId = 0;
  count = 0;

  add(p: ImportedPaymentLine): void {
    if (p.id <= this.lastId) throw new Error('imported payments must be added in ascending id order');
    this.lastId = p.id;
    this.count++;
    this.hash.update(`${p.id}\t${p.txid}\t${p.amountFen}\t${p.time}\t${p.billRow}\n`);
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/** The same digest over payments given in any order (for checking an entry against the payments). */
export function importedPaymentsDigest(lines: readonly ImportedPaymentLine[]): string {
  const d = new ImportedPaymentsDigest();
  for (const p of [...lines].sort((a, b) => a.id - b.id)) d.add(p);
  return d.digest();
}
