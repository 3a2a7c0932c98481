/**
 * The Content-Security-Policy sent with every app:// response. No remote origins at all: the UI is
 * served from app://, evidence from vault://. style-src needs 'unsafe-inline' because antd
 * (CSS-in-JS) injects <style> elements at run time; scripts stay strictly 'self'.
 */
import { VAULT_SCHEME } from './origins.ts';

export function buildCsp(): string {
  const vault = `${VAULT_SCHEME}:`;
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", vault, 'data:', 'blob:'],
    'media-src': ["'self'", vault, 'blob:'],
    'font-src': ["'self'", 'data:'],
    // fetch() of text evidence goes to vault:; nothing goes to the network.
    'connect-src': ["'self'", vault],
    // No frames at all: PDF evidence is drawn by pdf.js in the page (its worker is 'self').
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'worker-src': ["'self'", 'blob:'],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
