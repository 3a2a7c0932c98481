/**
 * Web permissions the page may have: none, except two that carry no privacy or device access and
 * that the UI needs — writing text to the clipboard (the "copy 交易单号 / hotline" buttons) and
 * fullscreen for a video being previewed — and only for our own origin. Camera, microphone,
 * location, notifications, USB, HID, serial, reading the clipboard, openExternal… are all refused.
 */
import { APP_ORIGIN } from './origins.ts';

const harmless: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'fullscreen']);

export function permissionAllowed(permission: string, requestingUrlOrOrigin: string | undefined): boolean {
  if (!harmless.has(permission) || !requestingUrlOrOrigin) return false;
  try {
    // Compare scheme and host: Node's URL reports origin "null" for schemes it does not know.
    const url = new URL(requestingUrlOrOrigin);
    return `${url.protocol}//${url.host}` === APP_ORIGIN && !url.username;
  } catch {
    return false;
  }
}
