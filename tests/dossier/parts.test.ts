/** The smaller pieces: the ≤300-character complaint text, file-name sanitising, exhibit order, image preparation. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { fullComplaintText, shortComplaintText } from '../../core/dossier/complaintText.ts';
import { planExhibits } from '../../core/dossier/exhibitPlan.ts';
import { charCount } from '../../core/dossier/format.ts';
import { coverText } from '../../core/dossier/glyphCoverage.ts';
import { prepareImage } from '../../core/dossier/imagePrep.ts';
import { sanitizeName } from '../../core/dossier/sanitizeName.ts';
import { wechatWording } from '../../core/dossier/wording.ts';
import { makeRotatedPhoto } from './makeImages.ts';
import { buildSampleCase, FACTS } from './sampleCase.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'payproof-parts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('WeChat complaint text', () => {
  it('leaves out whole narrative sentences, never the 交易单号 or amount, to stay within 300 characters', async () => {
    const { snapshot } = await buildSampleCase(path.join(dir, 'a'), { screenshots: 0 });
    snapshot.case.narrative = '对方一再拖延发货并索要额外费用。'.repeat(60);
    const text = shortComplaintText(snapshot, wechatWording(), 3, '____');
    expect(charCount(text)).toBeLessThanOrEqual(300);
    expect(text).toContain(FACTS.txids[0]);
    expect(text).toContain(FACTS.txids[1]);
    expect(text).toContain('¥1,288.00');
    expect(text).toContain('诉求：');
    expect(text).not.toContain('…');
    expect(text).toContain('对方一再拖延发货并索要额外费用。诉求：');
    expect(fullComplaintText(snapshot, wechatWording(), 3, '____').join('')).toContain(
      '索要额外费用。对方一再拖延发货并索要额外费用。',
    );
  });

  it('stays within the limit even when the demand alone is too long, counting code points', async () => {
    const { snapshot } = await buildSampleCase(path.join(dir, 'b'), { screenshots: 0 });
    snapshot.case.demand = '𠀀'.repeat(400);
    const text = shortComplaintText(snapshot, wechatWording(), 0, '____');
    // The person's own demand is the only text ever cut (it holds no identifier), visibly.
    expect(charCount(text)).toBeLessThanOrEqual(300);
    expect(text).toContain(FACTS.txids[0]);
    expect(text).toMatch(/…$/);
  });

  it('shows blanks when there is no payment yet', async () => {
    const { snapshot } = await buildSampleCase(path.join(dir, 'c'), { screenshots: 0 });
    snapshot.payments = [];
    snapshot.case.demand = '';
    expect(shortComplaintText(snapshot, wechatWording(), 0, '____')).toContain('交易单号____');
  });
});

describe('glyph coverage', () => {
  it('drops emoji joiners and selectors, and marks what the font lacks with 〓', () => {
    const has = (cp: number): boolean => cp < 0x1f000;
    expect(coverText('好的👍🏻！\u0007❤️👨‍👩‍👧', has)).toBe('好的〓！ ❤〓〓〓');
  });
});

describe('sanitizeName', () => {
  it.each([
    ['../../etc/passwd', '_.._etc_passwd'],
    ['a\\b:c*?.png', 'a_b_c__.png'],
    ['  聊天记录 截图.png  ', '聊天记录 截图.png'],
    ['...', 'file'],
    ['trailing. ', 'trailing'],
    ['line\nbreak.txt', 'line_break.txt'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeName(input)).toBe(expected);
  });

  it('shortens very long names and keeps the extension', () => {
    const out = sanitizeName(`${'长'.repeat(200)}.jpeg`);
    expect(Array.from(out)).toHaveLength(80);
    expect(out.endsWith('.jpeg')).toBe(true);
  });
});

describe('exhibit plan', () => {
  it('orders by the document’s kind order, then capture time, and names bundle files by number', async () => {
    const { snapshot } = await buildSampleCase(path.join(dir, 'd'), { screenshots: 2 });
    const police = planExhibits(snapshot, 'police-report');
    expect(police.map((e) => e.n)).toEqual(police.map((_, i) => i + 1));
    expect(police[0]?.item.kind).toBe('payment-screenshot');
    expect(police[0]?.item.capturedAt).toBe('2025-05-18T12:01:00+08:00');
    expect(police[0]?.bundlePath).toBe('evidence/E001_账单详情.png');
    const civil = planExhibits(snapshot, 'civil');
    expect(new Set(civil.map((e) => e.item.id))).toEqual(new Set(police.map((e) => e.item.id)));
  });
});

describe('prepareImage', () => {
  it('honours EXIF orientation 6: the stored-sideways photo comes out upright, arrow on top', async () => {
    const file = path.join(dir, 'rotated.jpg');
    await makeRotatedPhoto(file);
    const stored = await sharp(file).metadata();
    expect(stored.orientation).toBe(6);
    expect(stored.width).toBeGreaterThan(stored.height ?? 0);
    const out = await prepareImage(file, { width: 400, height: 600 });
    expect(out.height).toBeGreaterThan(out.width);
    const { data, info } = await sharp(out.data).raw().toBuffer({ resolveWithObject: true });
    const redRows = (from: number, to: number): number => {
      let n = 0;
      for (let y = Math.floor(from * info.height); y < to * info.height; y++) {
        for (let x = 0; x < info.width; x++) {
          const i = (y * info.width + x) * info.channels;
          if ((data[i] as number) > 150 && (data[i + 1] as number) < 90 && (data[i + 2] as number) < 90) n++;
        }
      }
      return n;
    };
    expect(redRows(0, 0.35)).toBeGreaterThan(500);
    expect(redRows(0.5, 1)).toBe(0);
  });

  it('downscales a huge screenshot to print resolution, and never enlarges a small one', async () => {
    const big = path.join(dir, 'big.png');
    await sharp({ create: { width: 1170, height: 2532, channels: 4, background: '#eeeeee' } })
      .png()
      .toFile(big);
    const out = await prepareImage(big, { width: 442, height: 560 });
    expect(out.height).toBe(Math.round((560 / 72) * 200));
    const small = path.join(dir, 'small.png');
    await sharp({ create: { width: 120, height: 80, channels: 3, background: '#ff0000' } })
      .png()
      .toFile(small);
    expect(await prepareImage(small, { width: 442, height: 560 })).toMatchObject({ width: 120, height: 80 });
  });
});
