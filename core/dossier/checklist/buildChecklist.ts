/**
 * The 核对单 as data (dossier.checklist, and the printable checklist document): for each paper the
 * blanks it will carry, each with the field it maps to so a screen can offer "现在填写"; the rules
 * check (missing items with how to get them, every clock with its own source, warnings, the next step);
 * the tips for filing each paper; and notices about what a paper left out on purpose and why.
 * Everything here is for the person; none of it is printed in a paper.
 */
import type { CaseSnapshot } from '../../domain/types.ts';
import type { NextStep } from '../../rules/types.ts';
import type { BlankRecord } from '../blanks.ts';
import { paymentsWithoutReceiver } from '../caseFacts.ts';
import { claimAmounts } from '../claims.ts';
import { authorityFromCreditCode } from '../division.ts';
import { respondentOf } from '../documents/complaint12315.ts';
import { DOCUMENTS } from '../documents/registry.ts';
import { collectBlanks } from '../dryLayout.ts';
import { fill } from '../format.ts';
import { runRulesCheck } from '../rulesCheck.ts';
import { PAPER_KINDS, type DocKind } from '../types.ts';
import { checklistWording } from '../wording.ts';

export interface ChecklistPaper {
  doc: DocKind;
  title: string;
  blanks: BlankRecord[];
  tips: string[];
}

export interface ChecklistRoute {
  route: string;
  name: string;
  satisfied: boolean;
  present: number;
  missing: { id: string; label: string; howTo: string }[];
}

export interface ChecklistDeadline {
  route: string;
  label: string;
  date: string;
  passed: boolean;
  workingDays: number | null;
  /** The clock's own source (民法典 第188条, …), not its route's. */
  source: string;
}

export interface ChecklistResult {
  caseId: number;
  at: string;
  papers: ChecklistPaper[];
  routes: ChecklistRoute[];
  deadlines: ChecklistDeadline[];
  warnings: { message: string; source: string }[];
  next: (Pick<NextStep, 'route' | 'urgent' | 'hotlines' | 'then'> & { action: string; why: string }) | null;
  notices: string[];
  /** Set when the rules engine could not run (a broken rule pack): the rest still stands. */
  rulesError: string | null;
}

/** The papers the 核对单 covers: the four, plus the 止付信息表 where money went to someone. */
export function checklistPapers(snapshot: CaseSnapshot): DocKind[] {
  const fraud = snapshot.case.route === 'fraud' || snapshot.case.route === 'transfer-scam';
  return [...PAPER_KINDS, ...(fraud ? (['stop-payment'] as const) : [])];
}

function authorityHint(snapshot: CaseSnapshot): string {
  const r = respondentOf(snapshot.counterparties);
  const a = r ? authorityFromCreditCode(r.creditCode) : null;
  if (a)
    return `本案按被投诉人统一社会信用代码第3–8位（${a.code}）得出登记机关所在地为${a.place}${a.level === 'county' ? '' : '（该代码的区县已调整，只能确定到上一级，请核实）'}；平台内经营者也可向其实际经营地或平台住所地的市场监管部门投诉。`;
  if (r?.creditCode.trim())
    return '被投诉人的统一社会信用代码校验未通过，无法据此确定受理部门：请核对代码，或在抬头手写受理部门。';
  return '尚未填写被投诉人的统一社会信用代码，无法确定受理部门：请补录代码，或在抬头手写受理部门。';
}

function courtHint(snapshot: CaseSnapshot): string {
  const addresses = snapshot.counterparties.map((c) => c.address.trim()).filter(Boolean);
  const home = snapshot.profile.residence.trim() || snapshot.profile.address.trim();
  return [
    addresses.length ? `被告住所地：${addresses.join('；')}。` : '被告住所地尚未填写。',
    home ? `你的收货地（按经常居住地/住址）：${home}。` : '',
  ].join('');
}

function notices(snapshot: CaseSnapshot): string[] {
  const out: string[] = [];
  const a = claimAmounts(snapshot);
  if (a.droppedCompensation)
    out.push(
      '你选择了惩罚性赔偿，但对方没有登记为商户（经营者）：消保法第五十五条、食品安全法第一百四十八条只约束经营者，材料中未写这一项。若对方确是经营者，请把对方类型改为“商户”。',
    );
  if (snapshot.profile.idNumber.trim() && !snapshot.profile.gender)
    out.push('身份证号码未通过校验，报案材料和起诉状中的性别、出生日期留空：请核对号码。');
  const missing = paymentsWithoutReceiver(snapshot);
  if (missing.length)
    out.push(
      `有 ${missing.length} 笔付款尚未填写收款账户：报案材料的止付请求只能列出已知的收款账户，请从账单详情或转账记录中补录。`,
    );
  return out;
}

export async function buildChecklist(snapshot: CaseSnapshot, at: Date): Promise<ChecklistResult> {
  const w = checklistWording();
  const papers: ChecklistPaper[] = [];
  const kinds = checklistPapers(snapshot);
  const blanks = await collectBlanks(snapshot, kinds, at);
  for (const doc of kinds) {
    const tips = (w.paperTips[doc] ?? []).map((t) =>
      fill(t, { authorityHint: authorityHint(snapshot), courtHint: courtHint(snapshot) }),
    );
    papers.push({
      doc,
      title: DOCUMENTS[doc].title(snapshot),
      blanks: blanks.get(doc) ?? [],
      tips,
    });
  }
  const outcome = runRulesCheck(snapshot, at, []);
  const result: ChecklistResult = {
    caseId: snapshot.case.id,
    at: at.toISOString(),
    papers,
    routes: [],
    deadlines: [],
    warnings: [],
    next: null,
    notices: notices(snapshot),
    rulesError: 'error' in outcome ? outcome.error : null,
  };
  if ('report' in outcome) {
    const seen = new Set<string>();
    const clocks = new Set<string>();
    for (const r of outcome.report.routes) {
      result.routes.push({
        route: r.route,
        name: r.name.zh,
        satisfied: r.satisfied,
        present: r.present.length,
        missing: r.missing.map((m) => ({ id: m.id, label: m.label.zh, howTo: m.howTo.zh })),
      });
      for (const d of r.deadlines) {
        const key = `${d.label.zh}|${d.date}`;
        if (clocks.has(key)) continue;
        clocks.add(key);
        result.deadlines.push({
          route: r.route,
          label: d.label.zh,
          date: d.date,
          passed: d.passed,
          workingDays: d.workingDays ?? null,
          source: d.source,
        });
      }
      for (const x of r.warnings) {
        if (seen.has(x.id)) continue;
        seen.add(x.id);
        result.warnings.push({ message: x.message.zh, source: x.source });
      }
    }
    const n = outcome.report.next;
    if (n)
      result.next = {
        route: n.route,
        urgent: n.urgent,
        hotlines: n.hotlines,
        then: n.then,
        action: n.action.zh,
        why: n.why.zh,
      };
  }
  return result;
}
