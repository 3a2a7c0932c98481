import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseChatStream } from '../../chat/parseChat.ts';
import { AppError } from '../../errors.ts';
import type { HandlerMap } from '../context.ts';
import type { chatSchemas } from '../schemas/chat.ts';

async function checkRegularFile(file: string): Promise<void> {
  let info;
  try {
    info = await stat(file);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new AppError('file-missing', { file });
    throw new AppError('file-unreadable', { file, reason: e.code ?? e.message });
  }
  if (!info.isFile()) throw new AppError('file-special', { file });
}

export const chatHandlers: HandlerMap<keyof typeof chatSchemas> = {
  // Parse only: no vault is opened, nothing is stored. The file is streamed, never read whole.
  'chat.parse': async (_ctx, input, progress) => {
    await checkRegularFile(input.path);
    progress.report({ phase: 'parsing', done: 0, total: 1 });
    const source = createReadStream(input.path, { highWaterMark: 256 * 1024 });
    const result = await parseChatStream(source, input.originalName ?? path.basename(input.path));
    progress.report({ phase: 'parsing', done: 1, total: 1 });
    return result;
  },
};
