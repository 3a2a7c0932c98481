/** Chat excerpts made printable: every character the font cannot draw replaced (the vault keeps the exact text). */
import type { ChatExcerptPrint } from '../../db/queries/chatExcerpts.ts';
import { coverText, type HasGlyph } from './glyphCoverage.ts';

export function printableExcerpts(excerpts: readonly ChatExcerptPrint[], has: HasGlyph): ChatExcerptPrint[] {
  const c = (s: string) => coverText(s, has);
  const n = (s: string | null) => (s === null ? null : c(s));
  return excerpts.map((x) => ({
    ...x,
    title: c(x.title),
    file: c(x.file),
    senders: x.senders.map((s) => ({ ...s, sender: c(s.sender), senderId: n(s.senderId) })),
    messages: x.messages.map((m) => ({
      ...m,
      sender: c(m.sender),
      senderId: n(m.senderId),
      text: c(m.text),
      memo: n(m.memo),
      transcript: n(m.transcript),
    })),
  }));
}
