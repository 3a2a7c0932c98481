/**
 * Which evidence becomes which exhibit: one numbering shared by the PDF (证据1, 证据2…), the bundle
 * (evidence/E001_…) and the manifest, so the three always agree. The order is the document's own
 * (templates/documents/*.json exhibitKindOrder: what that reader wants to see first), then time.
 */
import type { CaseSnapshot, EvidenceItem } from '../domain/types.ts';
import type { ChatExcerptPrint } from '../../db/queries/chatExcerpts.ts';
import { isPaperKind, type DocKind } from './types.ts';
import { docWording } from './wording.ts';
import { sanitizeName } from './sanitizeName.ts';

export interface Exhibit {
  n: number;
  item: EvidenceItem;
  /** Path inside the bundle, always under evidence/. */
  bundlePath: string;
  /** Worth trying to draw as a picture; decoding may still fail, then it is listed like a file. */
  drawable: boolean;
  /** Why a picture could not be drawn (unreadable or unsupported), printed beside its listing. */
  problem?: string;
  /** A chat backup's excerpts the person chose: each is printed as 聊天记录 exhibit 证据N之k. */
  chatExcerpts?: ChatExcerptPrint[];
}

const DRAWABLE = new Set([
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/tiff',
  'image/avif',
  'image/heic',
  'image/heif',
]);

export function isDrawable(mime: string): boolean {
  return DRAWABLE.has(mime.toLowerCase());
}

/** The exhibits of a paper, in its order; the 止付信息表 and the 核对单 carry none. */
export function planExhibits(
  snapshot: CaseSnapshot,
  doc: DocKind,
  chatExcerpts: readonly ChatExcerptPrint[] = [],
): Exhibit[] {
  if (!isPaperKind(doc)) return [];
  const order = docWording(doc).exhibitKindOrder;
  const rank = (kind: string): number => {
    const i = order.indexOf(kind);
    return i === -1 ? order.length : i;
  };
  const when = (e: EvidenceItem): string => e.capturedAt ?? e.addedAt;
  const sorted = [...snapshot.evidence].sort(
    (a, b) => rank(a.kind) - rank(b.kind) || Date.parse(when(a)) - Date.parse(when(b)) || a.id - b.id,
  );
  return sorted.map((item, i) => {
    const n = i + 1;
    const excerpts = chatExcerpts.filter((x) => x.evidenceId === item.id);
    return {
      n,
      item,
      bundlePath: `evidence/E${String(n).padStart(3, '0')}_${sanitizeName(item.originalName || item.title || 'file')}`,
      drawable: isDrawable(item.mime),
      ...(excerpts.length > 0 ? { chatExcerpts: excerpts } : {}),
    };
  });
}
