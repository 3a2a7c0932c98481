/**
 * The Electron security checklist for every WebContents we create: no navigation away from app://,
 * no new windows (allow-listed https links go to the system browser instead), no <webview>, no
 * permissions beyond clipboard-write and fullscreen (policy/permissions.ts). No sub-frames either
 * (CSP frame-src 'none'): PDF evidence is drawn by pdf.js inside the page.
 */
import type { Session, WebContents } from 'electron';
import { externalUrlToOpen } from './policy/externalUrl.ts';
import { isTrustedSender } from './policy/ipcSender.ts';
import { permissionAllowed } from './policy/permissions.ts';

export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    // In-app navigation is client-side; a full navigation would leave the UI (or swap in a page
    // that could then talk to our IPC). Links with an allowed https target open in the browser.
    event.preventDefault();
    const external = externalUrlToOpen(url);
    if (external) openExternal(external);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedSender({ frameUrl: url, isMainFrame: true })) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url);
    if (external) openExternal(external);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permissionAllowed(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    permissionAllowed(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
  // Downloads are never started by the UI; a stray one (e.g. a PDF link) must not write to disk.
  session.on('will-download', (event) => event.preventDefault());
}
