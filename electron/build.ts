/**
 * `npm run build:electron` — bundles main, preload and coreHost to electron/dist/*.cjs with esbuild.
 *
 * - electron, better-sqlite3 and sharp stay external (native code, loaded from node_modules); pdfkit
 *   and exceljs too, because they read their own data files relative to their install folder, and
 *   tesseract.js, which starts its worker thread from a script beside itself.
 * - In the coreHost bundle, `better-sqlite3` is replaced by native/betterSqliteForElectron.ts, which
 *   passes the Electron-ABI binary main chose as `nativeBinding` (see native/sqliteBinding.ts).
 * - The core finds migrations and templates with `new URL('…', import.meta.url)`. A CJS bundle has no
 *   import.meta, so each of our source files gets its own original file URL, computed at run time
 *   from the bundle's location (electron/dist → app root), which also holds inside app.asar.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const defaultOutdir = path.join(root, 'electron', 'dist');
const sqliteShim = path.join(root, 'electron', 'native', 'betterSqliteForElectron.ts');

export const externalPackages = ['electron', 'better-sqlite3', 'sharp', 'pdfkit', 'exceljs', 'tesseract.js'];

/** Rewrites `import.meta.url` in our own .ts files to that file's URL in the app folder. */
const importMetaUrlPlugin: Plugin = {
  name: 'payproof-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const rel = path.relative(root, args.path).split(path.sep).join('/');
      if (rel.startsWith('..') || rel.startsWith('node_modules/')) return undefined;
      return {
        contents: source.replaceAll('import.meta.url', `__payproofFileUrl(${JSON.stringify(rel)})`),
        loader: 'ts',
      };
    });
  },
};

/** Points every `better-sqlite3` import at the shim — except the shim's own. */
const sqliteShimPlugin: Plugin = {
  name: 'payproof-better-sqlite3-for-electron',
  setup(b) {
    b.onResolve({ filter: /^better-sqlite3$/ }, (args) =>
      args.importer === sqliteShim ? { path: 'better-sqlite3', external: true } : { path: sqliteShim },
    );
  },
};

/** Relative, so it holds wherever the app folder is (inside app.asar too). */
const fileUrlBanner = (bundleDir: string) =>
  [
    '"use strict";',
    `const __payproofFileUrl = (rel) => require("node:url").pathToFileURL(require("node:path").join(__dirname, ${JSON.stringify(path.relative(bundleDir, root))}, rel)).href;`,
  ].join('\n');

const common: BuildOptions = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  external: externalPackages,
  logLevel: 'warning',
};

export async function buildElectron(
  options: { entries?: Array<'main' | 'preload' | 'coreHost'>; outdir?: string } = {},
): Promise<string[]> {
  const entries = options.entries ?? ['main', 'preload', 'coreHost'];
  const outdir = options.outdir ?? defaultOutdir;
  const banner = { js: fileUrlBanner(outdir) };
  const outputs: string[] = [];
  for (const entry of entries) {
    const outfile = path.join(outdir, `${entry}.cjs`);
    await build({
      ...common,
      entryPoints: [path.join(root, 'electron', `${entry}.ts`)],
      outfile,
      // The preload runs in a sandboxed renderer: only `electron` may be required there.
      // Main and preload carry the (pure) contract for its method names: minify what loads per window.
      ...(entry === 'preload'
        ? { platform: 'browser', external: ['electron'], target: 'chrome120', minify: true }
        : {}),
      ...(entry === 'coreHost' ? { plugins: [sqliteShimPlugin, importMetaUrlPlugin], banner } : {}),
      ...(entry === 'main' ? { plugins: [importMetaUrlPlugin], banner, minify: true } : {}),
    });
    outputs.push(outfile);
  }
  return outputs;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await buildElectron();
  console.log(files.map((f) => path.relative(root, f)).join('\n'));
}
