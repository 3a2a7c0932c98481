/**
 * The little XML the XLSX reader needs: entity and OOXML _xHHHH_ unescaping, attributes, and the
 * text runs of a shared or inline string. Regex-based on purpose: the parts are machine-written
 * and flat, and a full XML parser would cost more than the whole bill import.
 */

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** OOXML escapes characters XML cannot hold as _xHHHH_ (a TAB may come as _x0009_). */
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function xmlText(raw: string): string {
  let s = raw;
  if (s.includes('&')) {
    s = s.replace(ENTITY, (_m, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
      dec
        ? String.fromCodePoint(Number(dec))
        : hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : (NAMED[name ?? ''] ?? ''),
    );
  }
  if (s.includes('_x'))
    s = s.replace(OOXML_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return s;
}

const attrPatterns = new Map<string, RegExp>();

/** Attribute value by name (either quote style); patterns are compiled once per name. */
export function attr(attrs: string, name: string): string | undefined {
  let re = attrPatterns.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name.replace(':', '\\:')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrPatterns.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? xmlText(m[1] ?? m[2] ?? '') : undefined;
}

// Element names may carry a namespace prefix (<x:row>) depending on the writer.
const T_RUN = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;
const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;

/** Concatenated text runs of a shared/inline string, without phonetic (ruby) runs. */
export function runsText(xml: string): string {
  const body = xml.includes('rPh') ? xml.replace(PHONETIC, '') : xml;
  let out = '';
  for (const m of body.matchAll(T_RUN)) out += m[1] ?? '';
  return xmlText(out);
}

const SI = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
/** The usual shape: one plain run, <t>…</t> or <t xml:space="preserve">…</t>. */
const SINGLE_RUN = /^<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>$/;

export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(SI)) {
    const body = m[1] ?? '';
    const single = SINGLE_RUN.exec(body);
    out.push(single ? xmlText(single[1] ?? '') : runsText(body));
  }
  return out;
}
