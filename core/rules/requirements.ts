/**
 * Evaluates a rule's requirements: all of the listed items, each either one evidence kind or fact,
 * or an any-of group met by any one alternative. Says what is present (with the evidence ids) and
 * what is missing (with how to get it, and the known obstacles).
 */
import type { LocalizedText } from '../domain/types.ts';
import type { MissingItem, ObstacleAdvice, PresentItem, RequirementAlternative } from './types.ts';
import type { CaseContext } from './caseContext.ts';
import { citationText } from './citations.ts';
import { evaluateFact, type FactResult } from './facts.ts';
import { atomKey, type PackIndex } from './packIndex.ts';
import type { Atom, RequirementDef } from './packSchema.ts';

export interface RequirementOutcome {
  present: PresentItem[];
  missing: MissingItem[];
  score: number;
  satisfied: boolean;
}

export interface RequirementEnv {
  index: PackIndex;
  ctx: CaseContext;
  routeEvidence: { satisfied: boolean; missing: string[] } | null;
  /** Per-check memo: facts do not change between rules of one check. */
  factMemo: Map<string, FactResult>;
}

function describe(index: PackIndex, atom: Atom): RequirementAlternative {
  if ('kind' in atom) {
    const k = index.kind.get(atom.kind);
    if (!k) throw new Error(`unknown evidence kind "${atom.kind}"`);
    return { kind: k.id, type: 'evidence', label: k.name, howTo: k.howTo };
  }
  const f = index.fact.get(atom.fact);
  if (!f) throw new Error(`unknown fact "${atom.fact}"`);
  return { kind: f.id, type: 'fact', label: f.label, howTo: f.howTo };
}

function fact(env: RequirementEnv, id: string): FactResult {
  // route-evidence depends on which route the channel serves; never memoised across rules.
  if (id === 'route-evidence')
    return evaluateFact(id, { ctx: env.ctx, params: {}, routeEvidence: env.routeEvidence });
  let hit = env.factMemo.get(id);
  if (!hit) {
    hit = evaluateFact(id, {
      ctx: env.ctx,
      params: env.index.fact.get(id)?.params ?? {},
      routeEvidence: null,
    });
    env.factMemo.set(id, hit);
  }
  return hit;
}

function obstaclesFor(index: PackIndex, atoms: Atom[]): ObstacleAdvice[] {
  const out: ObstacleAdvice[] = [];
  for (const a of atoms) {
    for (const o of index.obstacles.get(atomKey(a)) ?? []) {
      if (out.some((x) => x.id === o.id)) continue;
      out.push({
        id: o.id,
        problem: o.problem,
        howTo: o.howTo,
        note: o.note,
        source: citationText(index, o.source),
      });
    }
  }
  return out;
}

function groupHowTo(alts: RequirementAlternative[]): LocalizedText {
  const first = alts[0];
  return {
    zh: `任选其一：${alts.map((a) => a.label.zh).join('、')}。${first ? first.howTo.zh : ''}`,
    en: `Any one of: ${alts.map((a) => a.label.en).join('; ')}. ${first ? first.howTo.en : ''}`,
  };
}

export function evaluateRequirements(
  env: RequirementEnv,
  list: readonly RequirementDef[],
): RequirementOutcome {
  const present: PresentItem[] = [];
  const missing: MissingItem[] = [];
  for (const req of list) {
    const atoms: Atom[] =
      'anyOf' in req ? req.anyOf : 'kind' in req ? [{ kind: req.kind }] : [{ fact: req.fact }];
    let met: Atom | null = null;
    const evidenceIds: number[] = [];
    const details: string[] = [];
    for (const a of atoms) {
      if ('kind' in a) {
        const ids = env.ctx.evidenceByKind.get(a.kind);
        if (ids && ids.length) {
          met ??= a;
          evidenceIds.push(...ids);
        }
      } else {
        const r = fact(env, a.fact);
        if (r.present) met ??= a;
        else if (r.detail) details.push(...r.detail);
      }
    }
    const alts = atoms.map((a) => describe(env.index, a));
    const single = alts.length === 1 ? alts[0] : undefined;
    const label = req.label ?? single?.label ?? groupHowTo(alts);
    if (met) {
      const chosen = describe(env.index, met);
      present.push({ id: req.id, kind: chosen.kind, type: chosen.type, label, evidenceIds });
      continue;
    }
    const first = alts[0];
    if (!first) continue; // the schema guarantees at least one alternative
    const obstacles = obstaclesFor(env.index, atoms);
    missing.push({
      id: req.id,
      kind: first.kind,
      type: first.type,
      label,
      howTo: req.howTo ?? (single ? single.howTo : groupHowTo(alts)),
      ...(single ? {} : { anyOf: alts }),
      ...(details.length ? { detail: details } : {}),
      ...(obstacles.length ? { obstacles } : {}),
    });
  }
  const total = list.length;
  return {
    present,
    missing,
    score: total === 0 ? 1 : present.length / total,
    satisfied: missing.length === 0,
  };
}
