/**
 * A top-level JSON array of objects (`[{…},{…}]`), streamed: each object is cut out by a scanner that
 * knows strings, escapes and brace depth, then JSON.parse'd on its own. A damaged object costs that
 * one object (named by its line); memory holds one object at most (capped), never the whole file.
 */

export type JsonObjectEvent =
  | { kind: 'object'; value: Record<string, unknown>; line: number }
  | { kind: 'bad-object'; line: number }
  /** The file does not start with `[` (after whitespace). */
  | { kind: 'no-array' }
  /** The text ended before the array's `]` (the file was cut off); `line` is where it broke. */
  | { kind: 'unterminated'; line: number }
  /** One object is longer than the cap: the read stops there. */
  | { kind: 'too-long'; line: number }
  /** Something that is neither an object, a comma nor the end between objects. */
  | { kind: 'stray'; line: number };

const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const QUOTE = 34;
const BACKSLASH = 92;
const LF = 10;

/** Calls `on` per object and per problem; returns when the array (or the text) ends. */
export async function readJsonArrayObjects(
  chunks: AsyncIterable<string>,
  maxObjectChars: number,
  on: (e: JsonObjectEvent) => void,
): Promise<void> {
  let state: 'before' | 'between' | 'object' = 'before';
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let carry = ''; // the unfinished object's text from earlier chunks
  let objectLine = 0;
  let strayLine = 0;
  for await (const chunk of chunks) {
    let objStart = state === 'object' ? 0 : -1;
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (c === LF) line++;
      if (state === 'object') {
        if (inString) {
          if (escaped) escaped = false;
          else if (c === BACKSLASH) escaped = true;
          else if (c === QUOTE) inString = false;
          continue;
        }
        if (c === QUOTE) inString = true;
        else if (c === OPEN_BRACE) depth++;
        else if (c === CLOSE_BRACE && --depth === 0) {
          const text = carry + chunk.slice(objStart, i + 1);
          carry = '';
          state = 'between';
          if (text.length > maxObjectChars) {
            on({ kind: 'too-long', line: objectLine });
            return;
          }
          on(parseObject(text, objectLine));
        }
        continue;
      }
      if (c === 32 || c === 9 || c === 13 || c === LF || c === 0xfeff) continue;
      if (state === 'before') {
        if (c !== 91 /* [ */) {
          on({ kind: 'no-array' });
          return;
        }
        state = 'between';
      } else if (state === 'between') {
        if (c === OPEN_BRACE) {
          state = 'object';
          depth = 1;
          objStart = i;
          objectLine = line;
        } else if (c === 93 /* ] */) {
          return;
        } else if (c !== 44 /* , */ && strayLine !== line) {
          strayLine = line;
          on({ kind: 'stray', line });
        }
      }
    }
    if (state === 'object') {
      carry += chunk.slice(objStart);
      if (carry.length > maxObjectChars) {
        on({ kind: 'too-long', line: objectLine });
        return;
      }
    }
  }
  if (state === 'before') on({ kind: 'no-array' });
  else on({ kind: 'unterminated', line: state === 'object' ? objectLine : line });
}

function parseObject(text: string, line: number): JsonObjectEvent {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return { kind: 'object', value: value as Record<string, unknown>, line };
  } catch {
    // reported below
  }
  return { kind: 'bad-object', line };
}
