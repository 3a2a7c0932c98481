/**
 * The application menu as data (built here, turned into a Menu in main.ts), so the labels and roles
 * are tested without Electron. Chinese when the OS speaks Chinese, English otherwise; roles give the
 * platform's own edit/view/window behaviour (copy/paste in inputs needs the Edit menu on macOS).
 */
import type { MenuItemConstructorOptions } from 'electron';

export type MenuLanguage = 'zh' | 'en';

export interface MenuActions {
  openVaultFolder(): void;
  openGuide(): void;
  openSettings(): void;
}

export function menuLanguage(locale: string): MenuLanguage {
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

const labels = {
  zh: {
    file: '文件',
    openVault: '打开证据库文件夹',
    settings: '设置…',
    edit: '编辑',
    view: '视图',
    window: '窗口',
    help: '帮助',
    guide: '维权指南',
  },
  en: {
    file: 'File',
    openVault: 'Open Vault Folder',
    settings: 'Settings…',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    guide: 'Guide',
  },
} as const;

export function buildMenuTemplate(options: {
  language: MenuLanguage;
  platform: NodeJS.Platform;
  appName: string;
  /** Reload and DevTools are for development builds only. */
  developer: boolean;
  actions: MenuActions;
}): MenuItemConstructorOptions[] {
  const t = labels[options.language];
  const mac = options.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: options.appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { label: t.settings, accelerator: 'Command+,', click: () => options.actions.openSettings() },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push({
    label: t.file,
    submenu: [
      { label: t.openVault, click: () => options.actions.openVaultFolder() },
      ...(mac
        ? []
        : [{ label: t.settings, accelerator: 'Ctrl+,', click: () => options.actions.openSettings() }]),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  });
  template.push({ label: t.edit, role: 'editMenu' });
  template.push({
    label: t.view,
    submenu: [
      ...(options.developer
        ? ([
            { role: 'reload' },
            { role: 'toggleDevTools' },
            { type: 'separator' },
          ] as MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  });
  template.push({ label: t.window, role: 'windowMenu' });
  template.push({
    label: t.help,
    role: 'help',
    submenu: [{ label: t.guide, accelerator: 'F1', click: () => options.actions.openGuide() }],
  });
  return template;
}
