import { describe, expect, it } from 'vitest';
import { buildCsp } from '../../electron/policy/csp.ts';
import { isTrustedSender } from '../../electron/policy/ipcSender.ts';
import { parseEnvelope } from '../../electron/ipc.ts';
import { permissionAllowed } from '../../electron/policy/permissions.ts';

describe('IPC sender check', () => {
  it('trusts only the top frame of app://payproof', () => {
    expect(isTrustedSender({ frameUrl: 'app://payproof/index.html', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ frameUrl: 'app://payproof/cases/3?x=1#y', isMainFrame: true })).toBe(true);
  });

  it.each([
    ['app://payproof/index.html', false],
    ['app://evil/index.html', true],
    ['app://payproof.evil.cn/', true],
    ['app://user@payproof/', true],
    ['https://payproof/', true],
    ['file:///index.html', true],
    ['vault://evidence/1', true],
    ['about:blank', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['', true],
    ['not a url', true],
  ] as const)('refuses %s (main frame: %s)', (frameUrl, isMainFrame) => {
    expect(isTrustedSender({ frameUrl, isMainFrame })).toBe(false);
  });

  it('refuses a destroyed frame', () => {
    expect(isTrustedSender({ frameUrl: null, isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ frameUrl: undefined, isMainFrame: true })).toBe(false);
  });
});

describe('IPC call envelope', () => {
  it('accepts a known method with a safe call id', () => {
    expect(parseEnvelope({ callId: 'ab12-3', method: 'vault.info', input: {} })).toEqual({
      callId: 'ab12-3',
      method: 'vault.info',
      input: {},
    });
  });

  it.each([
    [null],
    ['vault.info'],
    [{ callId: 'x', method: 'constructor', input: {} }],
    [{ callId: 'x', method: '__proto__', input: {} }],
    [{ callId: 'x', method: 'vault.drop', input: {} }],
    [{ callId: 'a:b', method: 'vault.info', input: {} }],
    [{ callId: 'x'.repeat(65), method: 'vault.info', input: {} }],
    [{ callId: 7, method: 'vault.info', input: {} }],
  ])('refuses %j', (raw) => {
    expect(parseEnvelope(raw)).toBeNull();
  });
});

describe('Content-Security-Policy', () => {
  const csp = buildCsp();
  const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));

  it('is self-only, with evidence from vault: and no remote origin anywhere', () => {
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('base-uri')).toBe("base-uri 'none'");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('img-src')).toContain('vault:');
    expect(directive('media-src')).toContain('vault:');
    // The page reads originals by id (PDF and text previews) and frames nothing.
    expect(directive('connect-src')).toBe("connect-src 'self' vault:");
    expect(directive('frame-src')).toBe("frame-src 'none'");
    expect(csp).not.toMatch(/https?:|\*|'unsafe-eval'/);
    expect(directive('script-src')).not.toContain('unsafe-inline');
  });
});

describe('web permissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'hid',
    'usb',
    'serial',
    'midi',
    'unknown',
  ])('refuses %s even to our own page', (permission) => {
    expect(permissionAllowed(permission, 'app://payproof/index.html')).toBe(false);
  });

  it('allows clipboard writes and video fullscreen to app://payproof only', () => {
    expect(permissionAllowed('clipboard-sanitized-write', 'app://payproof/index.html')).toBe(true);
    expect(permissionAllowed('fullscreen', 'app://payproof')).toBe(true);
    expect(permissionAllowed('clipboard-sanitized-write', 'https://evil.cn/')).toBe(false);
    expect(permissionAllowed('fullscreen', 'vault://evidence/1')).toBe(false);
    expect(permissionAllowed('fullscreen', undefined)).toBe(false);
    expect(permissionAllowed('fullscreen', 'garbage')).toBe(false);
  });
});
