/**
 * People type emoji and odd symbols into narratives and nicknames; Source Han Sans has no glyph for
 * them, and a missing glyph would print as an empty box (and, drawn as .notdef, break PDF/A).
 * Before layout, every string of the case is passed through the font's coverage: emoji joiners,
 * variation selectors and skin-tone modifiers are dropped, anything else the font lacks becomes 〓 (the geta mark, the
 * typesetter's conventional stand-in for a missing character). The originals in the vault and the
 * bundle's manifest keep the exact text.
 */
import type { CaseSnapshot } from '../domain/types.ts';

export const MISSING_GLYPH = '〓';
// Zero-width joiner, variation selectors, emoji skin-tone modifiers, tag characters: they modify a
// neighbour and have no look of their own.
const INVISIBLE = /[\u200d\ufe00-\ufe0f]|\ud83c[\udffb-\udfff]|\udb40[\udc00-\udc7f\udd00-\uddef]/g;
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/g;

export type HasGlyph = (codePoint: number) => boolean;

export function coverText(text: string, has: HasGlyph): string {
  let out = '';
  for (const ch of text.replace(INVISIBLE, '').replace(CONTROL, ' ')) {
    const cp = ch.codePointAt(0) as number;
    out += ch === '\n' || ch === ' ' || has(cp) ? ch : MISSING_GLYPH;
  }
  return out;
}

function cover<T>(value: T, has: HasGlyph): T {
  if (typeof value === 'string') return coverText(value, has) as T;
  if (Array.isArray(value)) return value.map((v) => cover(v, has)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cover(v, has)])) as T;
  }
  return value;
}

/** The snapshot with every string made printable in the embedded font. Hashes and ids are ASCII and pass unchanged. */
export function coverSnapshot(snapshot: CaseSnapshot, has: HasGlyph): CaseSnapshot {
  return cover(snapshot, has);
}

/** A memoised coverage test over a fontkit font (what pdfkit keeps as `_font.font`). */
export function fontCoverage(font: { hasGlyphForCodePoint(cp: number): boolean }): HasGlyph {
  const seen = new Map<number, boolean>();
  return (cp) => {
    let hit = seen.get(cp);
    if (hit === undefined) {
      hit = font.hasGlyphForCodePoint(cp);
      seen.set(cp, hit);
    }
    return hit;
  };
}
