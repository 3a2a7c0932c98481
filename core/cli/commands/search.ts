import type { Command } from 'commander';
import type { SearchResult } from '../../../db/queries/search.ts';
import { parseId, runMethod } from '../runMethod.ts';

function human(r: SearchResult): string {
  if (r.hits.length === 0) return '没有找到 Nothing found.';
  const lines = r.hits.map((h) => {
    // Terminals show the matches in [brackets]; the JSON carries the ranges.
    let s = '';
    let at = 0;
    for (const [a, b] of h.highlights) {
      s += `${h.snippet.slice(at, a)}[${h.snippet.slice(a, b)}]`;
      at = b;
    }
    s += h.snippet.slice(at);
    return `案件 case ${h.caseId} · ${h.kind} ${h.refId}: ${s}`;
  });
  if (r.truncated) lines.push('…（结果较多，只显示前面的 more results not shown）');
  return lines.join('\n');
}

export function registerSearch(program: Command): void {
  program
    .command('search <query...>')
    .description(
      "search screenshots' text, text files, payments and notes — one case (--case) or the whole vault / 搜索",
    )
    .option('--case <id>', 'search only this case')
    .option('--limit <n>', 'at most n results (1–200, default 50)')
    .action(async (words: string[], o: { case?: string; limit?: string }, cmd: Command) =>
      runMethod(
        cmd,
        'search.query',
        {
          query: words.join(' '),
          ...(o.case !== undefined ? { caseId: parseId(o.case) } : {}),
          ...(o.limit !== undefined ? { limit: Number(o.limit) } : {}),
        },
        { human },
      ),
    );
}
