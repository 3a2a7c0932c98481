/**
 * The part of the screenshot a value was read from, cut out in the page: the original (served by the
 * host, the same URL the preview uses) inside a small clipping box, scaled and shifted so the word box
 * fills it. No canvas, so nothing is decoded twice and an Electron vault:// image needs no CORS.
 */
import type { Box } from '../../../core/ocr/types.ts';

const PAD = 6;

interface Props {
  url: string;
  box: Box;
  /** Size of the original image (the boxes are in its pixels). */
  width: number;
  height: number;
  label: string;
  maxWidth?: number;
  maxHeight?: number;
}

export function FieldCrop({ url, box, width, height, label, maxWidth = 240, maxHeight = 34 }: Props) {
  const x0 = Math.max(0, box.x0 - PAD);
  const y0 = Math.max(0, box.y0 - PAD);
  const x1 = Math.min(width, box.x1 + PAD);
  const y1 = Math.min(height, box.y1 + PAD);
  const w = Math.max(1, x1 - x0);
  const h = Math.max(1, y1 - y0);
  const scale = Math.min(maxHeight / h, maxWidth / w, 2);
  return (
    <span
      className="field-crop"
      role="img"
      aria-label={label}
      title={label}
      data-testid="field-crop"
      style={{ width: Math.round(w * scale), height: Math.round(h * scale) }}
    >
      <img
        src={url}
        alt=""
        draggable={false}
        style={{
          width: Math.round(width * scale),
          height: Math.round(height * scale),
          left: -Math.round(x0 * scale),
          top: -Math.round(y0 * scale),
        }}
      />
    </span>
  );
}
