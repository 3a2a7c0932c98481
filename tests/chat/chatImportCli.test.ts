/**
 * `payproof chat import FILE --case N` as a person runs it: the senders listed with the `--me` to
 * type when the export does not say who is who, the second run answering it, a file that is no chat
 * refused with exit 1 and its name in both languages.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { useTempDirs } from '../helpers/tmp.ts';
import { fixturePath } from './helpers/chatVault.ts';

const tmp = useTempDirs();

describe('payproof chat import', () => {
  it('lists the senders to choose from, then stores who is who with --me; a non-chat exits 1', async () => {
    const dir = tmp();
    const vault = path.join(dir, 'vault');
    const c = await runCli(['case', 'create', '--title', '买手机', '--type', 'not-received', '--json'], {
      vault,
    });
    const caseId = String((c.json as { id: number }).id);
    const first = await runCli(['chat', 'import', fixturePath('chatlog.csv'), '--case', caseId], { vault });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('已导入 Imported: 5 条消息 messages');
    expect(first.stdout).toContain('这些人里哪一位是你？ Which of these senders is you?');
    expect(first.stdout).toContain('--me wxid_me    我  (1 条 messages)');
    expect(first.stdout).toContain('#8 这一条消息的时间“2024-13-02 09:01:00”无法识别');

    const second = await runCli(
      ['chat', 'import', fixturePath('chatlog.csv'), '--case', caseId, '--me', 'wxid_me', '--json'],
      {
        vault,
      },
    );
    expect(second.code).toBe(0);
    expect(second.json).toMatchObject({
      alreadyImported: true,
      needsMe: false,
      me: 'wxid_me',
      messageCount: 5,
    });

    const notes = path.join(dir, '备忘.txt');
    writeFileSync(notes, '买菜\n交电费\n');
    const bad = await runCli(['chat', 'import', notes, '--case', caseId], { vault });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('备忘.txt：没有读到任何聊天消息，证据库里什么都没有改动。');
    expect(bad.stderr).toContain(
      '备忘.txt: no chat message could be read; nothing in the vault was changed.',
    );
  });
});
