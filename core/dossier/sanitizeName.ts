/**
 * Original file names become bundle paths (evidence/E001_<name>). They come from people's phones
 * and chat apps, so strip what breaks on some system or escapes a folder: separators, control and
 * reserved characters, leading dots, trailing dots/spaces, over-long names. Chinese stays.
 */
const RESERVED = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const MAX_CHARS = 80;

export function sanitizeName(name: string): string {
  let base = name.normalize('NFC').replace(RESERVED, '_').replace(/\s+/g, ' ').trim();
  base = base.replace(/^\.+/, '').replace(/[. ]+$/, '');
  if (!base) return 'file';
  const chars = Array.from(base);
  if (chars.length <= MAX_CHARS) return base;
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 && base.length - dot <= 10 ? base.slice(dot) : '';
  return (
    Array.from(base.slice(0, base.length - ext.length))
      .slice(0, MAX_CHARS - ext.length)
      .join('') + ext
  );
}
