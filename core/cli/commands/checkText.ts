/** `payproof check` without --json: the report as short bilingual text, most urgent first. */
import type { CheckReport, RouteCheck, RulesList } from '../../rules/types.ts';

const yuan = (fen: number): string =>
  `${Math.floor(fen / 100).toLocaleString('en-US')}.${String(fen % 100).padStart(2, '0')}`;

function routeText(r: RouteCheck): string[] {
  const mark = r.satisfied ? '✓ 齐全 complete' : `${Math.round(r.score * 100)}%`;
  const state = r.done ? ' · 已办理 done' : r.open ? '' : ' · 已过期 closed';
  const out = [`【${r.name.zh} ${r.name.en}】 ${mark}${state}`];
  if (r.present.length) out.push(`  已有 Present: ${r.present.map((p) => p.label.zh).join('、')}`);
  for (const m of r.missing) {
    out.push(`  ✗ ${m.label.zh} / ${m.label.en}${m.detail ? ` (${m.detail.join('; ')})` : ''}`);
    out.push(`      ${m.howTo.zh}`, `      ${m.howTo.en}`);
    for (const o of m.obstacles ?? []) out.push(`      ⚠ ${o.problem.zh}：${o.howTo.zh}（${o.note.zh}）`);
  }
  for (const d of r.deadlines) {
    const when = d.precision === 'day' ? d.date : d.date.slice(0, 16).replace('T', ' ');
    const flags = `${d.passed ? ' 已过 passed' : ''}${d.calendarKnown ? '' : ' (日历未覆盖 calendar not covered)'}`;
    out.push(`  ⏱ ${when}${flags}  ${d.label.zh} / ${d.label.en}`);
  }
  for (const w of r.warnings) out.push(`  ! ${w.message.zh}`, `    ${w.message.en} [${w.source}]`);
  for (const e of r.estimates ?? []) out.push(`  ¥ ${yuan(e.amountFen)}  ${e.label.zh} / ${e.label.en}`);
  out.push(`  依据 Source: ${r.source}`);
  return out;
}

/** Requirement ids of the next step as the labels its route shows (an id only if no label is known). */
function missingLabels(report: CheckReport, route: string, ids: string[], lang: 'zh' | 'en'): string {
  const items = report.routes.find((r) => r.route === route)?.missing ?? [];
  return ids.map((id) => items.find((m) => m.id === id)?.label[lang] ?? id).join(lang === 'zh' ? '、' : ', ');
}

export function checkText(report: CheckReport): string {
  const head = `案件 Case ${report.caseId} · 路线 route ${report.caseRoute} · 截至 as of ${report.at.slice(0, 16).replace('T', ' ')} (北京时间) · 金额 amount ${yuan(report.amountFen)} 元`;
  const next = report.next;
  const nextLines = next
    ? [
        `下一步 Next: ${next.route}${next.urgent ? ' — 紧急 URGENT' : ''}${next.hotlines.length ? ` — ☎ ${next.hotlines.join(' / ')}` : ''}`,
        `  ${next.action.zh}`,
        `  ${next.action.en}`,
        ...(next.missing.length
          ? [
              `  还缺：${missingLabels(report, next.route, next.missing, 'zh')}`,
              `  Still missing: ${missingLabels(report, next.route, next.missing, 'en')}`,
            ]
          : []),
        ...(next.then.length ? [`  然后 Then: ${next.then.join(' → ')}`] : []),
      ]
    : ['下一步 Next: — (所有步骤已办理或已过期 every step is done or closed)'];
  return [head, ...nextLines, '', ...report.routes.flatMap((r) => [...routeText(r), ''])]
    .join('\n')
    .trimEnd();
}

export function rulesText(list: RulesList): string {
  return [
    '维权路线 Case routes (case create --type):',
    ...list.routes.map((r) => `  ${r.id.padEnd(18)} ${r.name.zh} / ${r.name.en} → ${r.channels.join(', ')}`),
    '渠道 Channels (check --route):',
    ...list.channels.map((c) => `  ${c.id.padEnd(26)} [${c.stage}] ${c.name.zh} / ${c.name.en}`),
    '证据类型 Evidence kinds (evidence add --kind):',
    ...list.evidenceKinds.map((k) => `  ${k.id.padEnd(22)} ${k.name.zh} / ${k.name.en}`),
  ].join('\n');
}
