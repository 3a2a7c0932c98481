/**
 * How an image reaches the OCR workers (core/ocr/engine/prepareImage.ts, workerPool.ts): decoded once
 * to a grey PGM whose header keeps pixels out of tesseract.js's EXIF sniffing window, dark screens
 * inverted; the pool starts a worker as soon as a turn is handed out, lets a second image per worker
 * be prepared while the first is read, and leaves no listener behind on a shared signal.
 */
import { getEventListeners } from 'node:events';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { meanGrey, prepareForOcr, TARGET_WIDTH } from '../../core/ocr/engine/prepareImage.ts';
import { recognizeImage } from '../../core/ocr/engine/recognizeImage.ts';
import { WorkerPool } from '../../core/ocr/engine/workerPool.ts';
import { renderPaymentScreen, sampleScreens } from './paymentScreens.ts';

const pools: WorkerPool[] = [];
function pool(maxWorkers: number): WorkerPool {
  const p = new WorkerPool({ maxWorkers });
  pools.push(p);
  return p;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

/** The PGM's pixels: after "P5", the comment, and "width height 255". */
function pgmPixels(pgm: Buffer): { offset: number; pixels: Buffer; width: number; height: number } {
  const text = pgm.subarray(0, 2048).toString('latin1');
  const m = /^P5\n(?:#[^\n]*\n)*(\d+) (\d+)\n255\n/.exec(text);
  if (!m) throw new Error('not a binary PGM');
  const offset = m[0].length;
  return { offset, pixels: pgm.subarray(offset), width: Number(m[1]), height: Number(m[2]) };
}

describe('prepareForOcr', () => {
  it('hands over one grey PGM, scaled to ~756 wide, pixels past the first 500 bytes', async () => {
    const [merchant] = sampleScreens();
    const png = await renderPaymentScreen({ ...merchant!, width: 1440 });
    const prepared = await prepareForOcr(png, 'merchant.png');
    const { offset, pixels, width, height } = pgmPixels(prepared.pgm);
    expect(offset).toBeGreaterThan(500);
    expect([width, height]).toEqual([TARGET_WIDTH, Math.round((2400 * TARGET_WIDTH) / 1080)]);
    expect([prepared.width, prepared.height]).toEqual([width, height]);
    expect(pixels.length).toBe(width * height);
    expect(prepared.scale).toBeCloseTo(TARGET_WIDTH / 1440, 6);
    expect(prepared.inverted).toBe(false);
  });

  it('reads a 1080-wide phone at ~0.7 scale and brings a 720-wide one up to the same width', async () => {
    const [merchant] = sampleScreens();
    const at1080 = await prepareForOcr(await renderPaymentScreen(merchant!), 'merchant.png');
    expect(at1080.width).toBeLessThanOrEqual(0.75 * 1080);
    expect(at1080.width).toBe(TARGET_WIDTH);
    const at720 = await prepareForOcr(await renderPaymentScreen({ ...merchant!, width: 720 }), 'small.png');
    expect(at720.width).toBe(TARGET_WIDTH);
    // Within 15 % above the target: read as it is.
    const near = await prepareForOcr(await renderPaymentScreen({ ...merchant!, width: 828 }), 'near.png');
    expect([near.width, near.scale]).toEqual([828, 1]);
  });

  it('inverts a dark screen to dark-on-light', async () => {
    const dark = sampleScreens()[1]!;
    expect(dark.theme).toBe('dark');
    const prepared = await prepareForOcr(await renderPaymentScreen(dark), 'dark.png');
    expect(prepared.inverted).toBe(true);
    expect(meanGrey(pgmPixels(prepared.pgm).pixels)).toBeGreaterThan(110);
  });

  it('is not rotated by pixels that spell an EXIF orientation tag', { timeout: 120_000 }, async () => {
    // tesseract.js takes "1 18 0 3 0 0 0 1 0 <n>" among an image's first 500 bytes as EXIF
    // orientation n and rotates; here the screen's first pixels are exactly those grey values.
    const [merchant] = sampleScreens();
    const { data, info } = await sharp(await renderPaymentScreen(merchant!))
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    data.set([1, 18, 0, 3, 0, 0, 0, 1, 0, 6], 0);
    const png = await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } })
      .png()
      .toBuffer();
    const reading = await recognizeImage(png, 'tag.png', { pool: pool(1) });
    expect(reading.text).toContain('交易单号');
    expect(reading.text).toContain(merchant!.truth.txid);
  });
});

describe('WorkerPool', () => {
  it('gives two turns per worker and starts a worker with the first turn', async () => {
    const p = pool(1);
    expect(p.turns).toBe(2);
    const first = await p.admit();
    expect(p.size).toBe(1);
    const second = await p.admit();
    expect(p.size).toBe(1);
    let third = false;
    const waiting = p.admit().then((release) => {
      third = true;
      return release;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(third).toBe(false);
    first();
    (await waiting)();
    expect(third).toBe(true);
    second();
  });

  it('leaves no abort listener behind on a signal shared by a batch', { timeout: 120_000 }, async () => {
    const p = pool(1);
    const controller = new AbortController();
    const image = await sharp({
      create: { width: 200, height: 60, channels: 3, background: '#ffffff' },
    })
      .png()
      .toBuffer();
    for (let i = 0; i < 3; i++) await p.recognize({ image, signal: controller.signal });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});
