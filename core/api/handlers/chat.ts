import { createReadStream } from 'node:fs';
import path from 'node:path';
import { parseChatStream } from '../../chat/parseChat.ts';
import type { HandlerMap } from '../context.ts';
import type { chatSchemas } from '../schemas/chat.ts';
import { importChat } from './chatImport.ts';
import { statRegularFile } from './regularFile.ts';

export const chatHandlers: HandlerMap<keyof typeof chatSchemas> = {
  // Parse only: no vault is opened, nothing is stored. The file is streamed, never read whole.
  'chat.parse': async (_ctx, input, progress) => {
    await statRegularFile(input.path);
    progress.report({ phase: 'parsing', done: 0, total: 1 });
    const source = createReadStream(input.path, { highWaterMark: 256 * 1024 });
    const result = await parseChatStream(source, input.originalName ?? path.basename(input.path), {
      year: input.year,
      date: input.date,
    });
    progress.report({ phase: 'parsing', done: 1, total: 1 });
    return result;
  },
  'chat.import': (ctx, input, progress) => importChat(ctx.vault(), input, progress),
};
