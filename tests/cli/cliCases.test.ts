/**
 * The CLI side of issue 11, run as a person would: through a `payproof` link on PATH (what `npm link`
 * makes) from a folder outside the repo, deleting without --yes in a script, importing something that is
 * not a bill, and `counterparty set` twice with one name.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();
const bin = fileURLToPath(new URL('../../bin/payproof.mjs', import.meta.url));
const SLOW = 300_000;

/** `payproof …` resolved from PATH, run in `cwd` (stdin not a terminal). */
function payproof(binDir: string, cwd: string, args: string[]) {
  return runCli(args, { binDir, cwd, env: { PAYPROOF_VAULT: '' } });
}

describe('CLI: cases from any folder', () => {
  it(
    'works through an npm-link style symlink from another folder; delete needs --yes without a terminal; trash and restore',
    async () => {
      const binDir = tmp();
      symlinkSync(bin, path.join(binDir, 'payproof'));
      const work = tmp('截图文件夹-');
      const create = await payproof(binDir, work, [
        '--vault',
        '证据库',
        'case',
        'create',
        '--title',
        '闲鱼买手机未发货',
        '--type',
        'not-received',
        '--json',
      ]);
      expect(create.code, create.stderr).toBe(0);
      // Relative to the folder the person is in, as the README's examples are written.
      const vault = path.join(work, '证据库');
      const refused = await payproof(binDir, work, ['--vault', vault, 'case', 'delete', '1']);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('--yes');
      const deleted = await payproof(binDir, work, ['--vault', vault, 'case', 'delete', '1', '--yes']);
      expect(deleted.code, deleted.stderr).toBe(0);
      expect(deleted.stdout).toContain('回收站');
      const trash = await payproof(binDir, work, ['--vault', vault, 'case', 'trash', '--json']);
      expect((JSON.parse(trash.stdout) as { id: number }[]).map((c) => c.id)).toEqual([1]);
      expect((await payproof(binDir, work, ['--vault', vault, 'case', 'restore', '1'])).code).toBe(0);
    },
    SLOW,
  );

  it(
    'bill import exits 1 when nothing could be imported; counterparty set twice keeps one party',
    async () => {
      const vault = path.join(tmp(), 'v');
      expect(
        (
          await runCli(['case', 'create', '--title', 't', '--type', 'fraud', '--counterparty', '李某'], {
            vault,
          })
        ).code,
      ).toBe(0);
      const dir = tmp();
      mkdirSync(path.join(dir, 'x'));
      const notBill = path.join(dir, 'x', '不是账单.csv');
      writeFileSync(notBill, 'hello,world\n1,2\n');
      const r = await runCli(['bill', 'import', notBill, '--case', '1'], { vault });
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toContain('没有导入任何付款');
      const set = await runCli(
        [
          'counterparty',
          'set',
          '--case',
          '1',
          '--name',
          '李某',
          '--phone',
          '13912345678',
          '--account',
          'alipay:li@example.com',
          '--json',
        ],
        { vault },
      );
      expect(set.code, set.stderr).toBe(0);
      const shown = (await runCli(['case', 'show', '1', '--json'], { vault })).json as {
        counterparties: { name: string; phones: string[]; accounts: unknown[] }[];
      };
      expect(shown.counterparties).toEqual([
        expect.objectContaining({
          name: '李某',
          phones: ['13912345678'],
          accounts: [{ type: 'alipay', number: 'li@example.com' }],
        }),
      ]);
      const badPhone = await runCli(
        ['counterparty', 'set', '--case', '1', '--name', '李某', '--phone', '1380000'],
        { vault },
      );
      expect(badPhone.code).toBe(1);
      expect(badPhone.stderr).toMatch(/错误：输入有误：电话“1380000”不是有效的电话号码/);
    },
    SLOW,
  );
});
