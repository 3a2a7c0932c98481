/**
 * indexOf for scans that only move forward. It remembers its last answer, so asking again from a
 * later offset costs nothing until that answer is passed. Without it, a part that lacks a closing
 * tag ('</c>', '</si>') is searched to its end once per element: quadratic time on a few MB of
 * hostile XML. With it, each needle's searches together read the text at most about once.
 * Works on a string or on bytes (xmlSource.ts): the needles are ASCII.
 */
import { codeAt, type XmlSource } from './xmlSource.ts';

export class ForwardFind {
  private askedFrom = -1;
  private found = -1;
  /** The needle as bytes, made once, when the text is bytes. */
  private readonly needleBytes: Buffer | null;

  constructor(
    private readonly text: XmlSource,
    readonly needle: string,
  ) {
    this.needleBytes = typeof text === 'string' ? null : Buffer.from(needle, 'latin1');
  }

  /** First index ≥ `from` where the needle starts, or −1. */
  next(from: number): number {
    // Still valid while `from` has not passed the remembered hit (or there is none at all).
    if (this.askedFrom >= 0 && from >= this.askedFrom && (this.found < 0 || this.found >= from))
      return this.found;
    this.askedFrom = from;
    this.found =
      this.needleBytes === null
        ? (this.text as string).indexOf(this.needle, from)
        : from > this.text.length
          ? -1
          : // Buffer.indexOf counts a negative offset from the end; String.indexOf treats it as 0.
            (this.text as Buffer).indexOf(this.needleBytes, Math.max(0, from));
    return this.found;
  }
}

/** True for the character after an element name: space, '>', '/', TAB, CR, LF. */
export function isNameEnd(c: number): boolean {
  return c === 32 || c === 62 /* > */ || c === 47 /* / */ || c === 9 || c === 10 || c === 13;
}

/**
 * A start tag `<name` (the name exactly, not `<names`), found forward-only like ForwardFind.
 * `open` includes the '<' and any namespace prefix: '<x:row'.
 */
export class ElementFind {
  private readonly find: ForwardFind;

  constructor(
    private readonly text: XmlSource,
    readonly open: string,
  ) {
    this.find = new ForwardFind(text, open);
  }

  next(from: number): number {
    let at = this.find.next(from);
    while (at >= 0 && !isNameEnd(codeAt(this.text, at + this.open.length))) at = this.find.next(at + 1);
    return at;
  }
}
