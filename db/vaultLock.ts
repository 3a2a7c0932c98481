/**
 * One process at a time may hold a vault: a second writer (an app window and a CLI at once) could
 * interleave evidence ingest with a migration.
 *
 * Exclusive by construction: the lock's content (pid, process start token, host, a random nonce) is
 * written to a private temp file first and then link()ed to the lock name. link() fails if the name
 * exists, and a reader never sees a half-written lock, so "empty = stale" cannot happen.
 *
 * A lock is stale when its pid no longer runs, or runs with another start token (the pid was reused,
 * e.g. after a reboot). A lock from another host (a vault in a synced or network folder) is never
 * judged from here: only `payproof unlock` removes it. Breaking a stale lock happens under a short-lived
 * second lock (`payproof.lock.break`), re-reading the lock under it, so two processes that both judged
 * the same lock stale cannot delete each other's fresh lock.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../core/errors.ts';
import { writePrivateFileSync } from '../core/util/privateFile.ts';
import { ownStartToken, processAlive, processStartToken } from './processStart.ts';

/** What a lock file says about its holder. `start` is null for locks of older versions or unknown. */
export interface LockHolder {
  pid: number;
  start: string | null;
  host: string;
  nonce: string;
  createdAt: string;
}

export type LockVerdict = 'held' | 'stale' | 'other-host' | 'this-process';

export interface VaultLock {
  release(): void;
}

