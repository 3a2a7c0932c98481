/**
 * Every sentence a dossier prints comes from templates/documents/ (data, not code), validated with
 * zod when first loaded so a broken edit fails loudly naming the file and the path inside it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';
import type { DocKind } from './types.ts';

const text = z.string().min(1);
const textMap = z.record(z.string(), text);
const indexColumn = z.enum([
  'no',
  'title',
  'kind',
  'source',
  'purpose',
  'capturedAt',
  'sha256',
  'page',
  'originalOrCopy',
]);
export type IndexColumn = z.infer<typeof indexColumn>;

const commonSchema = z.object({
  author: text,
  pageNumber: text,
  generatedOn: text,
  blank: text,
  blankLabel: text,
  none: text,
  timeZoneNote: text,
  fields: textMap,
  counterpartyKinds: z.object({ merchant: text, person: text, unknown: text }),
  transactions: z.object({ heading: text, columns: textMap, total: text, noPayments: text }),
  timeline: z.object({ heading: text, payment: text, paymentNoMethod: text, ref: text, empty: text }),
  evidenceIndex: z.object({
    heading: text,
    columns: z.record(indexColumn, text),
    exhibitLabel: text,
    originalOrCopy: text,
    empty: text,
  }),
  exhibits: z.object({
    heading: text,
    header: text,
    of: text,
    caption: textMap,
    capturedAtSources: textMap,
    nonImageHeading: text,
    nonImageNote: text,
    undecodable: text,
  }),
  custody: z.object({
    heading: text,
    intro: text,
    columns: textMap,
    auditHeading: text,
    auditIntro: text,
    auditColumns: textMap,
    auditHead: text,
    auditEmpty: text,
  }),
  honestNote: z.object({ heading: text, zh: z.array(text).min(1), en: text }),
  rulesSummary: textMap,
  signature: z.object({ signer: text, date: text }),
  hotlines: text,
  evidenceKinds: z.record(z.string(), z.object({ source: text, purpose: text })),
});

/** Fields every document template has; each document adds its own. */
const docBase = z.object({
  title: text,
  sections: textMap,
  evidenceIndexColumns: z.array(indexColumn).min(1),
  exhibitKindOrder: z.array(z.string()).min(1),
  signerRole: text,
  /** Rule ids (core/rules) whose check is summarised on the last page, besides the case route. */
  rulesChannels: z.array(z.string()),
});

const wechatSchema = docBase.extend({
  subtitle: text,
  respondentHeading: text,
  howToFile: text,
  reasons: textMap,
  shortTextTemplate: z.object({
    payment: text,
    morePayments: text,
    narrative: text,
    demand: text,
    evidence: text,
  }),
  shortTextLimit: z.number().int().positive(),
  charCount: text,
  fullTextIntro: text,
  vouchersIntro: text,
  vouchersNone: text,
});

const policeSchema = docBase.extend({
  suspectFallback: text,
  addressee: text,
  addresseeBlank: text,
  suspectHeading: text,
  factsIntro: text,
  lossTotal: text,
  requests: z.array(text).length(3),
  closing: text,
  hotline: text,
});

const complaint12315Schema = docBase.extend({
  addressee: text,
  respondentHeading: text,
  addresseeBlank: text,
  purchaseIntro: text,
  itemFallback: text,
  demandFallback: text,
  notes: text,
});

const civilSchema = docBase.extend({
  draftNote: text,
  claims: z.object({ refund: text, demand: text, costs: text }),
  factsIntro: text,
  reasons: text,
  evidenceRef: text,
  to: text,
  court: text,
  courtBlank: text,
});

export type CommonWording = z.infer<typeof commonSchema>;
export type DocWordingBase = z.infer<typeof docBase>;
export type WechatWording = z.infer<typeof wechatSchema>;
export type PoliceWording = z.infer<typeof policeSchema>;
export type Complaint12315Wording = z.infer<typeof complaint12315Schema>;
export type CivilWording = z.infer<typeof civilSchema>;

export const documentsDir = fileURLToPath(new URL('../../templates/documents/', import.meta.url));

export class WordingError extends Error {
  constructor(file: string, where: string, detail: string) {
    super(`Document wording file ${file} is invalid at ${where || '(root)'}: ${detail}`);
    this.name = 'WordingError';
  }
}

const cache = new Map<string, unknown>();

function load<T>(file: string, schema: z.ZodType<T>): T {
  const full = path.join(documentsDir, file);
  const hit = cache.get(full);
  if (hit) return hit as T;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(full, 'utf8'));
  } catch (err) {
    throw new WordingError(full, '', (err as Error).message);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new WordingError(full, first ? first.path.join('.') : '', first?.message ?? 'invalid');
  }
  cache.set(full, parsed.data);
  return parsed.data;
}

export const commonWording = (): CommonWording => load('common.json', commonSchema);
export const wechatWording = (): WechatWording => load('wechat-complaint.json', wechatSchema);
export const policeWording = (): PoliceWording => load('police-report.json', policeSchema);
export const complaint12315Wording = (): Complaint12315Wording => load('12315.json', complaint12315Schema);
export const civilWording = (): CivilWording => load('civil.json', civilSchema);

/** The base fields of any document, for code shared by all four (exhibit order, index columns). */
export function docWording(doc: DocKind): DocWordingBase {
  switch (doc) {
    case 'wechat-complaint':
      return wechatWording();
    case 'police-report':
      return policeWording();
    case '12315':
      return complaint12315Wording();
    case 'civil':
      return civilWording();
  }
}

export function howToVerifyTemplate(): string {
  return readFileSync(path.join(documentsDir, 'how-to-verify.txt'), 'utf8');
}
