/**
 * Turns what a person dropped or named (files and folders) into a list of regular files, checked
 * before anything is written so a bad path fails the whole batch cleanly.
 * - Folders are walked recursively; hidden system clutter (.DS_Store, Thumbs.db, desktop.ini) is skipped.
 * - Symbolic links are followed (to files and to folders; a folder already walked is not walked again,
 *   so a link loop ends) and each file reached through one says so: the link as the folder showed it
 *   and the real file it led to, so the record never pretends the file was where the link was.
 * - A name that is not valid UTF-8 (a file from an old Linux or Windows disk, an archive tool's mojibake)
 *   cannot become a JavaScript string without losing bytes; it is read through its raw bytes, shown
 *   with the bad bytes escaped (\xNN), and flagged, so it goes in with the rest instead of failing them.
 */
import { isUtf8 } from 'node:buffer';
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { AppError } from '../core/errors.ts';

const CLUTTER = new Set(['.ds_store', 'thumbs.db', 'desktop.ini']);

export interface CollectedFile {
  /** What to open: the path, or its raw bytes when a name in it is not valid UTF-8. */
  source: string | Buffer;
  /** The path for people and messages (undecodable bytes shown as \xNN). */
  path: string;
  /** The file's own name, shown the same way. */
  name: string;
  size: number;
  mtimeMs: number;
  undecodableName: boolean;
  /** Set when the file was reached through a symbolic link (the file itself or a folder above it). */
  symlink: { path: string; target: string } | null;
}

const fatal = new TextDecoder('utf-8', { fatal: true });

/** Bytes shown as text: valid UTF-8 sequences as they are, every other byte as \xNN. */
export function escapeName(bytes: Buffer): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    let taken = 0;
    for (let len = 1; len <= 4 && i + len <= bytes.length && !taken; len++) {
      try {
        const s = fatal.decode(bytes.subarray(i, i + len));
        if ([...s].length === 1) {
          out += s;
          taken = len;
        }
      } catch {
        /* not a whole sequence yet */
      }
    }
    if (taken) i += taken;
    else out += `\\x${bytes[i++]!.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function display(p: string | Buffer): string {
  return typeof p === 'string' ? p : escapeName(p);
}

function fail(p: string | Buffer, err: unknown): never {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT' || e.code === 'ENOTDIR') throw new AppError('file-missing', { file: display(p) });
  throw new AppError('file-unreadable', { file: display(p), reason: e.code ?? e.message });
}

function statOrFail(p: string | Buffer): Stats {
  try {
    return statSync(p);
  } catch (err) {
    return fail(p, err);
  }
}

function isLink(p: string | Buffer): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch (err) {
    return fail(p, err);
  }
}

/** A child path: a string while every name is valid UTF-8, raw bytes from the first one that is not. */
function child(dir: string | Buffer, name: Buffer): string | Buffer {
  if (typeof dir === 'string' && isUtf8(name)) return path.join(dir, name.toString('utf8'));
  const base = typeof dir === 'string' ? Buffer.from(dir) : dir;
  return Buffer.concat([base, Buffer.from(path.sep), name]);
}

interface Walk {
  out: CollectedFile[];
  /** dev:ino of every folder walked, so a link back up does not loop. */
  seenDirs: Set<string>;
}

function walk(dir: string | Buffer, st: Stats, viaLink: boolean, w: Walk): void {
  const key = `${st.dev}:${st.ino}`;
  if (w.seenDirs.has(key)) return;
  w.seenDirs.add(key);
  let names: Buffer[];
  try {
    names = readdirSync(dir, { encoding: 'buffer' }).sort(Buffer.compare);
  } catch (err) {
    return fail(dir, err);
  }
  for (const name of names) {
    if (CLUTTER.has(name.toString('latin1').toLowerCase())) continue;
    add(child(dir, name), viaLink, w);
  }
}

function realTarget(p: string | Buffer): string {
  try {
    return typeof p === 'string' ? realpathSync(p) : escapeName(realpathSync(p, { encoding: 'buffer' }));
  } catch (err) {
    return fail(p, err);
  }
}

function add(p: string | Buffer, parentViaLink: boolean, w: Walk): void {
  const viaLink = parentViaLink || isLink(p);
  const st = statOrFail(p);
  if (st.isDirectory()) return walk(p, st, viaLink, w);
  if (!st.isFile()) throw new AppError('file-special', { file: display(p) });
  const shown = display(p);
  w.out.push({
    source: p,
    path: shown,
    name: path.basename(shown),
    size: st.size,
    mtimeMs: st.mtimeMs,
    undecodableName: typeof p !== 'string',
    symlink: viaLink ? { path: shown, target: realTarget(p) } : null,
  });
}

export function collectFiles(inputs: string[]): CollectedFile[] {
  const w: Walk = { out: [], seenDirs: new Set() };
  for (const input of inputs) add(path.resolve(input), false, w);
  return w.out;
}
