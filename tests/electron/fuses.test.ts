/**
 * Electron fuses of the packaged app (electron-builder.yml `electronFuses`): set as intended, every
 * key one that app-builder-lib's schema knows (a typo fails here, not silently at packaging), and
 * the whole path — electron-builder's own fuse config → @electron/fuses flipping a binary →
 * electron/checkFuses.ts reading it back — run on a stand-in binary. Also: the release workflow
 * runs the Playwright smoke test on the unpackaged app, since the packaged one refuses --inspect.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Fuses from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { checkFuses, configuredFuses, fuseMismatches, fuseOptionName } from '../../electron/checkFuses.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const builderYml = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
const require = createRequire(import.meta.url);
const builderLibDir = path.dirname(require.resolve('app-builder-lib/package.json'));
const builderRequire = createRequire(path.join(builderLibDir, 'package.json'));
const fuses = builderRequire('@electron/fuses') as typeof Fuses;
const options = fuses.FuseV1Options as unknown as Record<string, string | number>;
const tempDir = useTempDirs();

interface JsonSchema {
  properties?: Record<string, { type?: string; anyOf?: Array<{ $ref?: string }> }>;
  definitions: Record<
    string,
    { properties: Record<string, { type?: string }>; additionalProperties?: boolean }
  >;
}
const schema = JSON.parse(readFileSync(path.join(builderLibDir, 'scheme.json'), 'utf8')) as JsonSchema;

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** A stand-in Electron binary: filler, the fuse sentinel, wire version 1, Electron's default states. */
function fakeElectron(dir: string): string {
  const file = path.join(dir, 'PayProof.exe');
  // RunAsNode, cookie encryption, NODE_OPTIONS, --inspect, asar integrity, asar only, V8 snapshot,
  // file:// privileges — plus one fuse newer than @electron/fuses knows, as newer Electrons have.
  const wire = '101100011';
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from('MZ filler '.repeat(50)),
      Buffer.from(SENTINEL),
      Buffer.from([1, wire.length]),
      Buffer.from(wire),
      Buffer.from(' trailing'),
    ]),
  );
  return file;
}

describe('Electron fuses (electron-builder.yml)', () => {
  it('are set as intended for packaged builds', () => {
    expect(configuredFuses(builderYml)).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('use only option names app-builder-lib’s schema knows, each a boolean', () => {
    const ref = schema.properties?.electronFuses?.anyOf?.find((a) => a.$ref)?.$ref;
    expect(ref).toBe('#/definitions/FuseOptionsV1');
    const known = schema.definitions.FuseOptionsV1!;
    expect(known.additionalProperties).toBe(false);
    for (const [key, value] of Object.entries(configuredFuses(builderYml))) {
      expect(Object.keys(known.properties), `unknown fuse option "${key}"`).toContain(key);
      expect(known.properties[key]!.type).toBe('boolean');
      expect(typeof value).toBe('boolean');
      // …and a fuse @electron/fuses (what electron-builder hands them to) has an index for.
      expect(typeof options[fuseOptionName(key)], key).toBe('number');
    }
  });

  it('reports each fuse that a binary has otherwise, or that is missing or misspelt', () => {
    const configured = { runAsNode: false, onlyLoadAppFromAsar: true };
    const good = { 0: 0x30, 5: 0x31 };
    expect(fuseMismatches(configured, good, options)).toEqual([]);
    expect(fuseMismatches(configured, { 0: 0x31, 5: 0x31 }, options)).toEqual([
      'runAsNode: enabled, expected disabled',
    ]);
    expect(fuseMismatches(configured, { 0: 0x30 }, options)).toEqual([
      'onlyLoadAppFromAsar: missing from the fuse wire, expected enabled',
    ]);
    expect(fuseMismatches({ runAsnode: false }, good, options)).toEqual([
      'runAsnode: not a fuse @electron/fuses knows',
    ]);
  });

  it('end to end on a stand-in binary: electron-builder’s fuse config, flipped, reads back as configured', async () => {
    const exe = fakeElectron(tempDir());
    // Before flipping, Electron's defaults differ from all seven settings.
    expect(await checkFuses(exe, builderYml)).toHaveLength(7);
    const { PlatformPackager } = builderRequire('app-builder-lib') as {
      PlatformPackager: { prototype: { generateFuseConfig(f: unknown): Promise<unknown> } };
    };
    const fuseConfig = await PlatformPackager.prototype.generateFuseConfig.call(
      {},
      configuredFuses(builderYml),
    );
    await fuses.flipFuses(exe, fuseConfig as Parameters<typeof fuses.flipFuses>[1]);
    expect(await checkFuses(exe, builderYml)).toEqual([]);
    // The fuse this @electron/fuses does not know is left as Electron set it.
    const bytes = readFileSync(exe);
    const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
    expect(bytes.subarray(at + 2, at + 11).toString()).toBe('010011001');
  });

  it('say nothing is configured when the block is missing', () => {
    expect(configuredFuses('appId: x\n')).toEqual({});
  });
});

describe('release workflow and smoke test', () => {
  const release = readFileSync(path.join(root, '.github', 'workflows', 'release.yml'), 'utf8');

  it('runs the Playwright smoke test on the unpackaged app and reads the packaged fuses back', () => {
    // PAYPROOF_ELECTRON_APP used to point the smoke test at the packaged app.
    expect(release).not.toContain('PAYPROOF_ELECTRON_APP');
    expect(release).toContain('npm run test:electron-e2e');
    expect(release).toContain('node node_modules/electron/install.js');
    expect(release).toContain('electron/checkFuses.ts "$PAYPROOF_PACKAGED_APP"');
    expect(release.indexOf('electron-builder ${{ matrix.target }}')).toBeLessThan(
      release.indexOf('npx tsx electron/checkFuses.ts'),
    );
  });
});
