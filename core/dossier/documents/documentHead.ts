/** The top of every document: centred title, optional subtitle, and when the material was generated. */
import type { DossierContext } from '../context.ts';
import { beijingTime, fill } from '../format.ts';
import { SIZE } from '../typesetter.ts';
import { toBeijingIso } from '../../beijingTime.ts';

export function documentHead(ctx: DossierContext, title: string, subtitle?: string): void {
  ctx.ts.title(title);
  if (subtitle) ctx.ts.subtitle(subtitle);
  ctx.ts.paragraph(fill(ctx.common.generatedOn, { at: beijingTime(toBeijingIso(ctx.at)) }), {
    indent: false,
    align: 'right',
    size: SIZE.caption,
    gapAfter: 8,
  });
}
