import { describe, expect, it } from 'vitest';
import { externalUrlToOpen } from '../../electron/policy/externalUrl.ts';

describe('externalUrlToOpen (what shell.openExternal may receive)', () => {
  it('opens https links to allow-listed hosts, normalised by the URL parser', () => {
    expect(externalUrlToOpen('https://kf.qq.com/faq/1.html')).toBe('https://kf.qq.com/faq/1.html');
    expect(externalUrlToOpen('https://WWW.12315.CN/')).toBe('https://www.12315.cn/');
    expect(externalUrlToOpen('https://pay.weixin.qq.com/index.php?x=1#y')).toBe(
      'https://pay.weixin.qq.com/index.php?x=1#y',
    );
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['file:///etc/passwd'],
    ['file://C:/Windows/System32/calc.exe'],
    ['http://kf.qq.com/'],
    ['ftp://kf.qq.com/'],
    ['data:text/html,<script>alert(1)</script>'],
    ['app://payproof/index.html'],
    ['vault://evidence/1'],
    ['smb://kf.qq.com/share'],
  ])('refuses other schemes: %s', (url) => {
    expect(externalUrlToOpen(url)).toBeNull();
  });

  it.each([
    ['https://kf.qq.com.evil.cn/'],
    ['https://evilkf.qq.com/'],
    ['https://evil.cn/kf.qq.com'],
    ['https://evil.cn/?next=https://kf.qq.com'],
    ['https://kf.qq.com@evil.cn/'],
    ['https://user:pw@kf.qq.com/'],
    ['https://kf.qq.com:8443/'],
    ['https://qq.com/'],
    ['https://kf.qq.com./'],
    ['https://xn--kf-qq-com.evil/'],
  ])('refuses lookalike or disguised hosts: %s', (url) => {
    expect(externalUrlToOpen(url)).toBeNull();
  });

  it('refuses non-strings, garbage and very long input', () => {
    expect(externalUrlToOpen(undefined)).toBeNull();
    expect(externalUrlToOpen({ href: 'https://kf.qq.com/' })).toBeNull();
    expect(externalUrlToOpen('not a url')).toBeNull();
    expect(externalUrlToOpen(`https://kf.qq.com/${'a'.repeat(3000)}`)).toBeNull();
  });

  it('uses the given allow-list', () => {
    expect(externalUrlToOpen('https://example.org/', ['example.org'])).toBe('https://example.org/');
    expect(externalUrlToOpen('https://kf.qq.com/', ['example.org'])).toBeNull();
  });
});
