/**
 * Electron main process: one window, the menu, the app:// and vault:// schemes, security hooks and
 * the IPC relay to the core. Deliberately thin — the decisions (URL policy, path containment, ranges,
 * sender checks, CSP, menu) live in plain modules beside it with their own tests.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { resolveVaultDir } from '../db/vaultLocation.ts';
import { channels, type MenuCommand } from './bridgeTypes.ts';
import { startCoreHost, type CoreHost } from './coreHostProcess.ts';
import { registerFolderPicker } from './folderDialog.ts';
import { hardenSession, hardenWebContents } from './hardening.ts';
import { registerIpc } from './ipc.ts';
import { registerOpenDocument, registerShowInFolder } from './showInFolder.ts';
import { buildMenuTemplate, menuLanguage } from './menu.ts';
import { chooseSqliteBinding, SQLITE_BINDING_ENV } from './native/sqliteBinding.ts';
import { APP_SCHEME, APP_START_URL, VAULT_SCHEME } from './policy/origins.ts';
import { createAppHandler } from './protocol/appFiles.ts';
import { createEvidenceHandler } from './protocol/evidenceFiles.ts';
import { privilegedSchemes } from './protocol/schemes.ts';

// Must happen before `ready`.
protocol.registerSchemesAsPrivileged(privilegedSchemes);

let mainWindow: BrowserWindow | undefined;
let core: CoreHost | undefined;

function openExternal(url: string): void {
  // url has already passed externalUrlToOpen (https, allow-listed host).
  void shell.openExternal(url);
}

function sendMenuCommand(command: MenuCommand): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(channels.menu, command);
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 640,
    title: '支付维权证据箱 PayProof',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = undefined;
  });
  void win.loadURL(APP_START_URL);
  return win;
}

function sqliteEnv(): NodeJS.ProcessEnv {
  const choice = chooseSqliteBinding({
    appRoot: app.getAppPath(),
    packaged: app.isPackaged,
    target: { electron: process.versions.electron ?? '', platform: process.platform, arch: process.arch },
    env: process.env,
    exists: existsSync,
  });
  if (choice.kind === 'default') {
    if (!app.isPackaged) console.warn(`[native] ${choice.reason}`);
    return { ...process.env };
  }
  return { ...process.env, [SQLITE_BINDING_ENV]: choice.path };
}

async function onReady(): Promise<void> {
  const vaultDir = resolveVaultDir(undefined);
  const host = startCoreHost({
    modulePath: path.join(__dirname, 'coreHost.cjs'),
    vaultDir,
    env: sqliteEnv(),
  });
  core = host;

  hardenSession(session.defaultSession);
  const rendererDir = path.join(app.getAppPath(), 'renderer', 'dist');
  if (!existsSync(path.join(rendererDir, 'index.html')))
    console.error(`[main] ${rendererDir} has no index.html: run \`npm run build\` first`);
  protocol.handle(APP_SCHEME, createAppHandler(rendererDir));
  protocol.handle(
    VAULT_SCHEME,
    createEvidenceHandler((id, thumb) => host.client().locate(id, thumb)),
  );
  registerIpc(
    ipcMain,
    () => host.client(),
    (dir) => host.setVaultDir(dir),
  );
  registerFolderPicker(ipcMain, {
    dialog,
    windowFor: (sender) => BrowserWindow.fromWebContents(sender),
    defaultLanguage: () => menuLanguage(app.getLocale()),
  });
  registerShowInFolder(ipcMain, {
    reveal: (file) => shell.showItemInFolder(file),
    vaultDir: () => host.vaultDir(),
  });
  registerOpenDocument(ipcMain, {
    // Resolves with an error message ('' on success); the handler turns it into a zh/en refusal.
    open: (file) => shell.openPath(file),
    vaultDir: () => host.vaultDir(),
  });

  const template = buildMenuTemplate({
    language: menuLanguage(app.getLocale()),
    platform: process.platform,
    appName: app.name,
    developer: !app.isPackaged,
    actions: {
      openVaultFolder: () => void shell.openPath(host.vaultDir()),
      openGuide: () => sendMenuCommand('open-guide'),
      openSettings: () => sendMenuCommand('open-settings'),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));

  // Start the core now so the vault is open by the time the UI asks.
  host.client();
  mainWindow = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another PayProof owns the vault lock; it gets focus (below) and this one leaves.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Windows groups taskbar entries and notifications by this id; it must match electron-builder's appId.
  if (process.platform === 'win32') app.setAppUserModelId('cn.payproof.app');
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
  let stopped = false;
  app.on('before-quit', (event) => {
    if (stopped || !core) return;
    // Close the vault cleanly (WAL checkpoint, lock released) before the process goes.
    event.preventDefault();
    void core.stop().finally(() => {
      stopped = true;
      app.quit();
    });
  });
  app.whenReady().then(onReady, (err: unknown) => {
    console.error('[main] startup failed', err);
    app.exit(1);
  });
}
