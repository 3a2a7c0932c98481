/**
 * Loads the rule pack from templates/rules/. Data, not code: a rule is corrected by editing JSON.
 * A malformed pack fails loudly, naming the file and the path inside it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';

const localized = z.object({ zh: z.string().min(1), en: z.string().min(1) });

export const evidenceKindSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: localized,
    hints: z.object({ namePatterns: z.array(z.string()), mimePrefixes: z.array(z.string()) }),
  })
  .passthrough();

export const routeSchema = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), name: localized }).passthrough();

export type EvidenceKind = z.infer<typeof evidenceKindSchema>;
export type RouteDef = z.infer<typeof routeSchema>;

export interface RulePack {
  routes: RouteDef[];
  evidenceKinds: EvidenceKind[];
}

export const defaultRulesDir = fileURLToPath(new URL('../../templates/rules/', import.meta.url));

export class RulePackError extends Error {
  constructor(
    readonly file: string,
    readonly issuePath: string,
    detail: string,
  ) {
    super(`Rule pack file ${file} is invalid at ${issuePath || '(root)'}: ${detail}`);
    this.name = 'RulePackError';
  }
}

function readPackFile<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const full = path.join(dir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(full, 'utf8'));
  } catch (err) {
    throw new RulePackError(full, '', (err as Error).message);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new RulePackError(full, first ? first.path.join('.') : '', first?.message ?? 'invalid');
  }
  return parsed.data;
}

function assertUniqueIds(file: string, list: { id: string }[]): void {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.id)) throw new RulePackError(file, `${i}.id`, `duplicate id "${item.id}"`);
    seen.add(item.id);
  });
}

const cache = new Map<string, RulePack>();

export function loadRulePack(dir: string = defaultRulesDir): RulePack {
  const hit = cache.get(dir);
  if (hit) return hit;
  const { routes } = readPackFile(dir, 'routes.json', z.object({ routes: z.array(routeSchema).min(1) }).passthrough());
  const { kinds } = readPackFile(
    dir,
    'evidence-kinds.json',
    z.object({ kinds: z.array(evidenceKindSchema).min(1) }).passthrough(),
  );
  assertUniqueIds('routes.json', routes);
  assertUniqueIds('evidence-kinds.json', kinds);
  const pack = { routes, evidenceKinds: kinds };
  cache.set(dir, pack);
  return pack;
}
