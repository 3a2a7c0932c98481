/**
 * The vault's search: payments (交易单号, 商户单号, counterparty, note), evidence titles and
 * descriptions, text read from evidence (OCR, text files), timeline events and case narratives — one
 * FTS5 table with the trigram tokenizer (db/migrations/0004). Trigrams need 3 characters; a Chinese
 * word is often 2 (退款, 诈骗), so a query with a shorter term is answered by a LIKE scan over the same
 * index text, bounded by a row limit. Snippets are cut here and carry highlight ranges, never markup,
 * so the UI escapes nothing by hand.
 */
import type Database from 'better-sqlite3';
import { stmt } from '../sql.ts';

export type SearchHitKind = 'payment' | 'evidence' | 'evidence-text' | 'event' | 'case' | 'chat-message';

const KINDS: Record<number, SearchHitKind> = {
  1: 'payment',
  2: 'evidence',
  3: 'evidence-text',
  4: 'event',
  5: 'case',
  6: 'chat-message',
};

export interface SearchHit {
  kind: SearchHitKind;
  /** Id of the payment, evidence item, event, case or chat message (chat_messages.id). */
  refId: number;
  caseId: number;
  caseTitle: string;
  snippet: string;
  /** [start, end) ranges of `snippet` that match the query. */
  highlights: [number, number][];
}

export interface SearchResult {
  hits: SearchHit[];
  /** More rows matched than were returned. */
  truncated: boolean;
  /** 'fts' (trigram index) or 'scan' (a term shorter than 3 characters). */
  method: 'fts' | 'scan';
}

const SNIPPET_BEFORE = 24;
const SNIPPET_LENGTH = 96;
/** The LIKE fallback reads at most this many index rows per query. */
export const SCAN_ROW_LIMIT = 50_000;

/** Terms of a query: split on white space, at most 8, each at most 64 characters. */
export function queryTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .slice(0, 8)
    .map((t) => t.slice(0, 64));
}

function ftsExpression(terms: string[]): string {
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
}

function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A window of the body around the first match, with every term's occurrences marked. */
export function cutSnippet(
  body: string,
  terms: string[],
): { snippet: string; highlights: [number, number][] } {
  const lower = body.toLowerCase();
  const lowerTerms = terms.map((t) => t.toLowerCase());
  let first = -1;
  for (const t of lowerTerms) {
    const at = lower.indexOf(t);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  const start = Math.max(0, (first < 0 ? 0 : first) - SNIPPET_BEFORE);
  const end = Math.min(body.length, start + SNIPPET_LENGTH);
  const prefix = start > 0 ? '…' : '';
  const snippet = `${prefix}${body.slice(start, end).replace(/\s+/g, ' ')}${end < body.length ? '…' : ''}`;
  // Whitespace runs were collapsed, so find the terms again in the snippet itself.
  const highlights: [number, number][] = [];
  const snippetLower = snippet.toLowerCase();
  for (const t of lowerTerms) {
    let from = 0;
    for (;;) {
      const at = snippetLower.indexOf(t, from);
      if (at < 0 || t.length === 0) break;
      highlights.push([at, at + t.length]);
      from = at + t.length;
    }
  }
  highlights.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const h of highlights) {
    const last = merged[merged.length - 1];
    if (last && h[0] <= last[1]) last[1] = Math.max(last[1], h[1]);
    else merged.push([h[0], h[1]]);
  }
  return { snippet, highlights: merged };
}

interface Row {
  rowid: number;
  body: string;
  case_id: number;
  case_title: string;
}

export function searchVault(
  db: Database.Database,
  query: string,
  options: { caseId?: number; limit?: number } = {},
): SearchResult {
  const terms = queryTerms(query);
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  if (terms.length === 0) return { hits: [], truncated: false, method: 'fts' };
  const caseFilter = options.caseId !== undefined ? 'AND s.case_id = ?' : '';
  const caseParams = options.caseId !== undefined ? [options.caseId] : [];
  const short = terms.some((t) => [...t].length < 3);
  let rows: Row[];
  if (!short) {
    rows = stmt(
      db,
      `SELECT s.rowid AS rowid, s.body AS body, s.case_id AS case_id, c.title AS case_title
         FROM search_index s JOIN cases c ON c.id = s.case_id AND c.deleted_at IS NULL
         WHERE search_index MATCH ? ${caseFilter} ORDER BY rank LIMIT ?`,
    ).all(ftsExpression(terms), ...caseParams, limit + 1) as Row[];
  } else {
    const likes = terms.map(() => `s.body LIKE ? ESCAPE '\\'`).join(' AND ');
    rows = stmt(
      db,
      `SELECT rowid, body, case_id, case_title FROM (
           SELECT s.rowid AS rowid, s.body AS body, s.case_id AS case_id, c.title AS case_title
           FROM (SELECT rowid, body, case_id FROM search_index s WHERE 1 ${caseFilter} LIMIT ${SCAN_ROW_LIMIT}) s
           JOIN cases c ON c.id = s.case_id AND c.deleted_at IS NULL WHERE ${likes}
         ) ORDER BY rowid DESC LIMIT ?`,
    ).all(...caseParams, ...terms.map(likePattern), limit + 1) as Row[];
  }
  const hits = rows.slice(0, limit).map((r): SearchHit => {
    const kind = KINDS[r.rowid % 8] ?? 'evidence';
    return {
      kind,
      refId: Math.floor(r.rowid / 8),
      caseId: r.case_id,
      caseTitle: r.case_title,
      ...cutSnippet(r.body, terms),
    };
  });
  return { hits, truncated: rows.length > limit, method: short ? 'scan' : 'fts' };
}
