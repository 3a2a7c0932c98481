/**
 * A malformed rule pack must fail loudly and say where: the file and the JSON path inside it,
 * e.g. `channels.json at $.channels[3].requirements.allOf[0].kind: unknown evidence kind "chat"`.
 */
import type { z } from 'zod';

export class RulePackError extends Error {
  constructor(
    readonly file: string,
    readonly issuePath: string,
    readonly detail: string,
  ) {
    super(`Rule pack file ${file} is invalid at ${issuePath}: ${detail}`);
    this.name = 'RulePackError';
  }
}

/** ['routes', 2, 'name', 'zh'] → "$.routes[2].name.zh" */
export function jsonPath(parts: readonly PropertyKey[]): string {
  let out = '$';
  for (const p of parts) out += typeof p === 'number' ? `[${p}]` : `.${String(p)}`;
  return out;
}

type Issue = z.core.$ZodIssue;

/**
 * zod reports a failed union as one issue holding every branch's issues. Follow the branch that got
 * furthest (longest path), so the message names the real mistake rather than "invalid input".
 */
export function deepestIssue(
  issue: Issue,
  prefix: readonly PropertyKey[] = [],
): { path: PropertyKey[]; message: string } {
  const here = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    let best: Issue | undefined;
    for (const branch of issue.errors) {
      for (const candidate of branch) {
        if (!best || candidate.path.length > best.path.length) best = candidate;
      }
    }
    if (best) return deepestIssue(best, here);
  }
  return { path: here, message: issue.message };
}

/** checkCase was asked about a route or channel id the pack does not define. */
export class UnknownRouteError extends Error {
  constructor(
    readonly route: string,
    readonly known: string[],
  ) {
    super(`Unknown route "${route}". Known routes and channels: ${known.join(', ')}`);
    this.name = 'UnknownRouteError';
  }
}
