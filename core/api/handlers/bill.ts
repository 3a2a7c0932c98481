import type { billSchemas } from '../schemas/bill.ts';
import type { HandlerMap } from '../context.ts';
import { readBillFile } from './billFile.ts';
import { importBill } from './billImport.ts';

export const billHandlers: HandlerMap<keyof typeof billSchemas> = {
  // Parse only: no vault is opened, nothing is stored.
  'bill.show': async (_ctx, input, progress) => {
    progress.report({ phase: 'parsing', done: 0, total: 1 });
    const { result } = await readBillFile(input.path, input.originalName, input.password);
    progress.report({ phase: 'parsing', done: 1, total: 1 });
    return result;
  },
  'bill.import': (ctx, input, progress) => importBill(ctx.vault(), input, progress),
};
