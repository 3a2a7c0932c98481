/** Route and evidence-kind ids are checked against the rule pack, listing the valid ones on error. */
import { AppError } from '../errors.ts';
import { loadRulePack } from '../rules/pack.ts';

export function assertRoute(route: string): void {
  const { routes } = loadRulePack();
  if (!routes.some((r) => r.id === route)) {
    throw new AppError('unknown-route', { value: route, valid: routes.map((r) => r.id).join(', ') });
  }
}

export function assertEvidenceKind(kind: string): void {
  const { evidenceKinds } = loadRulePack();
  if (!evidenceKinds.some((k) => k.id === kind)) {
    throw new AppError('unknown-kind', { value: kind, valid: evidenceKinds.map((k) => k.id).join(', ') });
  }
}
