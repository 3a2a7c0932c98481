/**
 * The WebContents hooks, driven through a stand-in that emits the same events Electron does (the
 * handlers only use `on` and `setWindowOpenHandler`), so the decisions are exercised, not just the
 * policy functions behind them.
 */
import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { hardenSession, hardenWebContents } from '../../electron/hardening.ts';

class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
  fire(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

function setup() {
  const contents = new FakeContents();
  const opened: string[] = [];
  hardenWebContents(contents as unknown as WebContents, (url) => opened.push(url));
  return { contents, opened };
}

describe('hardenWebContents', () => {
  it('blocks every navigation; allow-listed https links go to the system browser', () => {
    const { contents, opened } = setup();
    expect(contents.fire('will-navigate', 'https://kf.qq.com/')).toBe(true);
    expect(contents.fire('will-navigate', 'https://evil.cn/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-navigate', 'app://payproof/other.html')).toBe(true);
    expect(opened).toEqual(['https://kf.qq.com/']);
  });

  it('denies new windows, opening only allow-listed https URLs externally', () => {
    const { contents, opened } = setup();
    expect(contents.openHandler!({ url: 'https://www.12315.cn/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'http://www.12315.cn/' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.12315.cn/']);
  });

  it('refuses webviews and redirects away from the app', () => {
    const { contents } = setup();
    expect(contents.fire('will-attach-webview', {}, {})).toBe(true);
    expect(contents.fire('will-redirect', 'https://evil.cn/')).toBe(true);
    expect(contents.fire('will-redirect', 'app://payproof/index.html')).toBe(false);
  });
});

describe('hardenSession', () => {
  it('answers permission requests and checks through the policy, and cancels downloads', () => {
    let request:
      ((c: unknown, p: string, cb: (ok: boolean) => void, d: { requestingUrl: string }) => void) | undefined;
    let check: ((c: unknown, p: string, origin: string) => boolean) | undefined;
    let device: (() => boolean) | undefined;
    const session = Object.assign(new EventEmitter(), {
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
      setDevicePermissionHandler: (h: typeof device) => (device = h),
    });
    hardenSession(session as unknown as Session);
    const answers: boolean[] = [];
    request!(null, 'media', (ok) => answers.push(ok), { requestingUrl: 'app://payproof/index.html' });
    request!(null, 'clipboard-sanitized-write', (ok) => answers.push(ok), {
      requestingUrl: 'app://payproof/index.html',
    });
    expect(answers).toEqual([false, true]);
    expect(check!(null, 'geolocation', 'app://payproof')).toBe(false);
    expect(device!()).toBe(false);
    let prevented = false;
    session.emit('will-download', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });
});
