/**
 * What the rules engine tells a person about their case: for each route or channel that applies,
 * what is present, what is missing (and how to get it), which clocks run, and what to do next.
 * Pure JSON-serialisable data: the CLI prints it with --json, the dossier prints its last page from it,
 * the renderer shows it. Import with `import type`.
 */
import type { LocalizedText } from '../domain/types.ts';

/**
 * Where a rule sits in the guide's order (原路退回 → 客服申诉 → legal).
 * 'case-route' is the route the person picked when creating the case (fraud, not-received, …).
 */
export type RuleStage = 'case-route' | 'refund' | 'complaint' | 'legal';

/** A requirement is either an evidence kind (templates/rules/evidence-kinds.json) or a case fact (facts.json). */
export type RequirementType = 'evidence' | 'fact';

/** One source a rule rests on: the guide, a statute, a channel's own rules. */
export interface SourceCitation {
  /** Id in templates/rules/sources.json, e.g. "guide", "cpl-55", "civil-code-188". */
  id: string;
  kind: 'guide' | 'statute' | 'regulation' | 'judicial' | 'channel';
  title: LocalizedText;
  /** Section or article inside the source, e.g. "§2.2" or "第55条". */
  section?: string;
  /** Why this source matters here, or where it differs from another one. */
  note?: LocalizedText;
  /** Set when the source has been replaced (e.g. 网络交易管理办法 2014 → 网络交易监督管理办法 2021). */
  supersededBy?: string;
}

/** The guide's technical obstacles table (§2.6) and similar: a known problem getting an item, and the way past it. */
export interface ObstacleAdvice {
  id: string;
  problem: LocalizedText;
  howTo: LocalizedText;
  note: LocalizedText;
  source: string;
}

export interface RequirementAlternative {
  kind: string;
  type: RequirementType;
  label: LocalizedText;
  howTo: LocalizedText;
}

export interface MissingItem {
  /** Requirement id, unique inside its rule. */
  id: string;
  /** Evidence kind id or fact name; for an any-of group, the first (preferred) alternative. */
  kind: string;
  type: RequirementType;
  label: LocalizedText;
  howTo: LocalizedText;
  /** Present for an any-of group: any one of these satisfies the requirement. */
  anyOf?: RequirementAlternative[];
  /** For facts made of several fields (e.g. the reporter's identity): which fields are still empty. */
  detail?: string[];
  /** Known obstacles for this item (hidden 交易单号, lost chats, …) and how to get past them. */
  obstacles?: ObstacleAdvice[];
}

export interface PresentItem {
  id: string;
  /** The alternative that met the requirement (evidence kind id or fact name). */
  kind: string;
  type: RequirementType;
  label: LocalizedText;
  /** Evidence items that meet it (empty for facts). */
  evidenceIds: number[];
}

export interface Deadline {
  id: string;
  /** 'day' precision: "YYYY-MM-DD" (a Beijing calendar day, inclusive). 'minute': ISO 8601 with +08:00. */
  date: string;
  precision: 'day' | 'minute';
  /** Set when the clock counts working days on the official calendar (with 调休). */
  workingDays?: number;
  label: LocalizedText;
  /** What the clock runs from: the (earliest outgoing) payment, a filing recorded in the timeline, or "if filed now". */
  basis: 'payment' | 'filed' | 'if-filed-now';
  /** The instant or day the clock starts from (ISO 8601 / YYYY-MM-DD). */
  from: string;
  passed: boolean;
  /** False when the holiday calendar does not cover a year the count crossed (weekends only were skipped). */
  calendarKnown: boolean;
  source: string;
}

export interface RuleWarning {
  id: string;
  message: LocalizedText;
  /** Human-readable citation, e.g. "刑法 第266条; 2011 司法解释 (guidance)". */
  source: string;
}

export interface Processing {
  workingDays?: { min: number; max: number };
  hours?: { min: number; max: number };
  minutes?: { min: number; max: number };
  immediate?: boolean;
  note?: LocalizedText;
}

export interface Estimate {
  id: string;
  label: LocalizedText;
  amountFen: number;
  source: string;
}

export interface RouteCheck {
  /** Rule id: a case route (fraud, …) or a channel/path (merchant-refund, police-report, …). */
  route: string;
  name: LocalizedText;
  stage: RuleStage;
  /** Every requirement met. */
  satisfied: boolean;
  /** Share of requirements met, 0..1 (1 when the rule has none). */
  score: number;
  missing: MissingItem[];
  present: PresentItem[];
  deadlines: Deadline[];
  warnings: RuleWarning[];
  /** Human-readable citation of every source of this rule, joined with "; ". */
  source: string;
  sources: SourceCitation[];
  /** What this route/channel is and what to do there. */
  summary: LocalizedText;
  processing?: Processing;
  hotlines?: string[];
  /** Further rules to know (e.g. the guide's merchant-side refund table §2.3). */
  notes?: LocalizedText[];
  estimates?: Estimate[];
  /** False once a window that closes the rule has passed (e.g. the 2-hour cancellation window): next-step skips it. */
  open: boolean;
  /** True when the timeline already records this filing (police report made, complaint filed): next-step skips it. */
  done: boolean;
}

export interface NextStep {
  /** The rule to act on now. */
  route: string;
  stage: RuleStage;
  action: LocalizedText;
  /** Fraud and transfer scams: go to the police now; the freeze (紧急止付) is worth most in the first hours. */
  urgent: boolean;
  hotlines: string[];
  /** Requirement ids still missing for that step. */
  missing: string[];
  why: LocalizedText;
  /** The following steps, in order. */
  then: string[];
}

export interface CheckReport {
  caseId: number;
  /** The case route the check was run for (the case's own, or opts.route). */
  caseRoute: string;
  /** The clock used, ISO 8601 in Beijing time. */
  at: string;
  /** Outgoing money still at stake: sum of outgoing payments minus recorded refunds, in fen. */
  amountFen: number;
  /** The case route first, then its channels in the guide's order (adjusted for the case). */
  routes: RouteCheck[];
  /** Null when every step is done or closed. */
  next: NextStep | null;
}

export interface CheckOptions {
  /** A case route id (check as if the case were on it) or a channel id (only that channel's entry). */
  route?: string;
  /** Rule pack directory; defaults to templates/rules/. */
  rulesDir?: string;
}

/** What `rules.list` / `payproof routes` shows: the ids a person or a script can use. */
export interface RulesList {
  /** Case routes: the values `case create --type` accepts. */
  routes: Array<{
    id: string;
    name: LocalizedText;
    kind: 'complaint-type' | 'scenario';
    summary: LocalizedText;
    /** Channel ids that apply, in the order to try them. */
    channels: string[];
    source: string;
  }>;
  /** Refund paths, the platform complaint and the legal channels (`check --route` accepts these too). */
  channels: Array<{
    id: string;
    name: LocalizedText;
    stage: Exclude<RuleStage, 'case-route'>;
    summary: LocalizedText;
    hotlines: string[];
    source: string;
  }>;
  evidenceKinds: Array<{ id: string; name: LocalizedText; howTo: LocalizedText }>;
}
