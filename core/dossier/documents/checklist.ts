/**
 * 核对单 (printable): the person's own list, never filed — the next step, what each paper carries as a
 * blank (and where in PayProof to fill it), what each route still lacks, the clocks with their own
 * sources, warnings, tips for filing, and what a paper left out on purpose.
 */
import { toBeijingIso } from '../../beijingTime.ts';
import type { ChecklistResult } from '../checklist/buildChecklist.ts';
import type { DossierContext } from '../context.ts';
import { beijingTime, fill } from '../format.ts';
import { SIZE } from '../typesetter.ts';
import { checklistWording, commonWording } from '../wording.ts';
import { documentHead } from './documentHead.ts';

export function checklistTitle(): string {
  return checklistWording().title;
}

/** Where in PayProof a blank's field is entered, in words. */
export function fieldPlace(field: string): string {
  const f = commonWording().fields;
  const [scope, name = ''] = field.split('.');
  const what = f[name] ?? name;
  if (scope === 'profile') return `本人信息 → ${what}`;
  if (scope === 'case') return `案件信息 → ${what}`;
  if (scope?.startsWith('counterparty')) return `对方信息 → ${what}`;
  if (scope?.startsWith('payment')) return `交易记录 → ${what}`;
  return what;
}

function routeName(r: ChecklistResult, id: string): string {
  return r.routes.find((x) => x.route === id)?.name ?? id;
}

export async function checklistBody(ctx: DossierContext): Promise<void> {
  const w = checklistWording();
  const t = w.texts;
  const { ts } = ctx;
  // Loaded here, not at the top: buildChecklist lays out every other paper, so it imports the
  // registry that imports this file. A static import closes that cycle, and two callers importing
  // its ends at once (dossier.generate and dossier.checklist in one second) wait on each other for
  // ever in Vitest's module runner; tests/architecture/importCycles.test.ts keeps core/ acyclic.
  const { buildChecklist } = await import('../checklist/buildChecklist.ts');
  const r = await buildChecklist(ctx.snapshot, ctx.at);
  documentHead(ctx, w.title);
  ts.paragraph(fill(w.intro, { at: beijingTime(toBeijingIso(ctx.at)) }), {
    size: SIZE.caption,
    indent: false,
  });

  if (r.next) {
    ts.heading(w.sections.next ?? '');
    ts.paragraph(`${r.next.action}（${r.next.why}）`);
    if (r.next.hotlines.length)
      ts.paragraph(fill(t['hotlines'] ?? '', { numbers: r.next.hotlines.join('、') }), { indent: false });
    if (r.next.then.length)
      ts.paragraph(fill(t['then'] ?? '', { steps: r.next.then.map((id) => routeName(r, id)).join(' → ') }), {
        indent: false,
      });
  }
  if (r.notices.length) {
    ts.heading(w.sections.warnings ?? '');
    for (const n of r.notices) ts.hanging('•', n);
  }

  ts.heading(w.sections.blanks ?? '');
  for (const paper of r.papers) {
    ts.subheading(fill(t['paper'] ?? '', { title: paper.title }));
    if (!paper.blanks.length) ts.paragraph(t['noBlanks'] ?? '', { indent: false });
    for (const b of paper.blanks)
      ts.hanging(
        '□',
        `${b.label}${b.field ? fill(t['blankFillIn'] ?? '', { field: fieldPlace(b.field) }) : (t['blankByHand'] ?? '')}`,
      );
  }

  if (r.rulesError) ts.paragraph(fill(t['unavailable'] ?? '', { reason: r.rulesError }));
  ts.heading(w.sections.routes ?? '');
  for (const route of r.routes) {
    ts.subheading(fill(t['route'] ?? '', { name: route.name }));
    ts.paragraph(
      route.satisfied
        ? (t['satisfied'] ?? '')
        : fill(t['notSatisfied'] ?? '', { present: route.present, missing: route.missing.length }),
      { indent: false },
    );
    for (const m of route.missing)
      ts.hanging('•', fill(t['missingItem'] ?? '', { label: m.label, howTo: m.howTo }));
  }
  if (r.deadlines.length) {
    ts.heading(w.sections.deadlines ?? '');
    for (const d of r.deadlines)
      ts.hanging(
        '•',
        fill(t['deadline'] ?? '', {
          label: d.label,
          date: beijingTime(d.date),
          workingDays: d.workingDays !== null ? fill(t['workingDays'] ?? '', { n: d.workingDays }) : '',
          passed: d.passed ? (t['passed'] ?? '') : '',
          source: d.source,
        }),
      );
  }
  if (r.warnings.length) {
    ts.heading(`${w.sections.warnings ?? ''}（规则）`);
    for (const x of r.warnings)
      ts.hanging('•', fill(t['warning'] ?? '', { message: x.message, source: x.source }));
  }
  ts.heading(w.sections.tips ?? '');
  for (const paper of r.papers) {
    if (!paper.tips.length) continue;
    ts.subheading(fill(t['paper'] ?? '', { title: paper.title }));
    for (const tip of paper.tips) ts.hanging('•', tip);
  }
}
