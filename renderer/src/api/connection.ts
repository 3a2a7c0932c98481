/**
 * Whether the page can still reach its core (browser mode): the server may have stopped (the terminal
 * running `npm run web` was closed) or restarted with a new session token (an old tab). Every call that
 * meets one of these reports it here; the app shell then says what happened and what to do.
 */
import { useSyncExternalStore } from 'react';
import type { LocalizedText } from '../../../core/domain/types.ts';

export type ConnectionProblem = 'server-gone' | 'session-expired';

export const CONNECTION_MESSAGES: Record<ConnectionProblem, LocalizedText> = {
  'server-gone': {
    zh: '连接不上 PayProof 服务：它可能已经关闭（运行 npm run web 的终端被关掉了）。请在终端里重新运行 npm run web，然后打开它打印的网址。您的证据都还在证据库里。',
    en: 'Cannot reach the PayProof service: it may have stopped (the terminal running npm run web was closed). Run npm run web again in a terminal and open the address it prints. Your evidence is still in the vault.',
  },
  'session-expired': {
    zh: '这个页面的会话已失效：PayProof 服务重新启动过，或打开的网址不完整。请打开终端里 npm run web 最近一次打印的完整网址（末尾带 #token=…）。',
    en: 'This page’s session is no longer valid: the PayProof service restarted, or the address was opened without its token. Open the full address npm run web printed last (ending in #token=…).',
  },
};

let current: ConnectionProblem | null = null;
const listeners = new Set<() => void>();

export function reportConnectionProblem(problem: ConnectionProblem | null): void {
  // A stale token stays the verdict even if a later call only sees the server gone.
  if (problem === current || (current === 'session-expired' && problem === 'server-gone')) return;
  current = problem;
  for (const l of listeners) l();
}

export function connectionProblem(): ConnectionProblem | null {
  return current;
}

export function useConnectionProblem(): ConnectionProblem | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
