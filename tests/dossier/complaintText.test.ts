/**
 * dossier.complaintText: the ≤300-character WeChat Pay description the page offers to copy is the
 * one the complaint PDF prints, carries the payment's facts, and says when it still holds a blank.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../core/api/dispatch.ts';
import { createVaultContext } from '../../core/api/vaultContext.ts';
import { commonWording } from '../../core/dossier/wording.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();
const TXID = '4200001234202505181234567890';

describe('dossier.complaintText', () => {
  it('holds the transaction and a blank for the missing demand, within the form limit', async () => {
    const ctx = createVaultContext(path.join(tmp(), 'vault'));
    try {
      const c = await invoke(ctx, 'case.create', {
        title: '闲鱼买手机未发货',
        route: 'not-received',
        counterparty: '某某数码',
        narrative: '付款后卖家一直不发货。'.repeat(60),
      });
      await invoke(ctx, 'payment.add', {
        caseId: c.id,
        txid: TXID,
        amount: '1299.00',
        time: '2025-05-18 14:58:00',
        direction: 'expense',
      });
      const r = await invoke(ctx, 'dossier.complaintText', { caseId: c.id });
      expect(r.text).toContain(TXID);
      expect(r.text).toContain('1,299.00');
      expect(r.limit).toBe(300);
      expect(r.chars).toBe(Array.from(r.text).length);
      expect(r.chars).toBeLessThanOrEqual(300);
      expect(r.blank).toBe(commonWording().blank);
      expect(r.text).toContain(commonWording().blank);
    } finally {
      ctx.close();
    }
  });

  it('refuses a case that does not exist', async () => {
    const ctx = createVaultContext(path.join(tmp(), 'vault'));
    try {
      await expect(invoke(ctx, 'dossier.complaintText', { caseId: 99 })).rejects.toMatchObject({
        code: 'not-found',
      });
    } finally {
      ctx.close();
    }
  });
});
