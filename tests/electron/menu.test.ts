import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, menuLanguage, type MenuActions } from '../../electron/menu.ts';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

function build(language: 'zh' | 'en', platform: NodeJS.Platform, developer = false) {
  const calls: string[] = [];
  const actions: MenuActions = {
    openVaultFolder: () => calls.push('vault'),
    openGuide: () => calls.push('guide'),
    openSettings: () => calls.push('settings'),
  };
  return {
    template: buildMenuTemplate({ language, platform, appName: 'PayProof', developer, actions }),
    calls,
  };
}

const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();

describe('application menu', () => {
  it('picks Chinese for zh locales', () => {
    expect(menuLanguage('zh-CN')).toBe('zh');
    expect(menuLanguage('zh-TW')).toBe('zh');
    expect(menuLanguage('en-US')).toBe('en');
    expect(menuLanguage('de')).toBe('en');
  });

  it('has Chinese labels, standard roles, and the vault and guide items (Windows)', () => {
    const { template, calls } = build('zh', 'win32');
    expect(template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    const all = flatten(template);
    expect(all.map((i) => i.role).filter(Boolean)).toEqual(
      expect.arrayContaining([
        'quit',
        'editMenu',
        'windowMenu',
        'help',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'togglefullscreen',
      ]),
    );
    click(all.find((i) => i.label === '打开证据库文件夹'));
    click(all.find((i) => i.label === '维权指南'));
    click(all.find((i) => i.label === '设置…'));
    expect(calls).toEqual(['vault', 'guide', 'settings']);
  });

  it('has English labels and the macOS app menu', () => {
    const { template } = build('en', 'darwin');
    expect(template.map((m) => m.label)).toEqual(['PayProof', 'File', 'Edit', 'View', 'Window', 'Help']);
    const roles = flatten(template).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['about', 'hide', 'quit', 'close']));
    expect(flatten(template).find((i) => i.label === 'Guide')?.accelerator).toBe('F1');
  });

  it('offers reload and DevTools only in development', () => {
    expect(flatten(build('en', 'linux').template).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(flatten(build('en', 'linux', true).template).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});
