/**
 * Loads the rule pack from templates/rules/. Data, not code: a rule is corrected by editing JSON.
 * Every file is validated with zod, then cross-checked (ids referenced across files exist); a
 * malformed pack fails loudly, naming the file and the JSON path of the error. Loaded once per
 * directory and cached, so the engine itself does no I/O.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { z } from 'zod';
import { RulePackError, deepestIssue, jsonPath } from './packError.ts';
import { buildPackIndex, type PackIndex } from './packIndex.ts';
import { checkPackReferences } from './packRefs.ts';
import { packFiles } from './packSchema.ts';
import type { PackLists } from './packSchema.ts';

export { RulePackError } from './packError.ts';
export { evidenceKindSchema, routeSchema, channelSchema } from './packSchema.ts';
export type { EvidenceKind, RouteDef, ChannelDef, RuleDef } from './packSchema.ts';

export interface RulePack extends PackLists {
  dir: string;
  index: PackIndex;
}

export const defaultRulesDir = fileURLToPath(new URL('../../templates/rules/', import.meta.url));

type PackFile = keyof typeof packFiles;

function readPackFile<F extends PackFile>(dir: string, file: F): z.infer<(typeof packFiles)[F]> {
  const full = path.join(dir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(full, 'utf8'));
  } catch (err) {
    throw new RulePackError(full, '$', (err as Error).message);
  }
  const parsed = packFiles[file].safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const deepest = first ? deepestIssue(first) : { path: [], message: 'invalid' };
    throw new RulePackError(full, jsonPath(deepest.path), deepest.message);
  }
  return parsed.data as z.infer<(typeof packFiles)[F]>;
}

const cache = new Map<string, RulePack>();

export function loadRulePack(dir: string = defaultRulesDir): RulePack {
  const hit = cache.get(dir);
  if (hit) return hit;
  const files = {
    routes: readPackFile(dir, 'routes.json').routes,
    channels: readPackFile(dir, 'channels.json').channels,
    evidenceKinds: readPackFile(dir, 'evidence-kinds.json').kinds,
    facts: readPackFile(dir, 'facts.json').facts,
    sources: readPackFile(dir, 'sources.json').sources,
    warnings: readPackFile(dir, 'warnings.json').warnings,
    obstacles: readPackFile(dir, 'obstacles.json').obstacles,
    texts: readPackFile(dir, 'texts.json').texts,
  };
  checkPackReferences(
    files,
    (file, parts, detail) => new RulePackError(path.join(dir, file), jsonPath(parts), detail),
  );
  const pack: RulePack = { dir, ...files, index: buildPackIndex(files) };
  cache.set(dir, pack);
  return pack;
}

/** Tests that write packs to temp directories use this to avoid stale cache hits. */
export function clearRulePackCache(): void {
  cache.clear();
}
