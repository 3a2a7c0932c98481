/**
 * Electron fuses of the packaged app: electron-builder.yml's `electronFuses` block has
 * electron-builder flip them (via @electron/fuses) in the packaged binary, never in
 * node_modules/electron. The Playwright smoke test therefore runs the unpackaged app (Playwright
 * attaches with --inspect, which the packaged app refuses), so the release workflow reads the fuses
 * back from the packaged binary instead: `npx tsx electron/checkFuses.ts <packaged executable>`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Fuses from '@electron/fuses';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Resolved from app-builder-lib's place, so these are the very js-yaml and @electron/fuses that
// electron-builder itself uses to read the config and flip the fuses (no dependency of our own).
const builderRequire = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));

/** The `electronFuses` block of electron-builder.yml, as electron-builder reads it. */
export function configuredFuses(builderYml: string): Record<string, unknown> {
  const yaml = builderRequire('js-yaml') as { load(text: string): unknown };
  const config = yaml.load(builderYml) as { electronFuses?: unknown } | null;
  const fuses = config?.electronFuses;
  return typeof fuses === 'object' && fuses !== null ? (fuses as Record<string, unknown>) : {};
}

/** electron-builder's option name → @electron/fuses' FuseV1Options name (runAsNode → RunAsNode). */
export function fuseOptionName(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

// Fuse states as @electron/fuses reads them from the binary: ASCII '0' and '1'.
const DISABLED = 0x30;
const ENABLED = 0x31;
const REMOVED = 0x72;

function describeState(state: number | undefined): string {
  if (state === undefined) return 'missing from the fuse wire';
  if (state === ENABLED) return 'enabled';
  if (state === DISABLED) return 'disabled';
  if (state === REMOVED) return 'removed from this Electron';
  return `state ${state}`;
}

/**
 * What differs between the configured fuses and a binary's fuse wire (index → state byte), given
 * @electron/fuses' FuseV1Options enum (name → index). Empty when every configured fuse is as set.
 */
export function fuseMismatches(
  configured: Record<string, unknown>,
  wire: Record<number, number>,
  options: Record<string, string | number>,
): string[] {
  const problems: string[] = [];
  for (const [key, want] of Object.entries(configured)) {
    if (key === 'resetAdHocDarwinSignature') continue; // an instruction to electron-builder, not a fuse
    const index = options[fuseOptionName(key)];
    if (typeof index !== 'number') {
      problems.push(`${key}: not a fuse @electron/fuses knows`);
      continue;
    }
    if (typeof want !== 'boolean') {
      problems.push(`${key}: configured as ${JSON.stringify(want)}, not true/false`);
      continue;
    }
    const state = wire[index];
    if (state !== (want ? ENABLED : DISABLED))
      problems.push(`${key}: ${describeState(state)}, expected ${want ? 'enabled' : 'disabled'}`);
  }
  return problems;
}

/** Reads the fuse wire of a packaged app's executable and compares it with electron-builder.yml. */
export async function checkFuses(
  appPath: string,
  builderYml = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'),
): Promise<string[]> {
  const configured = configuredFuses(builderYml);
  if (Object.keys(configured).length === 0) return ['electron-builder.yml has no electronFuses block'];
  const fuses = builderRequire('@electron/fuses') as typeof Fuses;
  const wire = (await fuses.getCurrentFuseWire(appPath)) as unknown as Record<number, number>;
  return fuseMismatches(configured, wire, fuses.FuseV1Options as unknown as Record<string, string | number>);
}

async function main(appPath: string | undefined): Promise<number> {
  if (!appPath) {
    console.error('usage: tsx electron/checkFuses.ts <packaged app executable>');
    return 2;
  }
  const problems = await checkFuses(appPath);
  for (const p of problems) console.error(`[fuses] ${p}`);
  if (problems.length === 0) console.log(`[fuses] ${appPath}: every configured fuse is set`);
  return problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv[2]);
}
