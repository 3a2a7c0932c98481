/**
 * The vault lock with real processes: four racers at once (exactly one holds it, every round), stale
 * locks of dead pids and of reused pids taken over by exactly one of them, and the way out of a lock
 * that names a live unrelated pid or another computer (`payproof unlock`).
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../core/api/dispatch.ts';
import { createVaultContext } from '../../core/api/vaultContext.ts';
import { openVault } from '../../db/openVault.ts';
import { processStartToken } from '../../db/processStart.ts';
import { acquireVaultLock, readLockHolder } from '../../db/vaultLock.ts';
import { runCli } from '../helpers/cli.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tempDir = useTempDirs();
const racerScript = fileURLToPath(new URL('./helpers/lockRacer.ts', import.meta.url));

interface Racer {
  child: ChildProcessWithoutNullStreams;
  next(): Promise<Record<string, unknown>>;
  send(line: string): void;
}

function startRacer(lockFile: string): Racer {
  const child = spawn(process.execPath, ['--import', 'tsx', racerScript, lockFile], { stdio: 'pipe' });
  const lines: string[] = [];
  const waiters: ((l: string) => void)[] = [];
  createInterface({ input: child.stdout }).on('line', (l) => {
    const w = waiters.shift();
    if (w) w(l);
    else lines.push(l);
  });
  return {
    child,
    next: () =>
      new Promise((resolve) => {
        const l = lines.shift();
        if (l !== undefined) resolve(JSON.parse(l));
        else waiters.push((x) => resolve(JSON.parse(x)));
      }),
    send: (line) => child.stdin.write(`${line}\n`),
  };
}

/** A pid that surely does not run: a child that has already exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(r.stdout);
}

function writeLock(file: string, holder: Record<string, unknown>): void {
  writeFileSync(file, JSON.stringify(holder));
}

/** An unrelated live process (its pid stands for a pid reused after a reboot). */
let bystander: ReturnType<typeof spawn>;
beforeAll(() => {
  bystander = spawn('sleep', ['600'], { stdio: 'ignore' });
});
afterAll(() => {
  bystander.kill('SIGKILL');
});

