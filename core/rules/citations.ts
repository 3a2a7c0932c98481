/** Turns the pack's source references into what the user sees beside a rule. */
import type { SourceCitation } from './types.ts';
import type { PackIndex } from './packIndex.ts';
import type { SourceRef } from './packSchema.ts';

export function cite(index: PackIndex, refs: readonly SourceRef[]): SourceCitation[] {
  return refs.map((r) => {
    const s = index.source.get(r.ref);
    if (!s) throw new Error(`unknown source "${r.ref}"`); // the loader already rejects this
    return {
      id: s.id,
      kind: s.kind,
      title: s.title,
      ...(r.section ? { section: r.section } : {}),
      ...((r.note ?? s.note) ? { note: r.note ?? s.note } : {}),
      ...(s.supersededBy ? { supersededBy: s.supersededBy } : {}),
    };
  });
}

/** "指南 Guide (2025) §2.2; 消费者权益保护法 第55条" */
export function citationText(index: PackIndex, refs: readonly SourceRef[]): string {
  return refs
    .map((r) => {
      const s = index.source.get(r.ref);
      const short = s?.short ?? r.ref;
      const replaced = s?.supersededBy ? index.source.get(s.supersededBy)?.short : undefined;
      return `${short}${r.section ? ` ${r.section}` : ''}${replaced ? ` → ${replaced}` : ''}`;
    })
    .join('; ');
}
