/**
 * Lookup tables built once when the pack loads, so checking a case never scans lists or compiles
 * regular expressions.
 */
import type {
  ChannelDef,
  EvidenceKind,
  FactDef,
  ObstacleDef,
  RouteDef,
  SourceDef,
  WarningDef,
  PackLists,
} from './packSchema.ts';

export interface KindHint {
  id: string;
  patterns: RegExp[];
  mimePrefixes: string[];
}

export interface PackIndex {
  route: Map<string, RouteDef>;
  channel: Map<string, ChannelDef>;
  kind: Map<string, EvidenceKind>;
  fact: Map<string, FactDef>;
  source: Map<string, SourceDef>;
  warning: Map<string, WarningDef>;
  /** "kind:chat-backup" / "fact:txid" → obstacles that get in the way of that item. */
  obstacles: Map<string, ObstacleDef[]>;
  kindHints: KindHint[];
  filing: Map<string, { include: RegExp | null; exclude: RegExp | null }>;
}

function byId<T extends { id: string }>(list: T[]): Map<string, T> {
  return new Map(list.map((x) => [x.id, x]));
}

export function atomKey(atom: { kind: string } | { fact: string }): string {
  return 'kind' in atom ? `kind:${atom.kind}` : `fact:${atom.fact}`;
}

export function buildPackIndex(p: PackLists): PackIndex {
  const obstacles = new Map<string, ObstacleDef[]>();
  for (const o of p.obstacles) {
    for (const a of o.appliesTo) {
      const key = atomKey(a);
      obstacles.set(key, [...(obstacles.get(key) ?? []), o]);
    }
  }
  const filing = new Map<string, { include: RegExp | null; exclude: RegExp | null }>();
  for (const c of p.channels) {
    if (!c.filing) continue;
    filing.set(c.id, {
      include: c.filing.textPattern ? new RegExp(c.filing.textPattern, 'iu') : null,
      exclude: c.filing.notTextPattern ? new RegExp(c.filing.notTextPattern, 'iu') : null,
    });
  }
  return {
    route: byId(p.routes),
    channel: byId(p.channels),
    kind: byId(p.evidenceKinds),
    fact: byId(p.facts),
    source: byId(p.sources),
    warning: byId(p.warnings),
    obstacles,
    kindHints: p.evidenceKinds.map((k) => ({
      id: k.id,
      patterns: k.hints.namePatterns.map((pat) => new RegExp(pat, 'iu')),
      mimePrefixes: k.hints.mimePrefixes.map((m) => m.toLowerCase()),
    })),
    filing,
  };
}
