/**
 * The one place the UI gets its Host: Electron's preload when present, else the HTTP bridge.
 */
import { createElectronHost } from './electronHost.ts';
import type { Host } from './host.ts';
import { createHttpHost, readToken } from './httpHost.ts';

function pickHost(): Host & { ready?: Promise<void> } {
  if (window.payproof) return createElectronHost(window.payproof);
  return createHttpHost(readToken());
}

export const host = pickHost();
/** Resolves once the host knows which methods the core offers. */
export const hostReady: Promise<void> = host.ready ?? Promise.resolve();
export const api = host.api;
