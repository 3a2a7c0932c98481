/**
 * `npm run web`: serve the built renderer (renderer/dist) on 127.0.0.1 for the vault given by
 * --vault DIR, PAYPROOF_VAULT or the per-user default, and print the address to open.
 *   --port N          keep the same address between runs (default: a free port)
 *   --rebuild         build the renderer even when renderer/dist is newer than its sources
 *   --max-upload-mb N the largest file an upload may carry (default 4096)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveVaultDir } from '../../db/vaultLocation.ts';
import { rendererBuildIsCurrent } from './rendererBuild.ts';
import { startWebServer } from './server.ts';
import { DEFAULT_MAX_UPLOAD_BYTES } from './uploads.ts';

const args = process.argv.slice(2);
function flag(name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const inline = args.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const vaultDir = resolveVaultDir(flag('--vault'));
const staticDir = path.join(repoRoot, 'renderer', 'dist');
const maxUploadMb = flag('--max-upload-mb');
const maxUploadBytes = maxUploadMb === undefined ? DEFAULT_MAX_UPLOAD_BYTES : Number(maxUploadMb) * 1024 ** 2;
if (!Number.isFinite(maxUploadBytes) || maxUploadBytes <= 0) {
  process.stderr.write('--max-upload-mb 需要一个正数 needs a positive number (MiB)\n');
  process.exit(2);
}
const portText = flag('--port') ?? '0';
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(
    `--port 应为 0–65535 的整数，收到“${portText}” / --port must be an integer 0–65535, got "${portText}"\n`,
  );
  process.exit(2);
}

if (args.includes('--rebuild') || !rendererBuildIsCurrent(repoRoot)) {
  process.stdout.write('正在构建界面… / building the UI…\n');
  // Vite's JS API (the same build as `npm run build`), production code whatever NODE_ENV says.
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  await build({
    configFile: path.join(repoRoot, 'renderer', 'vite.config.ts'),
    logLevel: 'warn',
    mode: 'production',
  });
} else {
  process.stdout.write(
    '界面已是最新，跳过构建（--rebuild 强制构建） / UI build is current (--rebuild forces one)\n',
  );
}

let server;
try {
  server = await startWebServer({ vaultDir, staticDir, port, maxUploadBytes });
} catch (err) {
  if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    process.stderr.write(
      `端口 ${port} 已被占用（可能另一个 npm run web 还在运行）：关闭它，或换一个 --port。\n` +
        `Port ${port} is in use (perhaps another npm run web is still running): stop it or pick another --port.\n`,
    );
    process.exit(1);
  }
  throw err;
}
const running = server;
process.stdout.write(
  `PayProof 浏览器模式 / browser mode\n  证据库 vault: ${vaultDir}\n  打开 open: ${running.openUrl}\n` +
    `  （每次启动都会换新的会话口令：已打开的页面请改用这个网址 / each start has a new session token: open this address in place of an old tab）\n`,
);
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    void running.close().then(() => process.exit(0));
  });
}
