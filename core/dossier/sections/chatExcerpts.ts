/**
 * The 聊天记录 exhibits: one per excerpt the person chose, right after the exhibits, each naming the
 * chat-backup exhibit it comes from (证据N之k). Complete and in order — every message of the range as
 * the export has it, with time, name and 微信号, transfer lines and voice transcripts — and honest about
 * the rest: what lies before and after the range is counted ("……此处省略 N 条……"). The source file's
 * SHA-256 and the note that the original phone is kept close each one. Wording: templates/documents/chat-excerpt.json.
 */
import wording from '../../../templates/documents/chat-excerpt.json' with { type: 'json' };
import type { ChatExcerptPrint } from '../../../db/queries/chatExcerpts.ts';
import type { StoredChatMessage } from '../../../db/queries/chats.ts';
import { formatFen } from '../../money.ts';
import type { DossierContext } from '../context.ts';
import { beijingTime, fill } from '../format.ts';
import { SIZE } from '../typesetter.ts';

const yuan = (fen: number | null) => (fen === null ? wording.amountUnknown : `¥${formatFen(fen)}`);

/** The body line(s) of one message as the paper prints it. */
export function messageBody(m: StoredChatMessage): string {
  if (m.kind === 'transfer') {
    const dir = m.transferDirection ? wording.transferDirections[m.transferDirection] : '';
    const memo = m.memo ? fill(wording.transferMemo, { memo: m.memo }) : '';
    return fill(wording.transfer, { amount: yuan(m.amountFen), direction: dir, memo });
  }
  if (m.kind === 'red-packet') return fill(wording.redPacket, { amount: yuan(m.amountFen) });
  if (m.kind === 'voice')
    return m.transcript ? fill(wording.voiceTranscript, { text: m.transcript }) : wording.voiceUntranscribed;
  return m.text.length > 0 ? m.text : wording.empty;
}

function people(x: ChatExcerptPrint): string {
  return x.senders
    .filter((s) => s.sender !== '' || s.senderId !== null) // system notices have no sender
    .map((s) => {
      const base = s.senderId
        ? fill(wording.person, { name: s.sender, wxid: s.senderId })
        : fill(wording.personNoId, { name: s.sender });
      return s.fromMe ? `${base}${wording.meSuffix}` : base;
    })
    .join('；');
}

function excerptPages(ctx: DossierContext, x: ChatExcerptPrint, n: number, k: number): void {
  const { ts } = ctx;
  ts.newPage();
  const titleSuffix = x.title ? `：${x.title}` : '';
  ts.outline.addItem(fill(wording.bookmark, { n, k, title: titleSuffix }));
  ts.heading(fill(wording.heading, { n, k }), { bookmark: false });
  const first = x.messages[0];
  const last = x.messages[x.messages.length - 1];
  const meta = [
    fill(wording.source, { file: x.file, format: x.format, n }),
    fill(wording.sha256, { sha256: x.sha256 }),
    fill(wording.people, { people: people(x) }),
    fill(wording.range, {
      first: x.firstSeq + 1,
      last: x.firstSeq + x.messages.length,
      total: x.total,
      from: first ? beijingTime(first.time) : '',
      to: last ? beijingTime(last.time) : '',
    }),
  ];
  for (const line of meta) ts.paragraph(line, { size: SIZE.caption, indent: false, gapAfter: 1 });
  ts.rule(4);
  if (x.omittedBefore > 0) omitted(ctx, x.omittedBefore, wording.omittedStart);
  for (const m of x.messages) {
    const name = m.fromMe ? fill(wording.meName, { name: m.sender }) : m.sender;
    const who = m.senderId && !m.fromMe ? `${name}（${m.senderId}）` : name;
    ts.paragraph(fill(wording.messageHead, { time: beijingTime(m.time), name: who }), {
      size: SIZE.caption,
      indent: false,
      bold: true,
      gapAfter: 0,
    });
    ts.paragraph(messageBody(m), { size: SIZE.table, indent: false, gapAfter: 4 });
  }
  if (x.omittedAfter > 0) omitted(ctx, x.omittedAfter, wording.omittedEnd);
  ts.rule(4);
  ts.paragraph(wording.originalKept, { size: SIZE.caption, indent: false });
}

function omitted(ctx: DossierContext, count: number, where: string): void {
  ctx.ts.paragraph(fill(wording.omitted, { count }), {
    size: SIZE.table,
    indent: false,
    align: 'center',
    gapAfter: 0,
  });
  ctx.ts.paragraph(fill(where, { count }), {
    size: SIZE.caption,
    indent: false,
    align: 'center',
    gapAfter: 6,
  });
}

export function chatExcerptsSection(ctx: DossierContext): void {
  const perEvidence = new Map<number, number>();
  for (const ex of ctx.exhibits) {
    for (const x of ex.chatExcerpts ?? []) {
      ctx.signal?.throwIfAborted();
      const k = (perEvidence.get(ex.n) ?? 0) + 1;
      perEvidence.set(ex.n, k);
      excerptPages(ctx, x, ex.n, k);
    }
  }
}
