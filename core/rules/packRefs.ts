/**
 * Cross-file checks zod cannot do one file at a time: every id a rule names exists, ids are unique,
 * patterns compile, and every fact has an evaluator. A silent dangling reference would make a
 * requirement impossible to meet, so each one fails the load with its file and JSON path.
 */
import { factIds } from './facts.ts';
import type { Atom, RuleDef, SourceRef, PackLists } from './packSchema.ts';

type Fail = (file: string, parts: PropertyKey[], detail: string) => Error;

/** Texts the engine composes with; texts.json must define them all. */
export const requiredTexts = [
  'next-why-order',
  'next-why-urgent',
  'if-filed-now',
  'processing-unknown',
] as const;

function unique(
  file: string,
  key: string,
  list: { id: string }[],
  fail: Fail,
  taken = new Set<string>(),
): Set<string> {
  list.forEach((item, i) => {
    if (taken.has(item.id)) throw fail(file, [key, i, 'id'], `duplicate id "${item.id}"`);
    taken.add(item.id);
  });
  return taken;
}

function compiles(pattern: string): string | null {
  try {
    new RegExp(pattern, 'iu');
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

export function checkPackReferences(p: PackLists, fail: Fail): void {
  const sources = unique('sources.json', 'sources', p.sources, fail);
  const kinds = unique('evidence-kinds.json', 'kinds', p.evidenceKinds, fail);
  const facts = unique('facts.json', 'facts', p.facts, fail);
  const warnings = unique('warnings.json', 'warnings', p.warnings, fail);
  unique('obstacles.json', 'obstacles', p.obstacles, fail);
  const channels = unique('channels.json', 'channels', p.channels, fail);
  // Route and channel ids share one namespace: a report entry's "route" may hold either.
  unique('routes.json', 'routes', p.routes, fail, new Set(channels));

  const refs = (file: string, at: PropertyKey[], list: SourceRef[] | undefined): void =>
    list?.forEach((r, i) => {
      if (!sources.has(r.ref))
        throw fail(file, [...at, i, 'ref'], `unknown source "${r.ref}" (sources.json)`);
    });
  const atom = (file: string, at: PropertyKey[], a: Atom): void => {
    if ('kind' in a && !kinds.has(a.kind))
      throw fail(file, [...at, 'kind'], `unknown evidence kind "${a.kind}"`);
    if ('fact' in a && !facts.has(a.fact)) throw fail(file, [...at, 'fact'], `unknown fact "${a.fact}"`);
  };

  p.sources.forEach((s, i) => {
    if (s.supersededBy && !sources.has(s.supersededBy))
      throw fail('sources.json', ['sources', i, 'supersededBy'], `unknown source "${s.supersededBy}"`);
  });
  p.evidenceKinds.forEach((k, i) => {
    refs('evidence-kinds.json', ['kinds', i, 'source'], k.source);
    k.hints.namePatterns.forEach((pat, j) => {
      const bad = compiles(pat);
      if (bad) throw fail('evidence-kinds.json', ['kinds', i, 'hints', 'namePatterns', j], bad);
    });
  });
  p.facts.forEach((f, i) => {
    refs('facts.json', ['facts', i, 'source'], f.source);
    if (!factIds.has(f.id))
      throw fail('facts.json', ['facts', i, 'id'], `no evaluator for fact "${f.id}" in core/rules/facts.ts`);
  });
  for (const id of factIds)
    if (!facts.has(id)) throw fail('facts.json', ['facts'], `fact "${id}" is evaluated but not described`);
  p.warnings.forEach((w, i) => refs('warnings.json', ['warnings', i, 'source'], w.source));
  p.obstacles.forEach((o, i) => {
    refs('obstacles.json', ['obstacles', i, 'source'], o.source);
    o.appliesTo.forEach((a, j) => atom('obstacles.json', ['obstacles', i, 'appliesTo', j], a));
  });
  for (const t of requiredTexts) if (!p.texts[t]) throw fail('texts.json', ['texts', t], 'missing text');

  const rule = (file: string, key: string, i: number, r: RuleDef, isRoute: boolean): void => {
    const at: PropertyKey[] = [key, i];
    refs(file, [...at, 'source'], r.source);
    const reqIds = new Set<string>();
    r.requirements.allOf.forEach((q, j) => {
      const qa = [...at, 'requirements', 'allOf', j];
      if (reqIds.has(q.id)) throw fail(file, [...qa, 'id'], `duplicate requirement id "${q.id}"`);
      reqIds.add(q.id);
      refs(file, [...qa, 'source'], q.source);
      if ('anyOf' in q) q.anyOf.forEach((a, k) => atom(file, [...qa, 'anyOf', k], a));
      else atom(file, qa, q);
      const usesRouteEvidence =
        'fact' in q
          ? q.fact === 'route-evidence'
          : 'anyOf' in q && q.anyOf.some((a) => 'fact' in a && a.fact === 'route-evidence');
      if (isRoute && usesRouteEvidence)
        throw fail(file, qa, 'a case route cannot require its own route-evidence');
    });
    const clockIds = new Set<string>();
    r.clocks?.forEach((c, j) => {
      if (clockIds.has(c.id)) throw fail(file, [...at, 'clocks', j, 'id'], `duplicate clock id "${c.id}"`);
      clockIds.add(c.id);
      refs(file, [...at, 'clocks', j, 'source'], c.source);
      if (c.from === 'filed' && (isRoute || !('filing' in r) || !r.filing))
        throw fail(
          file,
          [...at, 'clocks', j, 'from'],
          'a "filed" clock needs the rule to say which timeline event files it ("filing")',
        );
      if (c.from === 'filed' && 'hours' in c.add)
        throw fail(
          file,
          [...at, 'clocks', j, 'add'],
          'timeline filings are dated by day: count days or working days',
        );
      if (
        'workingDays' in c.add &&
        c.add.workingDays === 'processing-max' &&
        (isRoute || !('processing' in r) || !r.processing)
      )
        throw fail(
          file,
          [...at, 'clocks', j, 'add'],
          '"processing-max" needs the rule to have a processing time',
        );
    });
    r.warnings?.forEach((wid, j) => {
      const w = p.warnings.find((x) => x.id === wid);
      if (!w || !warnings.has(wid))
        throw fail(file, [...at, 'warnings', j], `unknown warning "${wid}" (warnings.json)`);
      const clock = w.when.clockPassed ?? w.when.clockWithinDays?.clock;
      if (clock && !clockIds.has(clock))
        throw fail(
          file,
          [...at, 'warnings', j],
          `warning "${wid}" watches clock "${clock}", which this rule does not have`,
        );
    });
  };
  p.routes.forEach((r, i) => {
    rule('routes.json', 'routes', i, r, true);
    r.channels.forEach((c, j) => {
      if (!channels.has(c))
        throw fail('routes.json', ['routes', i, 'channels', j], `unknown channel "${c}" (channels.json)`);
    });
  });
  p.channels.forEach((c, i) => {
    rule('channels.json', 'channels', i, c, false);
    c.estimates?.forEach((e, j) =>
      refs('channels.json', ['channels', i, 'estimates', j, 'source'], e.source),
    );
    for (const key of ['textPattern', 'notTextPattern'] as const) {
      const pat = c.filing?.[key];
      const bad = pat === undefined ? null : compiles(pat);
      if (bad) throw fail('channels.json', ['channels', i, 'filing', key], bad);
    }
  });
}
