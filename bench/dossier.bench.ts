/**
 * Dossier PDF vs img2pdf on the same phone screenshots, in the same run.
 * Run: npx tsx bench/dossier.bench.ts [count=100]
 *
 * Generates `count` 1170×2532 chat-screenshot PNGs (cached in bench/out/dossier-images/), then:
 *  - img2pdf on them (wall time of the process, output size, peak RSS via /usr/bin/time);
 *  - our police report with them as exhibits, in a fresh process (render time, size, peak RSS);
 *  - the same at half and double the count, to show peak memory does not grow with exhibits.
 * Targets: time ≤ 2× img2pdf, PDF no larger than img2pdf's, flat memory. Exits 1 when missed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { makeChatScreenshot } from '../tests/dossier/makeImages.ts';

const COUNT = Number(process.argv[2] ?? 100);
const root = fileURLToPath(new URL('..', import.meta.url));
const out = path.join(root, 'bench', 'out');
const imagesDir = path.join(out, 'dossier-images');

async function ensureImages(n: number): Promise<string[]> {
  mkdirSync(imagesDir, { recursive: true });
  let files = readdirSync(imagesDir).filter((f) => f.endsWith('.png'));
  for (let i = files.length; i < n; i++) {
    // Phone screenshots are opaque RGB PNGs: flatten the SVG's alpha away, as a phone would.
    const tmp = path.join(imagesDir, `tmp-${i}.png.part`);
    await makeChatScreenshot(tmp, { seed: i + 1, caption: `聊天记录 ${i + 1}` });
    const rgb = await sharp(tmp).flatten({ background: '#ffffff' }).png().toBuffer();
    const hash = createHash('sha256').update(rgb).digest('hex');
    await sharp(rgb).toFile(path.join(imagesDir, `${hash}.png`));
    renameSync(tmp, path.join(out, 'last-svg.png'));
    process.stdout.write(`\rgenerated ${i + 1}/${n}`);
  }
  if (files.length < n) process.stdout.write('\n');
  files = readdirSync(imagesDir)
    .filter((f) => f.endsWith('.png'))
    .sort();
  return files.slice(0, n).map((f) => path.join(imagesDir, f));
}

interface Run {
  ms: number;
  bytes: number;
  maxRssKB: number;
  pages?: number;
}

function timeImg2pdf(images: string[], pdf: string): Run {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', 'img2pdf', '-o', pdf, ...images], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`img2pdf failed: ${r.stderr}`);
  const maxRssKB = Number(r.stderr.trim().split('\n').pop());
  return { ms, bytes: statSync(pdf).size, maxRssKB };
}

function runDossier(count: number, pdf: string): Run {
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const line = execFileSync(tsx, [path.join(root, 'bench', 'dossierRun.ts'), imagesDir, String(count), pdf], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop() as string;
  return JSON.parse(line) as Run;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const images = await ensureImages(COUNT);
const totalInput = images.reduce((s, f) => s + statSync(f).size, 0);
console.log(`${COUNT} screenshots 1170×2532 PNG, ${mb(totalInput)} in all`);

// Warm the page cache for both contenders alike.
for (const f of images) readFileSync(f);

const base = timeImg2pdf(images, path.join(out, 'img2pdf.pdf'));
const ours = runDossier(COUNT, path.join(out, 'dossier.pdf'));
const half = runDossier(Math.max(1, Math.floor(COUNT / 2)), path.join(out, 'dossier-half.pdf'));
const double = runDossier(COUNT * 2, path.join(out, 'dossier-double.pdf'));

const timeRatio = ours.ms / base.ms;
const sizeRatio = ours.bytes / base.bytes;
const rows = [
  ['img2pdf', COUNT, base.ms, base.bytes, base.maxRssKB, '—'],
  ['dossier', COUNT, ours.ms, ours.bytes, ours.maxRssKB, ours.pages],
  ['dossier', Math.floor(COUNT / 2), half.ms, half.bytes, half.maxRssKB, half.pages],
  ['dossier', COUNT * 2, double.ms, double.bytes, double.maxRssKB, double.pages],
] as const;
console.log('\nwho       images   time ms    PDF size   peak RSS   pages');
for (const [who, n, ms, bytes, rss, pages] of rows) {
  console.log(
    `${who.padEnd(9)} ${String(n).padStart(6)} ${ms.toFixed(0).padStart(9)} ${mb(bytes).padStart(10)} ${mb(rss * 1024).padStart(10)} ${String(pages).padStart(7)}`,
  );
}
const growth = double.maxRssKB / half.maxRssKB;
console.log(`\ntime ratio dossier/img2pdf: ${timeRatio.toFixed(2)} (target ≤ 2)`);
console.log(`size ratio dossier/img2pdf: ${sizeRatio.toFixed(2)} (target ≤ 1)`);
console.log(`peak RSS ${Math.floor(COUNT / 2)} → ${COUNT * 2} exhibits: ×${growth.toFixed(2)} (flat ≈ 1)`);
console.log(
  '(dossier time is the render inside its process: font loading included, tsx start-up not; img2pdf time is its whole process.)',
);
if (!existsSync(path.join(out, 'dossier.pdf'))) process.exit(1);
process.exitCode = timeRatio <= 2 && sizeRatio <= 1 && growth < 1.5 ? 0 : 1;
