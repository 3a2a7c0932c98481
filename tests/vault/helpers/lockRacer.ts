/**
 * A real process racing for a vault lock (tests/vault/vaultLock.test.ts). Reads commands on stdin:
 *   "go"       try to take the lock; answers {"held":true} or {"held":false,"code":...}
 *   "release"  let go of it (if held); answers {"released":true}
 */
import { createInterface } from 'node:readline';
import { acquireVaultLock, type VaultLock } from '../../../db/vaultLock.ts';

const file = process.argv[2]!;
let lock: VaultLock | null = null;
const say = (v: unknown) => process.stdout.write(`${JSON.stringify(v)}\n`);

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'go') {
    try {
      lock = acquireVaultLock(file);
      say({ held: true, pid: process.pid });
    } catch (err) {
      say({ held: false, code: (err as { code?: string }).code ?? String(err) });
    }
  } else if (line === 'release') {
    lock?.release();
    lock = null;
    say({ released: true });
  } else if (line === 'exit') process.exit(0);
});
say({ ready: true });
