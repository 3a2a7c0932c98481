import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { AppError, toErrorPayload } from '../../errors.ts';
import { resolveVaultDir } from '../../../db/vaultLocation.ts';
import { invoke } from '../../api/dispatch.ts';
import type { Results } from '../../api/contract.ts';
import { createVaultContext } from '../../api/vaultContext.ts';
import { EXIT, printError, printResult } from '../output.ts';
import { globalOptions } from '../runMethod.ts';

type Unlock = Results['vault.unlock'];

function describe(r: Unlock): string {
  if (!r.holder)
    return r.verdict === 'unreadable' ? `锁文件无法读取 The lock file cannot be read: ${r.lockFile}` : '';
  const h = r.holder;
  const state =
    r.verdict === 'stale'
      ? '该进程已不在运行 that process no longer runs'
      : r.verdict === 'other-host'
        ? `在另一台电脑上 on another computer (${h.host})`
        : r.verdict === 'this-process'
          ? '就是本程序 it is this very program'
          : '该进程号仍在运行（可能是无关程序重用了进程号）the pid is running (maybe another program that reused it)';
  return `锁定者 Held by: 进程 pid ${h.pid} @ ${h.host || '?'}${h.createdAt ? `, ${h.createdAt}` : ''} — ${state}`;
}

function human(r: Unlock): string {
  if (r.removed) return `已解除锁定 Unlocked: ${r.lockFile}\n${describe(r)}`;
  if (!r.holder && r.verdict === null) return `证据库没有被锁定 The vault is not locked (${r.lockFile}).`;
  return `未解除 Not removed.\n${describe(r)}`;
}

async function confirmed(status: Unlock): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  process.stderr.write(`${describe(status)}\n`);
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(
      '确认没有打开任何 PayProof 窗口或命令？Is every PayProof window and command closed? [y/N] ',
    );
    return /^(y|yes|是)$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

export function registerUnlock(program: Command): void {
  program
    .command('unlock')
    .description(
      'remove a vault lock that no PayProof holds any more (after a restart, a crash, another computer); asks first / 解除锁定',
    )
    .option('--yes', 'do not ask: you have checked that no PayProof window or command is open')
    .action(async (o: { yes?: boolean }, cmd: Command) => {
      const globals = globalOptions(cmd);
      const json = Boolean(globals.json);
      // Never opens the vault (that needs the lock); the method reads and removes the lock file only.
      const ctx = createVaultContext(resolveVaultDir(globals.vault));
      try {
        const status = await invoke(ctx, 'vault.unlock', { confirmed: false });
        if (!status.holder && status.verdict === null) {
          printResult(status, { json }, human as (r: never) => string);
          return;
        }
        if (!o.yes && !(await confirmed(status))) throw new AppError('unlock-not-confirmed');
        const result = await invoke(ctx, 'vault.unlock', { confirmed: true });
        printResult(result, { json }, human as (r: never) => string);
        process.exitCode = EXIT.ok;
      } catch (err) {
        printError(toErrorPayload(err), { json });
        process.exitCode = EXIT.failed;
      } finally {
        ctx.close();
      }
    });
}
