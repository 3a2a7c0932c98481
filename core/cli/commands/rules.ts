import type { Command } from 'commander';
import { parseId, runMethod } from '../runMethod.ts';
import { checkText, rulesText } from './checkText.ts';

/** `payproof check` (what is missing, which clocks run, what to do next) and `payproof routes` (the ids). */
export function registerRules(program: Command): void {
  program
    .command('check')
    .description('what is present and missing for the case, its deadlines and the next step / 检查证据与期限')
    .requiredOption('--case <id>', 'case id')
    .option('--route <route>', 'check another case route, or just one channel (see `payproof routes`)')
    .option('--at <time>', 'the clock to check against, Beijing time: "2025-05-20 10:00" (default: now)')
    .action(async (o: { case: string; route?: string; at?: string }, cmd: Command) =>
      runMethod(
        cmd,
        'rules.check',
        { caseId: parseId(o.case), route: o.route, at: o.at },
        { human: checkText },
      ),
    );

  program
    .command('routes')
    .description('list case routes, channels and evidence kinds with their ids / 路线与证据类型')
    .action(async (_o, cmd: Command) => runMethod(cmd, 'rules.list', {}, { human: rulesText }));
}
