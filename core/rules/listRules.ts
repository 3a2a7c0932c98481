/** The pack's routes, channels and evidence kinds with their ids, for `payproof routes` and the UI's pickers. */
import type { RulesList } from './types.ts';
import { citationText } from './citations.ts';
import { loadRulePack } from './pack.ts';

export function listRules(rulesDir?: string): RulesList {
  const pack = loadRulePack(rulesDir);
  return {
    routes: pack.routes.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      summary: r.summary,
      channels: r.channels,
      source: citationText(pack.index, r.source),
    })),
    channels: pack.channels.map((c) => ({
      id: c.id,
      name: c.name,
      stage: c.stage,
      summary: c.summary,
      hotlines: c.hotlines ?? [],
      source: citationText(pack.index, c.source),
    })),
    evidenceKinds: pack.evidenceKinds.map((k) => ({ id: k.id, name: k.name, howTo: k.howTo })),
  };
}
