/**
 * The static value imports between the project's own TypeScript files, read with the TypeScript parser.
 * Type-only imports are left out (they vanish when compiled) and so are dynamic `import()` calls
 * (they run after every module has finished loading, so they cannot close a loading cycle).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type ImportGraph = Map<string, string[]>;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') out.push(...sourceFiles(full));
    } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** True when the declaration loads the other module at run time. */
function isValueImport(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return false;
    const clause = node.exportClause;
    return !(clause && ts.isNamedExports(clause) && clause.elements.every((e) => e.isTypeOnly));
  }
  const clause = node.importClause;
  if (!clause) return true; // `import './side-effect.ts'`
  if (clause.isTypeOnly) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  if (!bindings) return true;
  if (ts.isNamespaceImport(bindings)) return true;
  // `import { type A, type B } from …` is dropped by the compiler; one value binding keeps it.
  return bindings.elements.length === 0 || bindings.elements.some((e) => !e.isTypeOnly);
}

export function importGraph(roots: readonly string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of roots.flatMap(sourceFiles)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
    const deps: string[] = [];
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
      const spec = statement.moduleSpecifier;
      if (!spec || !ts.isStringLiteral(spec) || !spec.text.startsWith('.')) continue;
      if (isValueImport(statement)) deps.push(path.resolve(path.dirname(file), spec.text));
    }
    graph.set(file, deps);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the files in import order (first one repeated last). */
export function importCycles(graph: ImportGraph): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (file: string): void => {
    onPath.push(file);
    for (const dep of graph.get(file) ?? []) {
      const at = onPath.indexOf(dep);
      if (at >= 0) cycles.push([...onPath.slice(at), dep]);
      else if (!done.has(dep) && graph.has(dep)) visit(dep);
    }
    onPath.pop();
    done.add(file);
  };
  for (const file of graph.keys()) if (!done.has(file)) visit(file);
  return cycles;
}
