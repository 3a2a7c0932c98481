/**
 * The last page: what the rules engine (core/rules) says about this case for the route the document
 * serves — requirements met or missing with how to get them, the clocks, warnings, the next step.
 */
import type { RouteCheck } from '../../rules/types.ts';
import type { DossierContext } from '../context.ts';
import { beijingTime, fill } from '../format.ts';
import { SIZE } from '../typesetter.ts';
import { docWording } from '../wording.ts';

function routeBlock(ctx: DossierContext, r: RouteCheck): void {
  const { ts } = ctx;
  const w = ctx.common.rulesSummary;
  ts.subheading(fill(w.route ?? '', { route: `${r.name.zh}（${r.route}）` }));
  ts.field(
    w.satisfiedLabel ?? '',
    `${r.satisfied ? w.yes : w.no}；${fill(w.score ?? '', { value: `${Math.round(r.score * 100)}%` })}`,
  );
  if (r.missing.length) {
    ts.paragraph(w.missingHeading ?? '', { indent: false, bold: true });
    for (const m of r.missing)
      ts.hanging('•', fill(w.missingItem ?? '', { kind: m.label.zh, howTo: m.howTo.zh }));
  } else {
    ts.paragraph(w.noMissing ?? '', { indent: false });
  }
  if (r.deadlines.length) {
    ts.paragraph(w.deadlinesHeading ?? '', { indent: false, bold: true });
    for (const d of r.deadlines) {
      const days = d.workingDays != null ? fill(w.workingDays ?? '', { n: d.workingDays }) : '';
      const passed = d.passed ? w.passed : '';
      ts.hanging(
        '•',
        `${fill(w.deadline ?? '', { id: d.label.zh, date: beijingTime(d.date) })}${days}${passed ?? ''}`,
      );
    }
  }
  if (r.warnings.length) {
    ts.paragraph(w.warningsHeading ?? '', { indent: false, bold: true });
    for (const warning of r.warnings) ts.hanging('•', warning.message.zh);
  }
  ts.paragraph(fill(w.source ?? '', { source: r.source }), {
    indent: false,
    size: SIZE.caption,
    gapAfter: 8,
  });
}

export function rulesSummarySection(ctx: DossierContext): void {
  const { ts } = ctx;
  const w = ctx.common.rulesSummary;
  ts.newPage();
  ts.heading(w.heading ?? '');
  if ('error' in ctx.rules) {
    ts.paragraph(fill(w.unavailable ?? '', { reason: ctx.rules.error }));
    return;
  }
  const report = ctx.rules.report;
  ts.paragraph(fill(w.intro ?? '', { at: beijingTime(report.at) }));
  const channels = docWording(ctx.doc).rulesChannels;
  const shown = report.routes.filter((r) => r.stage === 'case-route' || channels.includes(r.route));
  for (const r of shown) routeBlock(ctx, r);
  if (report.next) {
    ts.subheading(w.nextHeading ?? '');
    ts.paragraph(report.next.action.zh + (report.next.why.zh ? `（${report.next.why.zh}）` : ''));
    if (report.next.hotlines.length)
      ts.paragraph(fill(w.hotlines ?? '', { numbers: report.next.hotlines.join('；') }), { indent: false });
  }
}
