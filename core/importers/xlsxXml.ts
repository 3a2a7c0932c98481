/**
 * The little XML the XLSX reader needs: entity and OOXML _xHHHH_ unescaping, attributes, start
 * tags, and the text runs of a shared or inline string. The parts are machine-written and flat,
 * so no full XML parser; but they are untrusted bytes, so every scan is forward-only (see
 * forwardFind.ts) and every regular expression here is linear on any input. Text that a damaged
 * part cuts off (an element never closed) comes back as U+FFFD, never as a shortened string: a
 * cut 交易单号 or amount would look valid.
 */
import { ElementFind, ForwardFind, isNameEnd } from './forwardFind.ts';
import { codeAt, textOf, type XmlSource } from './xmlSource.ts';

/** Marks text a damaged part lost; ids holding it are "garbled", amounts and times unreadable. */
export const DAMAGED_TEXT = '\ufffd';

const ENTITY = /&(?:#(\d{1,8})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** OOXML escapes characters XML cannot hold as _xHHHH_ (a TAB may come as _x0009_). */
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** A character reference outside Unicode (&#99999999;) is damage, not a reason to throw. */
function codePoint(n: number): string {
  return n <= 0x10ffff ? String.fromCodePoint(n) : DAMAGED_TEXT;
}

export function xmlText(raw: string): string {
  let s = raw;
  if (s.includes('&')) {
    s = s.replace(ENTITY, (_m, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
      dec ? codePoint(Number(dec)) : hex ? codePoint(parseInt(hex, 16)) : (NAMED[name ?? ''] ?? ''),
    );
  }
  if (s.includes('_x'))
    s = s.replace(OOXML_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return s;
}

const attrPatterns = new Map<string, RegExp>();

/**
 * Attribute value by name (either quote style); patterns are compiled once per name. Linear: the
 * name is literal and each quoted value stops at its own quote character.
 */
export function attr(attrs: string, name: string): string | undefined {
  let re = attrPatterns.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name.replace(':', '\\:')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrPatterns.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? xmlText(m[1] ?? m[2] ?? '') : undefined;
}

/** Element name starting at `from` (after '<'), prefix included: 'x:row', '/t', 'si'. */
function qnameAt(xml: string, from: number): string {
  let i = from;
  while (i < xml.length && !isNameEnd(xml.charCodeAt(i))) i++;
  return xml.slice(from, i);
}

/** 'x:row' → 'row'; '' for end tags, comments and processing instructions ('/x:row', '!--'). */
function localName(qname: string): string {
  const first = qname.charCodeAt(0);
  if (first === 47 /* / */ || first === 33 /* ! */ || first === 63 /* ? */) return '';
  return qname.slice(qname.indexOf(':') + 1);
}

/**
 * The attribute text of every start tag whose local name is `name` (any namespace prefix), in
 * order. A tag cut off before its '>' ends the scan: nothing after it can be trusted.
 */
export function startTags(xml: string, name: string): string[] {
  const out: string[] = [];
  const gt = new ForwardFind(xml, '>');
  let pos = 0;
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) return out;
    const qname = qnameAt(xml, lt + 1);
    if (localName(qname) !== name) {
      pos = lt + 1 + qname.length;
      continue;
    }
    const end = gt.next(lt);
    if (end < 0) return out;
    out.push(xml.slice(lt + 1 + qname.length, xml.charCodeAt(end - 1) === 47 ? end - 1 : end));
    pos = end + 1;
  }
}

/**
 * Concatenated text runs (<t>) of a shared/inline string, without phonetic (ruby) runs (<rPh>).
 * A run or ruby element that is never closed marks the text as damaged.
 */
export function runsText(xml: string): string {
  let out = '';
  let pos = 0;
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) return xmlText(out);
    const qname = qnameAt(xml, lt + 1);
    const gt = xml.indexOf('>', lt);
    if (gt < 0) return xmlText(out) + DAMAGED_TEXT;
    const local = localName(qname);
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    if ((local === 't' || local === 'rPh') && !selfClosing) {
      const close = xml.indexOf(`</${qname}>`, gt + 1);
      if (close < 0) return xmlText(out) + DAMAGED_TEXT;
      if (local === 't') out += xml.slice(gt + 1, close);
      pos = close + qname.length + 3;
    } else pos = gt + 1;
  }
}

/** The usual shape: one plain run, <t>…</t> or <t xml:space="preserve">…</t> (anchored: linear). */
const SINGLE_RUN = /^<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>$/;

/** [A-Za-z0-9_]: what \w matches. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * Namespace prefix of the part's elements ('x:' or ''), from its first element named `root`
 * (`<root` or `<prefix:root`, the name ending there). Forward-only on strings and bytes alike: each
 * step back over a prefix covers text no other candidate covers.
 */
export function prefixOf(xml: XmlSource, root: string): string {
  const find = new ForwardFind(xml, root);
  for (let at = find.next(0); at >= 0; at = find.next(at + 1)) {
    if (isWordChar(codeAt(xml, at + root.length))) continue;
    const before = codeAt(xml, at - 1);
    if (before === 60 /* < */) return '';
    if (before !== 58 /* : */) continue;
    let start = at - 1;
    while (start > 0 && isWordChar(codeAt(xml, start - 1))) start--;
    if (start < at - 1 && codeAt(xml, start - 1) === 60) return textOf(xml, start, at);
  }
  return '';
}

export function parseSharedStrings(xml: XmlSource): string[] {
  const prefix = prefixOf(xml, 'sst');
  const open = new ElementFind(xml, `<${prefix}si`);
  const close = new ForwardFind(xml, `</${prefix}si>`);
  const gt = new ForwardFind(xml, '>');
  const out: string[] = [];
  let start = open.next(0);
  while (start >= 0) {
    const tagEnd = gt.next(start);
    if (tagEnd < 0) {
      out.push(DAMAGED_TEXT);
      break;
    }
    if (codeAt(xml, tagEnd - 1) === 47) {
      out.push('');
      start = open.next(tagEnd + 1);
      continue;
    }
    const end = close.next(tagEnd + 1);
    const following = open.next(tagEnd + 1);
    if (end < 0 || (following >= 0 && following < end)) {
      // Never closed: its text ends nowhere we can trust. Keep the slot so later indices hold.
      out.push(DAMAGED_TEXT);
      start = following;
      continue;
    }
    const body = textOf(xml, tagEnd + 1, end);
    const single = SINGLE_RUN.exec(body);
    out.push(single ? xmlText(single[1] ?? '') : runsText(body));
    start = open.next(end + close.needle.length);
  }
  return out;
}
