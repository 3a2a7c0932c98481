/**
 * When a process started, as an opaque token, so a lock can tell "the process that wrote me still runs"
 * from "some other program got the same pid" (pids are reused, most visibly after a reboot).
 * - Linux: the boot id plus field 22 of /proc/<pid>/stat (start time in clock ticks since boot); the
 *   boot id makes a token from before a reboot never match one from after it.
 * - macOS (and other Unixes without /proc): `ps -o lstart= -p <pid>`, the start time to the second.
 *   It spawns a process, so it is only asked when a lock is found held.
 * - Windows: no cheap, dependable source; null. A lock then falls back to "pid alive = held", and
 *   `payproof unlock` is the way out of a lock whose pid was reused.
 * Null means "unknown", never "not running".
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

function linuxBootId(): string {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return '';
  }
}

function linuxStartTime(pid: number): string | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) is in parentheses and may itself hold spaces or ')': count from the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name, field 3 (state) is index 0, so field 22 (starttime) is index 19.
  const ticks = fields[19];
  return ticks && /^\d+$/.test(ticks) ? `${linuxBootId()}:${ticks}` : null;
}

function psStartTime(pid: number): string | null {
  try {
    const out = execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], {
      encoding: 'utf8',
      timeout: 2000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return out ? `ps:${out}` : null;
  } catch {
    return null;
  }
}

export function processStartToken(pid: number, platform: NodeJS.Platform = process.platform): string | null {
  if (!Number.isInteger(pid) || pid <= 0) return null;
  if (platform === 'linux') return linuxStartTime(pid);
  if (platform === 'win32') return null;
  return psStartTime(pid);
}

let own: string | null | undefined;
/** This process's own token (it cannot change while we run). */
export function ownStartToken(): string | null {
  own ??= processStartToken(process.pid);
  return own;
}

/** Whether a process with this pid exists (EPERM: it exists but belongs to another user). */
export function processAlive(pid: number): boolean {
  // 0 and negative pids address process groups: never "alive" for a lock.
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
