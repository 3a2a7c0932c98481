/**
 * Real image files for dossier tests and the benchmark, made with sharp: phone-style chat
 * screenshots (text, bubbles, an avatar and a photo inset, like the screenshots people keep) and
 * camera-style JPEGs carrying an EXIF orientation.
 */
import sharp from 'sharp';

const LINES = [
  '您好，请问这件商品还有货吗？',
  '有的亲，付款后24小时内发货',
  '好的，我已经付款了，交易单号发您了',
  '收到，马上给您安排发货',
  '三天了还没有物流信息，请问怎么回事？',
  '仓库在处理，请耐心等待',
  '我要求退款，请原路退回',
  '对方已将你拉黑，消息已发出但被对方拒收',
];

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An SVG chat screen; `seed` varies the text so no two screenshots are the same picture. */
function chatSvg(width: number, height: number, seed: number, caption: string): string {
  const s = width / 1170;
  const parts: string[] = [
    `<rect width="${width}" height="${height}" fill="#ededed"/>`,
    `<rect width="${width}" height="${220 * s}" fill="#f7f7f7"/>`,
    `<text x="${40 * s}" y="${70 * s}" font-size="${40 * s}" font-family="Noto Sans CJK SC" fill="#111">${12 + (seed % 12)}:${String(10 + (seed % 50)).padStart(2, '0')}</text>`,
    `<text x="${width / 2}" y="${170 * s}" font-size="${50 * s}" text-anchor="middle" font-family="Noto Sans CJK SC" fill="#111">${escapeXml(caption)}</text>`,
  ];
  let y = 300 * s;
  for (let i = 0; y < height - 300 * s; i++) {
    const mine = (i + seed) % 2 === 0;
    const text = `${LINES[(i + seed) % LINES.length]} #${seed}-${i}`;
    const w = Math.min(width - 360 * s, (text.length * 50 + 80) * s);
    const x = mine ? width - 170 * s - w : 170 * s;
    parts.push(
      `<rect x="${mine ? width - 140 * s : 30 * s}" y="${y}" width="${110 * s}" height="${110 * s}" rx="${12 * s}" fill="${mine ? '#5b8def' : '#e8a33d'}"/>`,
    );
    parts.push(
      `<rect x="${x}" y="${y}" width="${w}" height="${120 * s}" rx="${16 * s}" fill="${mine ? '#95ec69' : '#ffffff'}"/>`,
    );
    parts.push(
      `<text x="${x + 40 * s}" y="${y + 76 * s}" font-size="${46 * s}" font-family="Noto Sans CJK SC" fill="#111">${escapeXml(text)}</text>`,
    );
    y += 190 * s;
    if (i === 3) y += 700 * s; // room for the photo inset
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${parts.join('')}</svg>`;
}

/** A photo-like inset: smooth colour gradients plus sensor-style noise (what makes real PNGs big). */
async function photoInset(width: number, height: number, seed: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  let r = seed * 2654435761;
  for (let yy = 0; yy < height; yy++) {
    for (let xx = 0; xx < width; xx++) {
      r = (r * 1103515245 + 12345) >>> 0;
      const n = (r >>> 24) % 24;
      const i = (yy * width + xx) * 3;
      raw[i] = (120 + Math.round(100 * Math.sin((xx + seed * 7) / 90)) + n) & 255;
      raw[i + 1] = (110 + Math.round(80 * Math.cos(yy / 70)) + n) & 255;
      raw[i + 2] = (90 + ((xx + yy) >> 3) + n) & 255;
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

export async function makeChatScreenshot(
  file: string,
  opts: { width?: number; height?: number; seed?: number; caption?: string } = {},
): Promise<void> {
  const width = opts.width ?? 1170;
  const height = opts.height ?? 2532;
  const seed = opts.seed ?? 1;
  const s = width / 1170;
  const inset = await photoInset(Math.round(640 * s), Math.round(600 * s), seed);
  await sharp(Buffer.from(chatSvg(width, height, seed, opts.caption ?? '聊天记录')))
    .composite([{ input: inset, left: Math.round(170 * s), top: Math.round(1080 * s) }])
    .png()
    .toFile(file);
}

/**
 * A camera-style JPEG stored sideways with EXIF orientation 6 (rotate 90° clockwise to view):
 * the picture shows an arrow and text that read upright only when the orientation is honoured.
 */
export async function makeRotatedPhoto(file: string, text = '收据 RECEIPT ↑'): Promise<void> {
  // Draw the upright picture (portrait 600×800), then store it rotated 90° counter-clockwise with
  // orientation 6, as a phone held upright writes it.
  const upright = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800"><rect width="600" height="800" fill="#fffbe6"/>` +
      `<polygon points="300,60 200,220 400,220" fill="#c0392b"/>` +
      `<text x="300" y="420" font-size="64" text-anchor="middle" font-family="Noto Sans CJK SC" fill="#111">${escapeXml(text)}</text>` +
      `<rect x="40" y="700" width="520" height="60" fill="#2c3e50"/></svg>`,
  );
  const uprightPng = await sharp(upright).png().toBuffer();
  await sharp(uprightPng).rotate(-90).jpeg({ quality: 90 }).withMetadata({ orientation: 6 }).toFile(file);
}

export async function makeSmallPng(file: string, color: string, label: string): Promise<void> {
  await sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="${color}"/>` +
        `<text x="200" y="160" font-size="36" text-anchor="middle" font-family="Noto Sans CJK SC" fill="#000">${escapeXml(label)}</text></svg>`,
    ),
  )
    .png()
    .toFile(file);
}
