/**
 * Chinese input methods type full-width characters (５２００．５０, （）, ：, space U+3000). Parsers
 * see their ASCII forms so "５２００.５０" reads like "5200.50".
 */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}
