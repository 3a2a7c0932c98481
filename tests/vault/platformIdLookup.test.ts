/**
 * findPaymentsByPlatformIds answers as the one-row lookup does, on both of its paths: the id lists
 * looked up in the case (a batch smaller than the case) and the case walked (a batch larger than the
 * case, or an empty case).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openVault } from '../../db/openVault.ts';
import { createCase } from '../../db/queries/cases.ts';
import {
  findPaymentByPlatformIds,
  findPaymentsByPlatformIds,
  insertPaymentRow,
} from '../../db/queries/payments.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();

type Ids = { txid: string; merchantOrderId: string | null };

describe('findPaymentsByPlatformIds', () => {
  it('gives the single lookup’s answer whether it looks the ids up or walks the case', () => {
    const vault = openVault(path.join(tmp(), 'vault'));
    const { db } = vault;
    const caseId = createCase(db, { title: '查找', route: 'fraud' }).id;
    const other = createCase(db, { title: '另一案', route: 'fraud' }).id;
    const add = (c: number, txid: string, mo: string | null): number =>
      insertPaymentRow(db, c, {
        source: 'manual',
        txid,
        merchantOrderId: mo,
        time: '2025-05-01T10:00:00+08:00',
        amountFen: 100,
        direction: 'expense',
      });
    for (let i = 0; i < 12; i++) add(caseId, `TX-${i}`, i % 3 === 0 ? `MO-${i % 6}` : null);
    add(caseId, 'TX-SHARED-MO-2', 'MO-0'); // a second payment with 商户单号 MO-0: the lower id wins
    add(other, 'TX-OTHER', 'MO-OTHER'); // another case's payment is never an answer

    const probes: Ids[] = [
      { txid: 'TX-1', merchantOrderId: null },
      { txid: 'TX-NEW', merchantOrderId: 'MO-0' },
      { txid: 'TX-NEW-2', merchantOrderId: 'MO-3' },
      { txid: 'TX-OTHER', merchantOrderId: 'MO-OTHER' },
      { txid: '', merchantOrderId: 'MO-9' },
    ];
    const single = (r: Ids) => {
      const p = findPaymentByPlatformIds(db, caseId, r.txid, r.merchantOrderId);
      return p ? { id: p.id, txid: p.txid } : null;
    };
    const expected = probes.map(single);
    expect(expected.filter(Boolean)).toHaveLength(3);

    // 5 probes (8 ids) against 13 payments: the ids are looked up.
    const few = findPaymentsByPlatformIds(db, caseId, probes);
    expect(probes.map((r) => few(r.txid, r.merchantOrderId))).toEqual(expected);
    // The same probes among 40 fillers: more ids than payments, the case is walked.
    const fillers = Array.from({ length: 40 }, (_, i) => ({
      txid: `FILL-${i}`,
      merchantOrderId: `FMO-${i}`,
    }));
    const many = findPaymentsByPlatformIds(db, caseId, [...fillers, ...probes]);
    expect(probes.map((r) => many(r.txid, r.merchantOrderId))).toEqual(expected);
    expect(fillers.every((r) => many(r.txid, r.merchantOrderId) === null)).toBe(true);
    // An empty case finds nothing.
    const empty = createCase(db, { title: '空', route: 'fraud' }).id;
    const none = findPaymentsByPlatformIds(db, empty, probes);
    expect(probes.map((r) => none(r.txid, r.merchantOrderId))).toEqual(probes.map(() => null));
    vault.close();
  });
});
