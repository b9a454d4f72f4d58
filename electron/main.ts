// The Electron main process: one hardened window showing the bundled renderer from app://pco/
// (never file://), IPC registered per domain (app, file, shared folder, removable drives, secret,
// opened bundles), and nothing else. All logic lives in pure modules (windowOptions, appProtocol,
// folderGrants, openedBundles, ipc/*, shared/). Bundled by build/scripts/build-electron.mjs to
// dist/electron/main.cjs, next to preload.cjs; the renderer is built to dist/renderer/.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session } from 'electron';
import type { MenuItemConstructorOptions, WebContents } from 'electron';
import { lstat, readdir, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withContentSecurityPolicy } from '../shared/security/csp';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, serveAppRequest, type AppFiles } from './appProtocol';
import { readAtMost } from './boundedRead';
import { createFolderGrants } from './folderGrants';
import { registerAppIpc } from './ipc/appIpc';
import { createJsonFileStore } from './jsonFileStore';
import { registerFileIpc, type OpenDialogRequest, type SaveDialogRequest } from './ipc/fileIpc';
import { registerFolderIpc } from './ipc/folderIpc';
import { registerStreamIpc } from './ipc/streamIpc';
import { createNewFile, openForReading } from './streamFiles';
import { registerDrivesIpc } from './ipc/drivesIpc';
import { runTool } from './drives/runTool';
import { createAppPageCheck, createAppSenderCheck } from './ipc/handle';
import { registerSecretIpc } from './ipc/secretIpc';
import { registerOpenedBundleIpc } from './ipc/openedBundleIpc';
import { createOpenedBundleQueue, queueBundlesFromArgv, queueOpenedPath } from './openedBundles';
import { APP_TITLE, constructMainWindow, windowTitleFor } from './windowOptions';

const RENDERER_DIR = join(__dirname, '..', 'renderer');
const PRELOAD_PATH = join(__dirname, 'preload.cjs');
const isAppPage = createAppPageCheck(APP_INDEX_URL);
/** Electron's fs reads inside app.asar (realpath, stat and readFile are asar-aware). */
const rendererFiles: AppFiles = { realpath: (path) => realpath(path), stat: (path) => stat(path), readFile: (path) => readFile(path) };

// Before 'ready', or Chromium will not treat app:// as a standard, secure origin.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

let mainWindow: BrowserWindow | null = null;
/** Bundles the OS asked us to open, waiting for the renderer's takeOpenedBundle (after unlock). */
const openedBundles = createOpenedBundleQueue();

/** Every webContents (including any a bug might create): no navigation away, no popups, no webviews. */
function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    // A reload of our own page is fine; anything else is not.
    if (!isAppPage(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppPage(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Deny every permission, add the CSP header to every response, refuse content-started downloads. */
function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // app:// responses carry the CSP themselves (appProtocol.ts); this adds it to anything else the
  // session would load, and the <meta> tag in index.html (same string) is a third copy.
  ses.webRequest.onHeadersReceived((details, callback) => callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) }));
  ses.on('will-download', (event) => event.preventDefault());
}

/** Serves dist/renderer on app://pco/ (path checks, MIME types and the CSP header in appProtocol.ts). */
function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await serveAppRequest({ url: request.url, method: request.method }, RENDERER_DIR, rendererFiles);
    // A copy on its own ArrayBuffer, as a Response body must be (Node's Buffers may share a pool).
    return new Response(answer.body && new Uint8Array(answer.body), { status: answer.status, headers: answer.headers });
  });
}

function buildMenu(): Menu {
  const template: MenuItemConstructorOptions[] = [];
  if (process.platform === 'darwin') template.push({ role: 'appMenu' });
  template.push({ role: 'fileMenu' }, { role: 'editMenu' }, { role: 'windowMenu' });
  if (!app.isPackaged) template.push({ role: 'viewMenu' });
  return Menu.buildFromTemplate(template);
}

function documentsFolder(): string | undefined {
  try {
    return app.getPath('documents');
  } catch {
    return undefined;
  }
}

