/**
 * One process at a time may hold a vault: a second writer (an app window and a CLI at once) could
 * interleave evidence ingest with a migration. The lock is a file created with O_EXCL holding the pid;
 * a lock left by a process that no longer runs is taken over.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import { AppError } from '../core/errors.ts';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface LockInfo {
  pid: number;
  host: string;
}

function readLock(file: string): LockInfo | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockInfo>;
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, host: String(parsed.host ?? '') } : null;
  } catch {
    return null;
  }
}

export interface VaultLock {
  release(): void;
}

export function acquireVaultLock(file: string): VaultLock {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, JSON.stringify({ pid: process.pid, host: os.hostname() }));
      closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          try {
            if (readLock(file)?.pid === process.pid) unlinkSync(file);
          } catch {
            /* already gone */
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readLock(file);
      const sameHost = !holder || holder.host === os.hostname();
      if (holder && sameHost && holder.pid !== process.pid && processAlive(holder.pid)) {
        throw new AppError('vault-locked', { pid: holder.pid });
      }
      if (holder && !sameHost) throw new AppError('vault-locked', { pid: `${holder.pid}@${holder.host}` });
      if (holder?.pid === process.pid) throw new AppError('vault-locked', { pid: holder.pid });
      // Stale (dead process or unreadable lock): remove and retry once.
      try {
        unlinkSync(file);
      } catch {
        /* raced with another taker; retry decides */
      }
    }
  }
  throw new AppError('vault-locked', { pid: '?' });
}
