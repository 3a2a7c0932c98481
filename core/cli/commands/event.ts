import type { Command } from 'commander';
import { eventLine, lines } from '../format.ts';
import { parseId, runMethod } from '../runMethod.ts';

export function registerEvent(program: Command): void {
  const group = program.command('event').description('timeline events / 时间线');

  group
    .command('add')
    .description('add a dated event (a contact, a complaint, a police report…) / 添加事件')
    .requiredOption('--case <id>', 'case id')
    .requiredOption('--date <date>', 'YYYY-MM-DD or "YYYY-MM-DD HH:MM" (Beijing time)')
    .requiredOption('--text <text>', 'what happened')
    .option('--ref <number>', 'reference number: complaint no., police receipt no., tracking no.')
    .option('--kind <kind>', 'contact | complaint | police | refund | other', 'other')
    .action(
      async (o: { case: string; date: string; text: string; ref?: string; kind: string }, cmd: Command) =>
        runMethod(
          cmd,
          'timeline.add',
          { caseId: parseId(o.case), date: o.date, text: o.text, ref: o.ref, kind: o.kind as 'other' },
          { human: (e) => `已添加事件 Added event ${eventLine(e)}` },
        ),
    );

  group
    .command('update <id>')
    .description('change an event / 修改事件')
    .option('--date <date>', 'YYYY-MM-DD or "YYYY-MM-DD HH:MM" (Beijing time)')
    .option('--text <text>', 'what happened')
    .option('--ref <number>', 'reference number')
    .option('--kind <kind>', 'contact | complaint | police | refund | other')
    .option('--revision <n>', 'refuse if it changed since this revision')
    .action(
      async (
        id: string,
        o: { date?: string; text?: string; ref?: string; kind?: string; revision?: string },
        cmd: Command,
      ) =>
        runMethod(
          cmd,
          'timeline.update',
          {
            id: parseId(id),
            ...(o.revision !== undefined ? { revision: Number(o.revision) } : {}),
            patch: { date: o.date, text: o.text, ref: o.ref, kind: o.kind as 'other' | undefined },
          },
          { human: (e) => `已更新事件 Updated event ${eventLine(e)}` },
        ),
    );

  group
    .command('remove <id>')
    .description('delete an event (recorded in the audit log) / 删除事件')
    .action(async (id: string, _o, cmd: Command) =>
      runMethod(
        cmd,
        'timeline.remove',
        { id: parseId(id) },
        { human: (e) => `已删除事件 Removed event ${eventLine(e)}` },
      ),
    );

  group
    .command('list')
    .description('list the timeline of a case / 时间线')
    .requiredOption('--case <id>', 'case id')
    .action(async (o: { case: string }, cmd: Command) =>
      runMethod(
        cmd,
        'timeline.list',
        { caseId: parseId(o.case) },
        { human: (es) => lines(es, eventLine, '没有事件 No events.') },
      ),
    );
}
