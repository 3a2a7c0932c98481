/**
 * The exhibits: each picture on its own page, fitted to the page, under its exhibit number and
 * above a caption with what it is, when it was captured and its SHA-256; files that cannot be
 * printed (recordings, bill exports, chat backups, undecodable images) are listed with their hash
 * and their place in the bundle. Pictures are prepared a few at a time (see imagePrep.ts).
 */
import type { DossierContext } from '../context.ts';
import type { Exhibit } from '../exhibitPlan.ts';
import { beijingTime, fileSize, fill } from '../format.ts';
import { prefetchImages, type PreparedImage } from '../imagePrep.ts';
import { A4, MARGINS, SIZE, type Typesetter } from '../typesetter.ts';
import { kindName } from './evidenceIndex.ts';

type Outline = Typesetter['outline'];

const HEADER_H = 30;
const CAPTION_LINES = 8;
const CAPTION_LINE_H = 14;
const GAP = 8;
/** Small pictures are not blown up past ~100 dpi: a 400 px image stays ~10 cm wide, not blurry. */
const MAX_PT_PER_PX = 72 / 100;

export const IMAGE_BOX = {
  width: A4.width - MARGINS.left - MARGINS.right,
  height: A4.height - MARGINS.top - MARGINS.bottom - HEADER_H - CAPTION_LINES * CAPTION_LINE_H - 2 * GAP,
};

function captionLines(ctx: DossierContext, ex: Exhibit, extra?: string): string[] {
  const c = ctx.common.exhibits.caption;
  const it = ex.item;
  const source = ctx.common.exhibits.capturedAtSources[it.capturedAtSource ?? 'unknown'] ?? '';
  const lines = [
    fill(c.title ?? '', { value: it.title || it.originalName }),
    it.description ? fill(c.description ?? '', { value: it.description }) : '',
    fill(c.originalName ?? '', { value: `${it.originalName}（${it.mime}，${fileSize(it.size)}）` }),
    it.capturedAt ? fill(c.capturedAt ?? '', { value: beijingTime(it.capturedAt), source }) : '',
    fill(c.addedAt ?? '', { value: beijingTime(it.addedAt) }),
    fill(c.sha256 ?? '', { value: it.sha256 }),
    fill(c.bundlePath ?? '', { value: ex.bundlePath }),
    extra ?? '',
  ];
  return lines.filter(Boolean);
}

function drawCaption(ts: Typesetter, lines: readonly string[], y: number): number {
  for (const line of lines) {
    ts.use(SIZE.caption).doc.text(line, ts.left, y, {
      width: ts.width,
      height: CAPTION_LINE_H * 2,
      ellipsis: true,
      lineGap: 1.5,
    });
    y = ts.doc.y + 1;
  }
  return y;
}

function header(ctx: DossierContext, ex: Exhibit, parent: Outline): void {
  const { ts } = ctx;
  const text = fill(ctx.common.exhibits.header, { n: ex.n, kind: kindName(ex.item.kind) });
  parent.addItem(
    `${fill(ctx.common.evidenceIndex.exhibitLabel, { n: ex.n })}　${ex.item.title || ex.item.originalName}`,
  );
  ctx.exhibitPages.set(ex.n, ts.pageIndex);
  ts.use(SIZE.heading, true).doc.text(text, ts.left, ts.doc.y, {
    width: ts.width,
    continued: false,
    lineBreak: false,
  });
  const of = fill(ctx.common.exhibits.of, { total: ctx.exhibits.length });
  ts.use(SIZE.caption).doc.text(of, ts.left, ts.doc.y - SIZE.caption * 1.6, {
    width: ts.width,
    align: 'right',
    lineBreak: false,
  });
  ts.doc.y = MARGINS.top + HEADER_H;
}

/** One picture on the page just opened. */
function imagePage(ctx: DossierContext, ex: Exhibit, image: PreparedImage, parent: Outline): void {
  const { ts } = ctx;
  header(ctx, ex, parent);
  const top = ts.doc.y;
  const scale = Math.min(IMAGE_BOX.width / image.width, IMAGE_BOX.height / image.height, MAX_PT_PER_PX * 2);
  const w = image.width * scale;
  const h = image.height * scale;
  const x = ts.left + (IMAGE_BOX.width - w) / 2;
  ts.doc.image(image.data, x, top, { width: w, height: h });
  ts.doc.save().lineWidth(0.5).strokeColor('#999999').rect(x, top, w, h).stroke().restore();
  drawCaption(ts, captionLines(ctx, ex), top + h + GAP);
}

function listingBlock(ctx: DossierContext, ex: Exhibit, parent: Outline, reason?: string): void {
  const { ts } = ctx;
  const lines = captionLines(ctx, ex, reason ? fill(ctx.common.exhibits.undecodable, { reason }) : undefined);
  ts.ensure(HEADER_H + lines.length * CAPTION_LINE_H * 1.3 + GAP);
  const text = fill(ctx.common.exhibits.header, { n: ex.n, kind: kindName(ex.item.kind) });
  parent.addItem(
    `${fill(ctx.common.evidenceIndex.exhibitLabel, { n: ex.n })}　${ex.item.title || ex.item.originalName}`,
  );
  ctx.exhibitPages.set(ex.n, ts.pageIndex);
  ts.use(SIZE.subheading, true).doc.text(text, ts.left, ts.doc.y, { width: ts.width });
  ts.doc.y = drawCaption(ts, lines, ts.doc.y + 2) + GAP;
  ts.rule(2);
}

export async function exhibitsSection(ctx: DossierContext): Promise<void> {
  const { ts } = ctx;
  if (!ctx.exhibits.length) return;
  let parent: Outline | null = null;
  // The "证据附件" bookmark is made on the first exhibit page, so it points there.
  const group = (): Outline => (parent ??= ts.outline.addItem(ctx.common.exhibits.heading));
  let listing = false;
  let done = 0;
  const images = prefetchImages(
    ctx.exhibits,
    (ex) => (ex.drawable ? ctx.objectPath(ex.item.sha256) : null),
    IMAGE_BOX,
    3,
    ctx.signal,
  );
  for await (const prepared of images) {
    ctx.signal?.throwIfAborted();
    const ex = prepared.item;
    if ('image' in prepared) {
      listing = false;
      ts.newPage();
      imagePage(ctx, ex, prepared.image, group());
    } else {
      if (!listing) {
        ts.newPage();
        group();
        ts.heading(ctx.common.exhibits.nonImageHeading, { bookmark: false });
        ts.paragraph(ctx.common.exhibits.nonImageNote, { size: SIZE.caption, indent: false, gapAfter: 8 });
        listing = true;
      }
      listingBlock(ctx, ex, group(), 'error' in prepared ? prepared.error : ex.problem);
    }
    ctx.onProgress?.({ phase: 'exhibits', done: ++done, total: ctx.exhibits.length });
  }
}
