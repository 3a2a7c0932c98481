/**
 * A hash router: enough for six screens, and it works the same from app:// and http://127.0.0.1.
 * Routes: #/ (cases), #/welcome, #/cases/<id>[/<tab>], #/guide[/<anchor>], #/profile[/<field>], #/settings, #/trash (回收站).
 */
import { useEffect, useState } from 'react';

export type Route =
  | { name: 'cases' }
  | { name: 'welcome' }
  | { name: 'case'; id: number; tab: string }
  | { name: 'guide'; anchor: string }
  | { name: 'profile'; focus: string }
  | { name: 'trash' }
  | { name: 'settings' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [head, a, b] = parts;
  if (head === 'cases' && a && /^\d+$/.test(a)) return { name: 'case', id: Number(a), tab: b ?? 'payments' };
  if (head === 'welcome') return { name: 'welcome' };
  if (head === 'guide') return { name: 'guide', anchor: a ?? '' };
  if (head === 'profile') return { name: 'profile', focus: a ?? '' };
  if (head === 'trash') return { name: 'trash' };
  if (head === 'settings') return { name: 'settings' };
  return { name: 'cases' };
}

export function navigate(path: string): void {
  window.location.hash = path.startsWith('#') ? path : `#${path}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