describe('vault lock', () => {
  it('four processes racing: exactly one holds it, in every one of 30 rounds (fresh, dead-pid and reused-pid locks)', async () => {
    const dir = tempDir();
    const lockFile = path.join(dir, 'payproof.lock');
    const racers = Array.from({ length: 4 }, () => startRacer(lockFile));
    try {
      for (const r of racers) expect(await r.next()).toEqual({ ready: true });
      const tally = { rounds: 0, oneHolder: 0 };
      for (let round = 0; round < 30; round++) {
        if (round % 3 === 1)
          writeLock(lockFile, { pid: deadPid(), host: os.hostname(), start: 'x:1', nonce: 'n' });
        if (round % 3 === 2)
          writeLock(lockFile, {
            pid: bystander.pid,
            host: os.hostname(),
            start: 'before-the-reboot:42',
            nonce: 'n',
          });
        for (const r of racers) r.send('go');
        const answers = await Promise.all(racers.map((r) => r.next()));
        const holders = answers.filter((a) => a.held === true);
        tally.rounds++;
        if (holders.length === 1) tally.oneHolder++;
        expect(holders, `round ${round}: ${JSON.stringify(answers)}`).toHaveLength(1);
        for (const a of answers.filter((x) => x.held !== true)) expect(a.code).toBe('vault-locked');
        // The lock on disk names the holder, complete.
        expect(readLockHolder(lockFile)?.pid).toBe(holders[0]!.pid);
        for (const r of racers) r.send('release');
        await Promise.all(racers.map((r) => r.next()));
        expect(existsSync(lockFile)).toBe(false);
      }
      console.log(
        `lock race: ${tally.oneHolder}/${tally.rounds} rounds with exactly one holder (4 processes)`,
      );
    } finally {
      for (const r of racers) r.send('exit');
    }
  }, 120_000);

  it('records pid, process start time and host; the lock is complete the moment it exists', () => {
    const dir = tempDir();
    const file = path.join(dir, 'payproof.lock');
    const lock = acquireVaultLock(file);
    const holder = readLockHolder(file)!;
    expect(holder.pid).toBe(process.pid);
    expect(holder.host).toBe(os.hostname());
    expect(holder.start).toBe(processStartToken(process.pid));
    expect(holder.start).toMatch(/^[0-9a-f-]+:\d+$/);
    lock.release();
    expect(existsSync(file)).toBe(false);
  });

  it('a live unrelated pid with another start time is a reused pid: taken over without asking', () => {
    const dir = tempDir();
    writeLock(path.join(dir, 'payproof.lock'), {
      pid: bystander.pid,
      host: os.hostname(),
      start: 'old-boot:7',
    });
    const vault = openVault(dir);
    expect(readLockHolder(path.join(dir, 'payproof.lock'))?.pid).toBe(process.pid);
    vault.close();
  });

  it('a lock naming a live pid it cannot judge refuses, and `payproof unlock` is the way out', async () => {
    const dir = tempDir();
    openVault(dir).close();
    const lockFile = path.join(dir, 'payproof.lock');
    // An old-style lock (no start time): the pid runs, so nothing can prove it is not PayProof.
    writeLock(lockFile, { pid: bystander.pid, host: os.hostname() });
    const refused = await runCli(['case', 'list', '--json'], { vault: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`pid ${bystander.pid}`);
    expect(refused.stderr).toContain('payproof unlock');

    // Not a terminal and no --yes: nothing removed.
    const unasked = await runCli(['unlock'], { vault: dir });
    expect(unasked.code).toBe(1);
    expect(unasked.stderr).toContain('--yes');
    expect(existsSync(lockFile)).toBe(true);

    const unlocked = await runCli(['unlock', '--yes', '--json'], { vault: dir });
    expect(unlocked.code).toBe(0);
    expect(unlocked.json).toMatchObject({ removed: true, holder: { pid: bystander.pid }, verdict: 'held' });
    expect(existsSync(lockFile)).toBe(false);
    expect((await runCli(['case', 'list', '--json'], { vault: dir })).code).toBe(0);

    const again = await runCli(['unlock', '--yes'], { vault: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('not locked');
    // Each CLI run starts a process that compiles TypeScript: slow on a loaded machine.
  }, 240_000);

  it("another computer's lock is never judged from here; unlock removes it", async () => {
    const dir = tempDir();
    const lockFile = path.join(dir, 'payproof.lock');
    writeLock(lockFile, { pid: deadPid(), host: 'other-laptop', start: 'b:1', nonce: 'n' });
    const refused = await runCli(['case', 'list'], { vault: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('other-laptop');
    expect(readFileSync(lockFile, 'utf8')).toContain('other-laptop');
    expect((await runCli(['unlock', '--yes'], { vault: dir })).code).toBe(0);
    expect((await runCli(['case', 'list'], { vault: dir })).code).toBe(0);
    // Each CLI run starts a process that compiles TypeScript: slow on a loaded machine.
  }, 240_000);

  it('an empty lock (left by the old create-then-write lock) is stale only once it is old', () => {
    const dir = tempDir();
    const lockFile = path.join(dir, 'payproof.lock');
    writeFileSync(lockFile, '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockFile, old, old);
    openVault(dir).close();
    expect(existsSync(lockFile)).toBe(false);
  });

  it('temp files a killed locker left beside the lock are swept; a live one is left alone', () => {
    const dir = tempDir();
    const dead = path.join(dir, `payproof.lock.${deadPid()}.0a1b2c.tmp`);
    const live = path.join(dir, `payproof.lock.${bystander.pid}.0a1b2c.tmp`);
    writeFileSync(dead, '{}');
    writeFileSync(live, '{}');
    openVault(dir).close();
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });

  it('vault.unlock never removes the lock of the process asking', async () => {
    const dir = tempDir();
    const ctx = createVaultContext(dir);
    try {
      ctx.vault();
      const r = await invoke(ctx, 'vault.unlock', { confirmed: true });
      expect(r).toMatchObject({ removed: false, verdict: 'this-process' });
      expect(readLockHolder(path.join(dir, 'payproof.lock'))?.pid).toBe(process.pid);
    } finally {
      ctx.close();
    }
  });
});
