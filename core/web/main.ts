/**
 * `npm run web`: serve the built renderer (renderer/dist) on 127.0.0.1 for the vault given by
 * --vault DIR, PAYPROOF_VAULT or the per-user default, and print the address to open.
 * --port N picks the port; --max-upload-mb N the largest file an upload may carry (default 4096).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveVaultDir } from '../../db/vaultLocation.ts';
import { startWebServer } from './server.ts';
import { DEFAULT_MAX_UPLOAD_BYTES } from './uploads.ts';

function flag(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const inline = args.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

const here = path.dirname(fileURLToPath(import.meta.url));
const vaultDir = resolveVaultDir(flag('--vault'));
const staticDir = path.resolve(here, '../../renderer/dist');
const port = Number(flag('--port') ?? 0);
const maxUploadMb = flag('--max-upload-mb');
const maxUploadBytes = maxUploadMb === undefined ? DEFAULT_MAX_UPLOAD_BYTES : Number(maxUploadMb) * 1024 ** 2;
if (!Number.isFinite(maxUploadBytes) || maxUploadBytes <= 0) {
  process.stderr.write('--max-upload-mb 需要一个正数 needs a positive number (MiB)\n');
  process.exit(2);
}

const server = await startWebServer({ vaultDir, staticDir, port, maxUploadBytes });
process.stdout.write(
  `PayProof 浏览器模式 / browser mode\n  证据库 vault: ${vaultDir}\n  打开 open: ${server.openUrl}\n`,
);
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    void server.close().then(() => process.exit(0));
  });
}
