/**
 * Every bad input named in issue #2 gets a clear error (zh + en on stderr, nonzero exit) and leaves
 * the vault consistent: no evidence row without its object, no stray file in tmp/.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();
const children: ReturnType<typeof spawn>[] = [];
afterAll(() => children.forEach((c) => c.kill()));

async function vaultWithCase() {
  const vault = path.join(tmp(), 'vault');
  const c = await runCli(['case', 'create', '--title', 'T', '--type', 'fraud', '--json'], { vault });
  expect(c.code).toBe(0);
  return { vault, caseId: String((c.json as { id: number }).id) };
}

async function expectConsistent(vault: string, evidenceCount: number) {
  const doctor = await runCli(['doctor', '--json'], { vault });
  expect(doctor.json).toMatchObject({ ok: true, objectsChecked: expect.any(Number) });
  expect(readdirSync(path.join(vault, 'tmp'))).toEqual([]);
  expect(
    ((await runCli(['evidence', 'list', '--case', '1', '--json'], { vault })).json as unknown[]).length,
  ).toBe(evidenceCount);
}

describe('bad input is refused clearly and leaves the vault consistent', () => {
  it('a missing file: names it, adds nothing from the batch', async () => {
    const { vault, caseId } = await vaultWithCase();
    const ok = path.join(tmp(), 'ok.txt');
    writeFileSync(ok, 'ok');
    const r = await runCli(['evidence', 'add', '--case', caseId, ok, '/nonexistent/截图.png'], { vault });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('找不到文件 /nonexistent/截图.png');
    expect(r.stderr).toContain('File not found: /nonexistent/截图.png');
    await expectConsistent(vault, 0);
  });

  it('a directory is added recursively; a zero-byte file is allowed with a warning', async () => {
    const { vault, caseId } = await vaultWithCase();
    const dir = tmp('dir-');
    mkdirSync(path.join(dir, 'inner'));
    writeFileSync(path.join(dir, 'inner', 'a.txt'), 'a');
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const r = await runCli(['evidence', 'add', '--case', caseId, dir, '--json'], { vault });
    expect(r.code).toBe(0);
    const items = r.json as { size: number; warnings: string[] }[];
    expect(items).toHaveLength(2);
    expect(items.find((i) => i.size === 0)!.warnings).toEqual(['empty-file']);
    expect(
      (await runCli(['evidence', 'add', '--case', caseId, path.join(dir, 'empty.txt')], { vault })).stdout,
    ).toContain('空文件');
    await expectConsistent(vault, 3);
  });

  it('names with ../, very long names and Windows-reserved names are stored by content with the name kept as text', async () => {
    const { vault, caseId } = await vaultWithCase();
    const dir = tmp('names-');
    mkdirSync(path.join(dir, 'sub'));
    const long = `${'很长的文件名'.repeat(13)}.txt`; // 78 CJK chars = 234 bytes + ext, near the 255-byte limit
    for (const name of ['CON', 'NUL.txt', 'aux', long]) writeFileSync(path.join(dir, name), name);
    const viaDotDot = path.join(dir, 'sub', '..', 'CON');
    const r = await runCli(
      [
        'evidence',
        'add',
        '--case',
        caseId,
        viaDotDot,
        path.join(dir, 'NUL.txt'),
        path.join(dir, 'aux'),
        path.join(dir, long),
        '--json',
      ],
      { vault },
    );
    expect(r.code).toBe(0);
    expect((r.json as { originalName: string }[]).map((i) => i.originalName)).toEqual([
      'CON',
      'NUL.txt',
      'aux',
      long,
    ]);
    await expectConsistent(vault, 4);
  });

  it('a vault path that is a file', async () => {
    const file = path.join(tmp(), 'not-a-dir');
    writeFileSync(file, 'x');
    const r = await runCli(['init'], { vault: file });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('是一个文件，不是文件夹');
    expect(r.stderr).toContain('is a file, not a folder');
  });

  it('a vault held by another running process is refused; a stale lock is taken over', async () => {
    const { vault } = await vaultWithCase();
    const holder = spawn('sleep', ['60']);
    children.push(holder);
    writeFileSync(
      path.join(vault, 'payproof.lock'),
      JSON.stringify({ pid: holder.pid, host: os.hostname() }),
    );
    const r = await runCli(['case', 'list'], { vault });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`进程 ${holder.pid}`);
    holder.kill();
    writeFileSync(
      path.join(vault, 'payproof.lock'),
      JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname() }),
    );
    expect((await runCli(['case', 'list'], { vault })).code).toBe(0);
  });

  it.each([
    ['12.345', '金额“12.345”最多只能有两位小数'],
    ['abc', '金额“abc”看不懂'],
    ['-5', '金额不能是负数'],
  ])('amount %s', async (amount, message) => {
    const { vault, caseId } = await vaultWithCase();
    const r = await runCli(
      [
        'payment',
        'add',
        '--case',
        caseId,
        '--txid',
        '4200000000000000000000000001',
        '--amount',
        amount,
        '--time',
        '2025-05-18 12:00:00',
      ],
      { vault },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
    expect((await runCli(['payment', 'list', '--case', caseId, '--json'], { vault })).json).toEqual([]);
  });

  it.each(['2025-02-30 12:00:00', '2025-05-18 25:00:00', 'tomorrow'])(
    'a time that does not exist: %s',
    async (time) => {
      const { vault, caseId } = await vaultWithCase();
      const r = await runCli(
        [
          'payment',
          'add',
          '--case',
          caseId,
          '--txid',
          '4200000000000000000000000001',
          '--amount',
          '1',
          '--time',
          time,
        ],
        { vault },
      );
      expect(r.code).toBe(1);
      // Names the field and what to type, in Chinese and English.
      expect(r.stderr).toContain(`付款时间“${time}”`);
      expect(r.stderr).toMatch(/不存在|看不懂/);
      expect(r.stderr).toContain(`Payment time "${time}"`);
    },
  );

  it('an unknown route or kind lists the valid ones', async () => {
    const { vault, caseId } = await vaultWithCase();
    const route = await runCli(['case', 'create', '--title', 'x', '--type', 'scam'], { vault });
    expect(route.code).toBe(1);
    expect(route.stderr).toMatch(
      /Valid routes: .*fraud.*not-received.*duplicate-charge.*transfer-scam.*virtual-goods.*cross-border/,
    );
    const f = path.join(tmp(), 'a.txt');
    writeFileSync(f, 'a');
    const kind = await runCli(['evidence', 'add', '--case', caseId, '--kind', 'selfie', f], { vault });
    expect(kind.code).toBe(1);
    expect(kind.stderr).toMatch(/Valid kinds: .*chat-screenshot.*logistics/);
    await expectConsistent(vault, 0);
  });

  it('the same 交易单号 twice in a case is refused, naming the existing payment', async () => {
    const { vault, caseId } = await vaultWithCase();
    const args = [
      'payment',
      'add',
      '--case',
      caseId,
      '--txid',
      '4200001879202307111251305441',
      '--amount',
      '1',
      '--time',
      '2025-05-18 12:00',
    ];
    expect((await runCli(args, { vault })).code).toBe(0);
    const again = await runCli(args, { vault });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('已有交易单号为 4200001879202307111251305441');
  });

  it('an unknown case id and a non-numeric id', async () => {
    const { vault } = await vaultWithCase();
    expect((await runCli(['case', 'show', '99'], { vault })).stderr).toContain('找不到Case 案件（编号 99）');
    const r = await runCli(['case', 'show', 'abc'], { vault });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('输入有误：编号的类型不对：应为数字');
    expect(r.stderr).toContain('Id has the wrong type');
  });
  it('payment list --offset/--limit give one window; a bad --limit is a usage error naming it', async () => {
    const { vault, caseId } = await vaultWithCase();
    for (const [i, day] of ['03', '01', '02'].entries()) {
      const r = await runCli(
        [
          'payment',
          'add',
          '--case',
          caseId,
          '--txid',
          `420000${i}`,
          '--amount',
          `${i + 1}`,
          '--time',
          `2025-05-${day} 12:00`,
        ],
        { vault },
      );
      expect(r.code).toBe(0);
    }
    const all = (await runCli(['payment', 'list', '--case', caseId, '--json'], { vault })).json as {
      txid: string;
    }[];
    expect(all.map((p) => p.txid)).toEqual(['4200001', '4200002', '4200000']);
    const page = await runCli(
      ['payment', 'list', '--case', caseId, '--offset', '1', '--limit', '1', '--json'],
      {
        vault,
      },
    );
    expect((page.json as { txid: string }[]).map((p) => p.txid)).toEqual(['4200002']);
    const bad = await runCli(['payment', 'list', '--case', caseId, '--limit', 'ten'], { vault });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('limit');
  });
});