/** A lock written before content-first locking (or damaged) has no nonce; its raw text identifies it. */
function parseLock(text: string): LockHolder | null {
  try {
    const v = JSON.parse(text) as Partial<LockHolder>;
    if (typeof v.pid !== 'number' || !Number.isInteger(v.pid)) return null;
    return {
      pid: v.pid,
      start: typeof v.start === 'string' ? v.start : null,
      host: typeof v.host === 'string' ? v.host : '',
      nonce: typeof v.nonce === 'string' ? v.nonce : '',
      createdAt: typeof v.createdAt === 'string' ? v.createdAt : '',
    };
  } catch {
    return null;
  }
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** The holder named by the lock file, or null when there is no lock (or it cannot be parsed). */
export function readLockHolder(file: string): LockHolder | null {
  const text = readText(file);
  return text === null ? null : parseLock(text);
}

export function judgeHolder(holder: LockHolder): LockVerdict {
  if (holder.host !== os.hostname()) return 'other-host';
  if (holder.pid === process.pid && (holder.start === null || holder.start === ownStartToken()))
    return 'this-process';
  if (!processAlive(holder.pid)) return 'stale';
  if (holder.start === null) return 'held';
  const now = processStartToken(holder.pid);
  // Unknown now (no /proc, ps failed): do not guess; `payproof unlock` remains.
  return now !== null && now !== holder.start ? 'stale' : 'held';
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function lockedError(holder: LockHolder, verdict: LockVerdict): AppError {
  if (verdict === 'other-host')
    return new AppError('vault-locked-elsewhere', { pid: holder.pid, host: holder.host || '?' });
  return new AppError('vault-locked', { pid: holder.pid });
}

function newHolder(): LockHolder {
  return {
    pid: process.pid,
    start: ownStartToken(),
    host: os.hostname(),
    nonce: randomBytes(12).toString('hex'),
    createdAt: new Date().toISOString(),
  };
}

/** Filesystems without hard links (FAT/exFAT USB sticks, some network shares) answer link() so. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/**
 * Publish `content` at `file` only if nothing is there: temp file, then link (atomic, exclusive).
 * Where hard links do not exist, an exclusive create + write: briefly empty, which readers treat as
 * held (UNREADABLE_GRACE_MS), never as stale.
 */
function linkNew(file: string, content: string): boolean {
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  writePrivateFileSync(tmp, content, 'wx');
  try {
    linkSync(tmp, file);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(code)) throw err;
  } finally {
    unlinkSync(tmp);
  }
  try {
    writePrivateFileSync(file, content, 'wx');
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/** Temp and set-aside files a process killed mid-lock left next to the lock (names carry the pid). */
function sweepLeftovers(file: string): void {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(?:break\.)?(\d+)\.[0-9a-f]+\.tmp$/.exec(name.slice(prefix.length));
    const orphanedAside =
      /^(?:break\.)?[0-9a-f]+\.stale$/.test(name.slice(prefix.length)) &&
      ageMs(path.join(dir, name)) > UNREADABLE_GRACE_MS;
    if ((m && !processAlive(Number(m[1]))) || orphanedAside) rmSync(path.join(dir, name), { force: true });
  }
}

/**
 * Remove `file` only if it still holds exactly `seenText`. Used on the break lock itself when its
 * breaker died mid-break: moved aside first (rename is atomic, one mover wins), checked, and put back
 * with link() if it turned out to be a live one.
 */
function removeIfUnchanged(file: string, seenText: string): void {
  const aside = `${file}.${randomBytes(6).toString('hex')}.stale`;
  try {
    renameSync(file, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  try {
    if (readText(aside) !== seenText) linkSync(aside, file);
  } catch {
    /* someone holds the name again: theirs stands */
  } finally {
    unlinkSync(aside);
  }
}

/** How long an unparseable lock (written by a version that wrote the pid after creating it) may be young. */
const UNREADABLE_GRACE_MS = 5000;

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Run `fn` holding the break lock; a break lock left by a dead breaker is cleared first. */
function withBreakLock(lockFile: string, fn: () => void): boolean {
  const breakFile = `${lockFile}.break`;
  const me = JSON.stringify(newHolder());
  for (let attempt = 0; attempt < 200; attempt++) {
    if (linkNew(breakFile, me)) {
      try {
        fn();
      } finally {
        if (readText(breakFile) === me) unlinkSync(breakFile);
      }
      return true;
    }
    const text = readText(breakFile);
    if (text === null) continue;
    const breaker = parseLock(text);
    if (!breaker || judgeHolder(breaker) === 'stale') removeIfUnchanged(breakFile, text);
    else sleepSync(5);
  }
  return false;
}

export function acquireVaultLock(file: string): VaultLock {
  const me = newHolder();
  const content = JSON.stringify(me);
  for (let attempt = 0; attempt < 50; attempt++) {
    if (linkNew(file, content)) {
      sweepLeftovers(file);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          if (readText(file) === content) unlinkSync(file);
        },
      };
    }
    const seen = readText(file);
    if (seen === null) continue;
    const holder = parseLock(seen);
    if (holder) {
      const verdict = judgeHolder(holder);
      if (verdict !== 'stale') throw lockedError(holder, verdict);
    } else if (ageMs(file) < UNREADABLE_GRACE_MS) {
      sleepSync(50);
      continue;
    }
    // Stale: remove it, but only if it is still the very lock judged (nobody replaced it meanwhile).
    withBreakLock(file, () => {
      if (readText(file) === seen) unlinkSync(file);
    });
  }
  const holder = readLockHolder(file);
  throw new AppError('vault-locked', { pid: holder?.pid ?? '?' });
}

export interface UnlockResult {
  /** False when there was no lock, or this process holds it itself. */
  removed: boolean;
  holder: LockHolder | null;
  /** What this machine could tell about the holder when it was removed. */
  verdict: LockVerdict | 'unreadable' | null;
}

/**
 * `payproof unlock`: remove a lock the person has confirmed no PayProof window or command holds.
 * The lock this very process holds is never removed from under it.
 */
export function forceUnlock(file: string): UnlockResult {
  const text = readText(file);
  if (text === null) return { removed: false, holder: null, verdict: null };
  const holder = parseLock(text);
  const verdict = holder ? judgeHolder(holder) : 'unreadable';
  if (verdict === 'this-process') return { removed: false, holder, verdict };
  let removed = false;
  withBreakLock(file, () => {
    if (readText(file) === text) {
      unlinkSync(file);
      removed = true;
    }
  });
  return { removed, holder, verdict };
}
