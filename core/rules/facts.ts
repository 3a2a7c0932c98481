/**
 * Case facts a rule can require, evaluated against the snapshot. Their labels, how-tos and sources
 * live in templates/rules/facts.json; the loader checks that both sides name the same facts.
 * Adding a route never needs a new evaluator unless it asks for a genuinely new kind of fact.
 */
import type { CaseClaims } from '../domain/types.ts';
import type { CaseContext } from './caseContext.ts';

export interface FactResult {
  present: boolean;
  /** Which parts are still missing or wrong (e.g. profile fields). */
  detail?: string[];
}

export interface FactInput {
  ctx: CaseContext;
  params: Record<string, string | number>;
  /** The case route's own evidence check, for channels that build on it. Null while checking the route itself. */
  routeEvidence: { satisfied: boolean; missing: string[] } | null;
}

type Evaluator = (input: FactInput) => FactResult;

const hasClaims = (c: CaseClaims): boolean =>
  c.refundFen !== null || c.rescind || c.compensation !== 'none' || c.interest;
const filled = (s: string | null | undefined): boolean => (s ?? '').trim() !== '';
const anyFilled = (list: string[]): boolean => list.some(filled);
const yes = (present: boolean, detail?: string[]): FactResult =>
  detail && detail.length ? { present, detail } : { present };

const evaluators: Record<string, Evaluator> = {
  txid: ({ ctx }) => yes(ctx.snapshot.payments.some((p) => filled(p.txid))),
  amount: ({ ctx }) => yes(ctx.snapshot.payments.some((p) => p.amountFen > 0)),
  time: ({ ctx }) => yes(ctx.snapshot.payments.some((p) => Number.isFinite(Date.parse(p.time)))),
  counterparty: ({ ctx }) =>
    yes(
      ctx.snapshot.counterparties.some((c) => filled(c.name)) ||
        ctx.snapshot.payments.some((p) => filled(p.counterparty)),
    ),
  'counterparty-identifiers': ({ ctx }) =>
    yes(
      ctx.snapshot.counterparties.some(
        (c) => anyFilled(c.wechatIds) || anyFilled(c.phones) || anyFilled(c.accounts.map((a) => a.number)),
      ),
    ),
  'merchant-name': ({ ctx }) =>
    yes(ctx.snapshot.counterparties.some((c) => c.kind !== 'person' && filled(c.name))),
  'merchant-credit-code': ({ ctx, params }) => {
    const pattern = new RegExp(String(params['pattern'] ?? '^.{18}$'));
    const codes = ctx.snapshot.counterparties.filter((c) => c.kind !== 'person' && filled(c.creditCode));
    if (codes.some((c) => pattern.test(c.creditCode.trim().toUpperCase()))) return yes(true);
    return yes(
      false,
      codes.length
        ? codes.map((c) => `creditCode "${c.creditCode.trim()}" is not a valid 18-character code`)
        : undefined,
    );
  },
  'reporter-identity': ({ ctx }) => {
    const p = ctx.snapshot.profile;
    const empty = (['name', 'idNumber', 'phone', 'address'] as const).filter((f) => !filled(p[f]));
    return yes(empty.length === 0, empty);
  },
  narrative: ({ ctx }) => yes(filled(ctx.snapshot.case.narrative)),
  'complaint-description': ({ ctx, params }) => {
    const max = Number(params['maxLength'] ?? 300);
    const length = [...ctx.snapshot.case.narrative.trim()].length;
    if (length === 0) return yes(false);
    return length <= max
      ? yes(true)
      : yes(false, [`narrative is ${length} characters; the platform stores at most ${max}`]);
  },
  // 诉求 in either form: the structured claims (退款, 解除合同, 赔偿, 利息) or the person's own words.
  demand: ({ ctx }) => yes(hasClaims(ctx.snapshot.case.claims) || filled(ctx.snapshot.case.demand)),
  place: ({ ctx }) => yes(filled(ctx.snapshot.case.place)),
  'image-voucher': ({ ctx, params }) => {
    const prefix = String(params['mimePrefix'] ?? 'image/');
    for (const m of ctx.mimes) if (m.startsWith(prefix)) return yes(true);
    return yes(false);
  },
  'route-evidence': ({ routeEvidence }) => yes(routeEvidence?.satisfied ?? false, routeEvidence?.missing),
};

/** The facts this engine can evaluate; facts.json must describe exactly these. */
export const factIds: ReadonlySet<string> = new Set(Object.keys(evaluators));

export function evaluateFact(id: string, input: FactInput): FactResult {
  const evaluate = evaluators[id];
  if (!evaluate) throw new Error(`no evaluator for fact "${id}"`);
  return evaluate(input);
}
