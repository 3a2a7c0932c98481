import { CommanderError } from 'commander';
import { buildProgram } from './program.ts';
import { EXIT } from './output.ts';

try {
  await buildProgram().parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // Help and --version exit 0; usage mistakes exit 2 (commander already printed the message).
    process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    process.stderr.write('错误：程序内部错误 Error: internal error\n');
    process.exitCode = EXIT.failed;
  }
}
