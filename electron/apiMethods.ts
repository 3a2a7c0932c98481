/**
 * The method names the preload exposes and main accepts: taken from the contract itself, so a method
 * added to core/api/contract.ts reaches the window with no second list to keep in sync. The contract
 * is pure (zod schemas only), which is why the sandboxed preload may bundle it.
 */
import { contract, type Method } from '../core/api/contract.ts';

export const apiMethods: readonly Method[] = Object.freeze(Object.keys(contract) as Method[]);

const methodSet: ReadonlySet<string> = new Set(apiMethods);

export function isApiMethod(name: unknown): name is Method {
  return typeof name === 'string' && methodSet.has(name);
}