function registerIpc(): void {
  const isTrustedSender = createAppSenderCheck(APP_INDEX_URL);
  // The folders the renderer may name, by token only: picked in the dialog (kept in userData) or listed drives.
  const grants = createFolderGrants({
    store: createJsonFileStore(join(app.getPath('userData'), 'shared-folders.json')),
    onLoadError: (error) => console.warn('PCO Desk: the shared folders picked before cannot be read; they must be chosen again', error),
  });
  const parent = (): BrowserWindow | undefined => BrowserWindow.getFocusedWindow() ?? mainWindow ?? undefined;
  registerAppIpc(ipcMain, { version: app.getVersion(), platform: process.platform, isTrustedSender });
  const dialogs = {
    defaultDirectory: documentsFolder(),
    showSaveDialog: (request: SaveDialogRequest) => {
      const owner = parent();
      return owner ? dialog.showSaveDialog(owner, request) : dialog.showSaveDialog(request);
    },
    showOpenDialog: (request: OpenDialogRequest) => {
      const owner = parent();
      return owner ? dialog.showOpenDialog(owner, request) : dialog.showOpenDialog(request);
    },
  };
  registerFileIpc(ipcMain, {
    isTrustedSender,
    ...dialogs,
    writeFile: (path, bytes) => writeFile(path, bytes),
    readFile: (path, maxBytes) => readAtMost(path, maxBytes),
    stat: (path) => stat(path),
  });
  registerFolderIpc(ipcMain, {
    isTrustedSender,
    grants,
    showFolderDialog: () => {
      const owner = parent();
      const request = { properties: ['openDirectory' as const, 'createDirectory' as const] };
      return owner ? dialog.showOpenDialog(owner, request) : dialog.showOpenDialog(request);
    },
    readdir: (path) => readdir(path),
    stat: (path) => stat(path),
    lstat: (path) => lstat(path),
    readFile: (path, maxBytes) => readAtMost(path, maxBytes, { noFollow: true }),
    writeNewFile: (path, bytes) => writeFile(path, bytes, { flag: 'wx' }),
  });
  registerStreamIpc(ipcMain, {
    isTrustedSender,
    ...dialogs,
    grants,
    exists: (path) => lstat(path).then(() => true, () => false),
    createNewFile,
    openForReading,
    rename: (from, to) => rename(from, to),
    unlink: (path) => unlink(path),
  });
  registerDrivesIpc(ipcMain, { isTrustedSender, grants, platform: process.platform, run: runTool, readdir: (path) => readdir(path) });
  registerSecretIpc(ipcMain, { safeStorage, platform: process.platform, isTrustedSender });
  registerOpenedBundleIpc(ipcMain, { isTrustedSender, queue: openedBundles, stat: (path) => stat(path), readFile: (path, maxBytes) => readAtMost(path, maxBytes) });
}

function createMainWindow(): BrowserWindow {
  // Constructed (and unit-tested) in windowOptions.ts, options as a literal the security scan reads:
  // contextIsolation, sandbox, no node integration, webSecurity, no insecure content, no webview,
  // Auxclick disabled.
  const window = constructMainWindow(BrowserWindow, { preloadPath: PRELOAD_PATH, devTools: !app.isPackaged });
  window.once('ready-to-show', () => window.show());
  window.on('page-title-updated', (event, title) => {
    event.preventDefault();
    window.setTitle(windowTitleFor(title));
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(APP_INDEX_URL).catch((error: unknown) => {
    console.error('PCO Desk: cannot load the renderer', error);
    dialog.showErrorBox(APP_TITLE, `The user interface could not be loaded from\n${RENDERER_DIR}\n\nRun "npm run build" and start again.`);
    app.quit();
  });
  return window;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  if (process.platform === 'win32') app.setAppUserModelId('it.pcodesk.app');
  // Windows and Linux: the bundle double-clicked to start us is an argument.
  void queueBundlesFromArgv(openedBundles, process.argv, (path) => stat(path));
  // A second launch (double-click while running) hands its argv over; queue first, then focus:
  // the renderer asks for opened bundles when its window gains focus.
  app.on('second-instance', (_event, argv) => {
    void queueBundlesFromArgv(openedBundles, argv, (path) => stat(path)).finally(focusMainWindow);
  });
  // macOS: files arrive as events, the first possibly before 'ready' (hence registered here).
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void queueOpenedPath(openedBundles, path, (candidate) => stat(candidate)).finally(focusMainWindow);
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });
  app
    .whenReady()
    .then(() => {
      hardenSession();
      serveRenderer();
      Menu.setApplicationMenu(buildMenu());
      registerIpc();
      mainWindow = createMainWindow();
    })
    .catch((error: unknown) => {
      console.error('PCO Desk: start-up failed', error);
      app.exit(1);
    });
}
