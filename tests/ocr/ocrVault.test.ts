/**
 * Screenshots entering the vault: read in the background (ingest returns at once), results stored with
 * provenance, searchable, confirmable into a payment; hostile images get a clear stored message and
 * keep their original. One real OCR run; the hostile files are refused before any decoding.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { invoke } from '../../core/api/dispatch.ts';
import { createVaultContext } from '../../core/api/vaultContext.ts';
import { languageDataPath } from '../../core/ocr/engine/languageData.ts';
import { closeOcrPool } from '../../core/ocr/engine/recognizeImage.ts';
import { enableBackgroundReading } from '../../core/ocr/textQueue.ts';
import { objectPath } from '../../db/objectStore.ts';
import { useTempDirs } from '../helpers/tmp.ts';
import { heicStart, hugePngHeader } from './hostileImages.ts';
import { renderPaymentScreen, sampleScreens } from './paymentScreens.ts';

const tmp = useTempDirs();
afterAll(async () => {
  enableBackgroundReading(false);
  await closeOcrPool();
});

async function waitForRead(ctx: ReturnType<typeof createVaultContext>, evidenceId: number) {
  for (let i = 0; i < 600; i++) {
    const t = await invoke(ctx, 'ocr.get', { evidenceId });
    if (t.status === 'done' || t.status === 'failed') return t;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('OCR did not finish');
}

describe('screenshots in the vault', () => {
  it(
    'reads in the background, stores text with provenance, finds it, and confirms the payment',
    { timeout: 600_000 },
    async () => {
      enableBackgroundReading();
      const dir = tmp();
      const ctx = createVaultContext(path.join(dir, 'vault'));
      const c = await invoke(ctx, 'case.create', { title: '买手机没发货', route: 'not-received' });
      const spec = sampleScreens()[0]!;
      const shot = path.join(dir, 'Screenshot_账单详情.png');
      writeFileSync(shot, await renderPaymentScreen(spec));
      const notes = path.join(dir, '聊天.txt');
      writeFileSync(notes, '卖家说明天退款，让我先确认收货');

      const t0 = Date.now();
      const added = await invoke(ctx, 'evidence.add', { caseId: c.id, paths: [shot, notes] });
      // Ingest does not wait for OCR (which takes seconds): the image is queued, not read.
      expect(added[0]!.textStatus).toMatch(/pending|running/);
      expect(Date.now() - t0).toBeLessThan(5000);

      const read = await waitForRead(ctx, added[0]!.id);
      expect(read.status).toBe('done');
      expect(read.provenance).toEqual({
        engine: 'tesseract.js',
        engineVersion: '7.0.0',
        language: 'chi_sim',
        dataSha256: createHash('sha256').update(readFileSync(languageDataPath().file)).digest('hex'),
      });
      expect(read.lines.length).toBeGreaterThan(5);
      expect(read.lines[0]!.words[0]!.bbox.x1).toBeGreaterThan(read.lines[0]!.words[0]!.bbox.x0);
      expect(read.payment?.fields.txid).toBe(spec.truth.txid);
      expect(read.payment?.uncertain).not.toContain('txid');
      expect(read.suggestedKind).toBe('payment-screenshot');
      const text = await waitForRead(ctx, added[1]!.id);
      expect(text.text).toContain('明天退款');
      // The evidence list's statuses: without word boxes, in the order asked, unknown ids left out.
      const statuses = await invoke(ctx, 'ocr.status', { evidenceIds: [added[1]!.id, 9999, added[0]!.id] });
      expect(statuses).toEqual([
        { evidenceId: added[1]!.id, status: 'done', hasPayment: false, suggestedKind: null, error: null },
        {
          evidenceId: added[0]!.id,
          status: 'done',
          hasPayment: true,
          suggestedKind: 'payment-screenshot',
          error: null,
        },
      ]);

      // Search: a 3+ character query uses the trigram index; a 2-character word the bounded scan.
      const byId = await invoke(ctx, 'search.query', { caseId: c.id, query: spec.truth.txid.slice(0, 12) });
      expect(byId.method).toBe('fts');
      expect(byId.hits.map((h) => [h.kind, h.refId])).toContainEqual(['evidence-text', added[0]!.id]);
      const short = await invoke(ctx, 'search.query', { query: '退款' });
      expect(short.method).toBe('scan');
      const hit = short.hits.find((h) => h.refId === added[1]!.id && h.kind === 'evidence-text')!;
      expect(hit.snippet.slice(hit.highlights[0]![0], hit.highlights[0]![1])).toBe('退款');
      // A hit on an evidence item carries the item, so the UI opens it with one click.
      expect(hit.evidence).toMatchObject({ id: added[1]!.id, originalName: '聊天.txt', caseId: c.id });

      // Confirm → a payment linked to the screenshot, found by search too.
      const confirmed = await invoke(ctx, 'ocr.confirmPayment', {
        evidenceId: added[0]!.id,
        txid: read.payment!.fields.txid!,
        amount: '93.40',
        time: read.payment!.fields.time!,
        counterparty: '深圳市喆堃数码科技有限公司',
      });
      expect(confirmed.outcome).toBe('created');
      expect(confirmed.payment).toMatchObject({
        txid: spec.truth.txid,
        amountFen: 9340,
        time: spec.truth.time,
      });
      const again = await invoke(ctx, 'ocr.confirmPayment', {
        evidenceId: added[0]!.id,
        txid: spec.truth.txid,
        amount: '93.41',
        time: spec.truth.time,
      });
      expect(again).toMatchObject({ outcome: 'existing', differences: ['amount'] });
      const [item] = await invoke(ctx, 'evidence.list', { caseId: c.id, limit: 1 });
      expect(item!.paymentIds).toEqual([confirmed.payment.id]);
      expect(
        (await invoke(ctx, 'search.query', { query: '喆堃数码' })).hits.some((h) => h.kind === 'payment'),
      ).toBe(true);
      ctx.close();
    },
  );

  it('stores a clear message for a 50000×50000 image, a cut file and a HEIC photo, and keeps each original', async () => {
    enableBackgroundReading(false);
    const dir = tmp();
    const ctx = createVaultContext(path.join(dir, 'vault'));
    const c = await invoke(ctx, 'case.create', { title: '坏图片', route: 'fraud' });
    const full = await renderPaymentScreen(sampleScreens()[1]!);
    const files = {
      huge: [path.join(dir, 'huge.png'), hugePngHeader()],
      cut: [path.join(dir, 'cut.png'), full.subarray(0, full.length >> 1)],
      heic: [path.join(dir, 'IMG_0001.HEIC'), heicStart()],
    } as const;
    for (const [file, bytes] of Object.values(files)) writeFileSync(file, bytes);
    const added = await invoke(ctx, 'evidence.add', {
      caseId: c.id,
      paths: Object.values(files).map(([f]) => f),
      ocr: 'wait',
    });
    expect(added.map((a) => a.textStatus)).toEqual(['failed', 'failed', 'failed']);
    const codes = [];
    for (const a of added) {
      const t = await invoke(ctx, 'ocr.get', { evidenceId: a.id });
      codes.push(t.error?.code);
      expect(t.error?.message.zh).toContain(a.originalName);
      expect(t.error?.message.en).toContain('original is kept');
      // The original is untouched in the vault.
      const vault = ctx.vault();
      const bytes = readFileSync(objectPath(vault.objectsDir, a.sha256));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(a.sha256);
    }
    expect(codes).toEqual(['ocr-image-too-large', 'ocr-image-unreadable', 'ocr-heic-unsupported']);

    // Re-run queues the item again (e.g. after a newer engine); it fails the same way, still stored.
    const rerun = await invoke(ctx, 'ocr.rerun', { evidenceId: added[0]!.id });
    expect(rerun.status).toBe('pending');
    expect(rerun.error).toBeNull();
    await expect(
      invoke(ctx, 'evidence.add', { caseId: c.id, paths: [files.cut[0]], ocr: 'off' }),
    ).resolves.toEqual([expect.objectContaining({ textStatus: null })]);
    ctx.close();
  });
});
