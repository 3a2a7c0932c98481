/**
 * The `payproof` command tree. Every command takes --vault DIR (or PAYPROOF_VAULT) and --json.
 * Add a command group: write commands/<name>.ts exporting register<Name>(program) and list it here.
 */
import { Command } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { registerBackup } from './commands/backup.ts';
import { registerMove } from './commands/move.ts';
import { registerBill } from './commands/bill.ts';
import { registerChat } from './commands/chat.ts';
import { registerCase } from './commands/case.ts';
import { registerCounterparty } from './commands/counterparty.ts';
import { registerDoctor } from './commands/doctor.ts';
import { registerDossier } from './commands/dossier.ts';
import { registerEvent } from './commands/event.ts';
import { registerEvidence } from './commands/evidence.ts';
import { registerInit } from './commands/init.ts';
import { registerPayment } from './commands/payment.ts';
import { registerProfile } from './commands/profile.ts';
import { registerRules } from './commands/rules.ts';
import { registerScreenshot } from './commands/screenshot.ts';
import { registerSearch } from './commands/search.ts';
import { registerUnlock } from './commands/unlock.ts';

export function buildProgram(): Command {
  const program = new Command('payproof')
    .description(
      'PayProof 支付维权证据箱 — evidence vault and dispute papers for WeChat Pay / Alipay payments',
    )
    .version(pkg.version, '-V, --version')
    .option('--vault <dir>', 'vault folder (default: $PAYPROOF_VAULT, else your app data folder)')
    .option('--json', 'print exactly one JSON document on stdout')
    .showHelpAfterError()
    .exitOverride();
  for (const register of [
    registerInit,
    registerCase,
    registerCounterparty,
    registerPayment,
    registerEvidence,
    registerEvent,
    registerProfile,
    registerDoctor,
    registerBackup,
    registerMove,
    registerUnlock,
    registerRules,
    registerDossier,
    registerBill,
    registerScreenshot,
    registerSearch,
    registerChat,
  ]) {
    register(program);
  }
  return program;
}
