import type { LocalizedText } from '../domain/types.ts';
/**
 * The shape of the rule pack files in templates/rules/. Strict objects: a misspelt key is an error,
 * not a silently ignored rule. Cross-file references (kind ids, fact ids, source ids…) are checked
 * afterwards by packRefs.ts, because zod sees one file at a time.
 */
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase letters, digits and dashes');
export const localizedSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
const range = z.strictObject({ min: z.number().nonnegative(), max: z.number().positive() });

export const sourceRefSchema = z.strictObject({
  ref: id,
  section: z.string().min(1).optional(),
  note: localizedSchema.optional(),
});
const sourceList = z.array(sourceRefSchema).min(1, 'every rule needs a source');

export const sourceSchema = z.strictObject({
  id,
  kind: z.enum(['guide', 'statute', 'regulation', 'judicial', 'channel']),
  short: z.string().min(1),
  title: localizedSchema,
  note: localizedSchema.optional(),
  supersededBy: id.optional(),
});

export const evidenceKindSchema = z.strictObject({
  id,
  name: localizedSchema,
  hints: z.strictObject({ namePatterns: z.array(z.string()), mimePrefixes: z.array(z.string()) }),
  howTo: localizedSchema,
  source: sourceList,
});

export const factSchema = z.strictObject({
  id,
  label: localizedSchema,
  howTo: localizedSchema,
  source: sourceList,
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/** One thing to have: an evidence kind, or a case fact. */
export const atomSchema = z.union([z.strictObject({ kind: id }), z.strictObject({ fact: id })]);

const requirementBase = {
  id,
  label: localizedSchema.optional(),
  /** Overrides the kind's or fact's own how-to for this rule. */
  howTo: localizedSchema.optional(),
  source: sourceList.optional(),
};
export const requirementSchema = z.union([
  z.strictObject({ ...requirementBase, kind: id }),
  z.strictObject({ ...requirementBase, fact: id }),
  z.strictObject({ ...requirementBase, label: localizedSchema, anyOf: z.array(atomSchema).min(2) }),
]);

export const clockSchema = z.strictObject({
  id,
  /** 'payment': the earliest outgoing payment. 'filed': the rule's filing event (or now, if not filed). */
  from: z.enum(['payment', 'filed']),
  add: z.union([
    z.strictObject({ hours: z.number().int().positive() }),
    z.strictObject({ days: z.number().int().positive() }),
    z.strictObject({ years: z.number().int().positive() }),
    z.strictObject({ workingDays: z.union([z.number().int().positive(), z.literal('processing-max')]) }),
  ]),
  /** Once passed, the rule is no longer offered as the next step. */
  closes: z.boolean().optional(),
  label: localizedSchema,
  source: sourceList,
});

export const conditionSchema = z.strictObject({
  amountBelowFen: z.number().int().nonnegative().optional(),
  amountAtLeastFen: z.number().int().nonnegative().optional(),
  clockPassed: id.optional(),
  clockWithinDays: z.strictObject({ clock: id, days: z.number().int().positive() }).optional(),
  counterpartyKind: z
    .array(z.enum(['merchant', 'person', 'unknown']))
    .min(1)
    .optional(),
  /** The case holds evidence of one of these kinds. */
  hasEvidenceKind: z.array(id).min(1).optional(),
  /** The case holds no evidence of any of these kinds. */
  lacksEvidenceKind: z.array(id).min(1).optional(),
  /** A stored chat has voice messages without a transcript. */
  chatVoiceUntranscribed: z.literal(true).optional(),
  /** A chat excerpt for the papers leaves messages out before or after it. */
  chatExcerptLeavesOut: z.literal(true).optional(),
});

export const warningSchema = z.strictObject({
  id,
  when: conditionSchema,
  message: localizedSchema,
  source: sourceList,
});

export const processingSchema = z.strictObject({
  workingDays: range.optional(),
  hours: range.optional(),
  minutes: range.optional(),
  immediate: z.boolean().optional(),
  note: localizedSchema.optional(),
});

export const filingSchema = z.strictObject({
  eventKind: z.enum(['contact', 'complaint', 'police', 'refund', 'other']),
  /** Regular expressions on the event text + ref: which events of that kind count. */
  textPattern: z.string().optional(),
  notTextPattern: z.string().optional(),
  /** An event of that kind with a reference number (a receipt's number) counts whatever its text. */
  refMarks: z.boolean().optional(),
  /** An evidence item of this kind also records the filing (a photographed 受案回执 / 立案告知书). */
  evidenceKind: z.string().optional(),
});

const ruleBase = {
  id,
  name: localizedSchema,
  summary: localizedSchema,
  requirements: z.strictObject({ allOf: z.array(requirementSchema) }),
  clocks: z.array(clockSchema).optional(),
  warnings: z.array(id).optional(),
  notes: z.array(localizedSchema).optional(),
  source: sourceList,
};

export const routeSchema = z.strictObject({
  ...ruleBase,
  kind: z.enum(['complaint-type', 'scenario']),
  complaintProcessing: processingSchema.optional(),
  channels: z.array(id).min(1),
});

export const channelSchema = z.strictObject({
  ...ruleBase,
  stage: z.enum(['refund', 'complaint', 'legal']),
  action: localizedSchema,
  /** False for things that happen by themselves (system interception): shown, never the next step. */
  actionable: z.boolean().optional(),
  urgent: z.boolean().optional(),
  when: conditionSchema.optional(),
  /** 'route': the case route's complaintProcessing (the guide gives times per complaint type). */
  processing: z.union([processingSchema, z.literal('route')]).optional(),
  hotlines: z.array(z.string().min(1)).optional(),
  filing: filingSchema.optional(),
  estimates: z
    .array(
      z.strictObject({
        id,
        multiplier: z.number().positive(),
        minimumFen: z.number().int().nonnegative(),
        label: localizedSchema,
        source: sourceList,
      }),
    )
    .optional(),
});

export const obstacleSchema = z.strictObject({
  id,
  appliesTo: z.array(atomSchema).min(1),
  problem: localizedSchema,
  howTo: localizedSchema,
  note: localizedSchema,
  source: sourceList,
});

/** One schema per file; the top-level key names the list. */
export const packFiles = {
  'routes.json': z.looseObject({ routes: z.array(routeSchema).min(1) }),
  'channels.json': z.looseObject({ channels: z.array(channelSchema).min(1) }),
  'evidence-kinds.json': z.looseObject({ kinds: z.array(evidenceKindSchema).min(1) }),
  'facts.json': z.looseObject({ facts: z.array(factSchema).min(1) }),
  'sources.json': z.looseObject({ sources: z.array(sourceSchema).min(1) }),
  'warnings.json': z.looseObject({ warnings: z.array(warningSchema) }),
  'obstacles.json': z.looseObject({ obstacles: z.array(obstacleSchema) }),
  'texts.json': z.looseObject({ texts: z.record(z.string(), localizedSchema) }),
} as const;

export type SourceRef = z.infer<typeof sourceRefSchema>;
export type SourceDef = z.infer<typeof sourceSchema>;
export type EvidenceKind = z.infer<typeof evidenceKindSchema>;
export type FactDef = z.infer<typeof factSchema>;
export type Atom = z.infer<typeof atomSchema>;
export type RequirementDef = z.infer<typeof requirementSchema>;
export type ClockDef = z.infer<typeof clockSchema>;
export type ConditionDef = z.infer<typeof conditionSchema>;
export type WarningDef = z.infer<typeof warningSchema>;
export type ProcessingDef = z.infer<typeof processingSchema>;
export type FilingDef = z.infer<typeof filingSchema>;
export type RouteDef = z.infer<typeof routeSchema>;
export type ChannelDef = z.infer<typeof channelSchema>;
export type ObstacleDef = z.infer<typeof obstacleSchema>;
/** A case route or a channel: what the engine evaluates. */
export type RuleDef = RouteDef | ChannelDef;

/** Every list the pack files hold, as loaded (before indexing). */
export interface PackLists {
  routes: RouteDef[];
  channels: ChannelDef[];
  evidenceKinds: EvidenceKind[];
  facts: FactDef[];
  sources: SourceDef[];
  warnings: WarningDef[];
  obstacles: ObstacleDef[];
  texts: Record<string, LocalizedText>;
}
