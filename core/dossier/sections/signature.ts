/** The closing lines every document ends its body with: who signs, a blank to sign on, and the date. */
import type { DossierContext } from '../context.ts';
import { chineseDate, fill } from '../format.ts';

export function signatureLines(ctx: DossierContext, role: string, space = 18): void {
  const w = ctx.common.signature;
  ctx.ts.spacer(space);
  ctx.ts.rightBlock([
    fill(w.signer, { role, blank: ctx.common.blank }),
    fill(w.date, { date: chineseDate(ctx.at) }),
  ]);
}
