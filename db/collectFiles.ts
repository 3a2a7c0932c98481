/**
 * Turns what a person dropped or named (files and folders) into a list of regular files, checked
 * before anything is written so a bad path fails the whole batch cleanly.
 * Folders are walked recursively; symlinked folders are not followed (no loops); hidden system
 * clutter (.DS_Store, Thumbs.db, desktop.ini) is skipped.
 */
import { lstatSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../core/errors.ts';

const CLUTTER = new Set(['.ds_store', 'thumbs.db', 'desktop.ini']);

export interface CollectedFile {
  path: string;
  size: number;
  mtimeMs: number;
}

function statOrFail(p: string) {
  try {
    return statSync(p);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT' || e.code === 'ENOTDIR') throw new AppError('file-missing', { file: p });
    throw new AppError('file-unreadable', { file: p, reason: e.code ?? e.message });
  }
}

function walk(dir: string, out: CollectedFile[]): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new AppError('file-unreadable', { file: dir, reason: e.code ?? e.message });
  }
  for (const name of names) {
    if (CLUTTER.has(name.toLowerCase())) continue;
    const full = path.join(dir, name);
    const l = lstatSync(full);
    if (l.isSymbolicLink() && statOrFail(full).isDirectory()) continue;
    add(full, out);
  }
}

function add(p: string, out: CollectedFile[]): void {
  const st = statOrFail(p);
  if (st.isDirectory()) return walk(p, out);
  if (!st.isFile()) throw new AppError('file-special', { file: p });
  out.push({ path: p, size: st.size, mtimeMs: st.mtimeMs });
}

export function collectFiles(inputs: string[]): CollectedFile[] {
  const out: CollectedFile[] = [];
  for (const input of inputs) add(path.resolve(input), out);
  return out;
}
