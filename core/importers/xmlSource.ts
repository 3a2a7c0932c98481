/**
 * An XML part as the scanners read it: a JS string (tests, small parts) or the inflated bytes
 * themselves. A worksheet of 48 MB held as bytes is 48 MB; as a string it is another 48 MB (96 MB
 * when it holds any Chinese: V8 then stores two bytes per character) on top of the bytes it was
 * decoded from. All markup the scanners look for is ASCII, so byte offsets work like character
 * offsets, and only the short values between tags are ever decoded (as UTF-8; a slice always
 * starts and ends at an ASCII delimiter, so it never splits a character).
 */
export type XmlSource = string | Buffer;

/** The character (string) or byte (Buffer) at `i`; NaN past the end, like charCodeAt. */
export function codeAt(xml: XmlSource, i: number): number {
  return typeof xml === 'string' ? xml.charCodeAt(i) : (xml[i] ?? Number.NaN);
}

/** The text from `from` to `to` (exclusive), decoded when the source is bytes. */
export function textOf(xml: XmlSource, from: number, to: number = xml.length): string {
  return typeof xml === 'string' ? xml.slice(from, to) : xml.toString('utf8', from, Math.max(from, to));
}
