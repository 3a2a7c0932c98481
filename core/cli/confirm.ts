/**
 * Asking before something a person may regret (deleting a case). `--yes` answers for scripts; without
 * it, a terminal gets the question and anything but y/是 keeps everything; without a terminal the
 * command refuses (exit 2) rather than guess.
 */
import { createInterface } from 'node:readline/promises';
import { AppError } from '../errors.ts';
import { EXIT, printError } from './output.ts';

export async function confirmed(
  question: string,
  yes: boolean,
  action: string,
  json: boolean,
): Promise<boolean> {
  if (yes) return true;
  if (!process.stdin.isTTY) {
    printError(new AppError('confirm-needed', { action }).toPayload(), { json });
    process.exitCode = EXIT.usage;
    return false;
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = (await rl.question(`${question} [y/N] `)).trim().toLowerCase();
    if (['y', 'yes', '是', '确定'].includes(answer)) return true;
    process.stderr.write('未删除 Nothing was deleted.\n');
    process.exitCode = EXIT.ok;
    return false;
  } finally {
    rl.close();
  }
}
