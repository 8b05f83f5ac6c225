import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session as electronSession,
  shell,
} from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import pkg from '../package.json';
import { WorkspaceSession } from './api/session';
import { demoWorkspacePath } from './api/paths';
import { registerApiIpc } from './ipc';
import { CONTENT_SECURITY_POLICY, isAppUrl } from './security';
import { contentTypeOf } from './content-types';
import { setChartRendererFactory } from './reports/chart-renderer';
import { electronChartRenderer } from './reports/electron-chart-renderer';

// The renderer is served from app://terrain/ rather than file:// so that CSP and same-origin rules apply.
protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const rendererDir = path.join(__dirname, '..', 'renderer');
let mainWindow: BrowserWindow | null = null;
let workspaces: WorkspaceSession;

function workspaceFromArgs(argv: string[]): string | undefined {
  return argv.slice(1).find((a) => a.endsWith('.terrain') && fs.existsSync(a));
}

function serveRenderer(): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = path.resolve(rendererDir, rel);
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file))
      return new Response('Introuvable', { status: 404 });
    return new Response(fs.readFileSync(file), {
      headers: {
        'Content-Type': contentTypeOf(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      },
    });
  });
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Terrain',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      // No middle-click (auxclick) events: a middle-click on a link cannot try to open anything.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  const contents = mainWindow.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  void mainWindow.loadURL('app://terrain/index.html');
}

async function chooseAndOpen(create: boolean): Promise<void> {
  if (!mainWindow) return;
  const options = {
    defaultPath: path.join(workspaces.dataDir, 'workspaces'),
    filters: [{ name: 'Terrain', extensions: ['terrain'] }],
  };
  try {
    if (create) {
      const result = await dialog.showSaveDialog(mainWindow, {
        ...options,
        title: 'Nouvel espace de travail',
      });
      if (result.canceled || !result.filePath) return;
      workspaces.create(result.filePath, false);
    } else {
      const result = await dialog.showOpenDialog(mainWindow, {
        ...options,
        title: 'Ouvrir un espace de travail',
        properties: ['openFile'],
      });
      const file = result.filePaths[0];
      if (result.canceled || !file) return;
      workspaces.open(file);
    }
    mainWindow.webContents.reload();
  } catch (err) {
    await dialog.showMessageBox(mainWindow, { type: 'error', message: (err as Error).message });
  }
}

/** Menu actions that the renderer carries out (it listens for the 'terrain:menu' DOM event). */
function sendMenu(action: 'import-refi' | 'export-refi'): void {
  void mainWindow?.webContents.executeJavaScript(
    `window.dispatchEvent(new CustomEvent('terrain:menu', { detail: ${JSON.stringify(action)} }))`,
  );
}

function buildMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Fichier',
      submenu: [
        {
          label: 'Nouvel espace de travail…',
          accelerator: 'CmdOrCtrl+N',
          click: () => void chooseAndOpen(true),
        },
        { label: 'Ouvrir…', accelerator: 'CmdOrCtrl+O', click: () => void chooseAndOpen(false) },
        { type: 'separator' },
        { label: 'Importer un projet REFI-QDA…', click: () => sendMenu('import-refi') },
        { label: 'Exporter en REFI-QDA…', click: () => sendMenu('export-refi') },
        { type: 'separator' },
        { label: 'Quitter', accelerator: 'CmdOrCtrl+Q', role: 'quit' },
      ],
    },
    {
      label: 'Édition',
      submenu: [
        { label: 'Annuler', role: 'undo' },
        { label: 'Rétablir', role: 'redo' },
        { type: 'separator' },
        { label: 'Couper', role: 'cut' },
        { label: 'Copier', role: 'copy' },
        { label: 'Coller', role: 'paste' },
        { label: 'Tout sélectionner', role: 'selectAll' },
      ],
    },
    {
      label: 'Affichage',
      submenu: [
        { label: 'Recharger', role: 'reload' },
        { label: 'Outils de développement', role: 'toggleDevTools' },
        { type: 'separator' },
        { label: 'Taille réelle', role: 'resetZoom' },
        { label: 'Zoom avant', role: 'zoomIn' },
        { label: 'Zoom arrière', role: 'zoomOut' },
        { type: 'separator' },
        { label: 'Plein écran', role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Aide',
      submenu: [
        {
          label: 'À propos de Terrain',
          click: () =>
            void dialog.showMessageBox({
              message: `Terrain ${pkg.version}`,
              detail: 'Vos données restent sur cet ordinateur.',
            }),
        },
        { label: 'Dossier des données', click: () => void shell.openPath(workspaces.dataDir) },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  void app.whenReady().then(() => {
    electronSession.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
      callback(false),
    );
    workspaces = new WorkspaceSession(app.getPath('userData'), { warmAnalyses: true });
    try {
      workspaces.openOrCreate(workspaceFromArgs(process.argv) ?? demoWorkspacePath(workspaces.dataDir), true);
    } catch (err) {
      dialog.showErrorBox('Terrain', (err as Error).message);
    }
    registerApiIpc(ipcMain, { session: workspaces, shell: 'electron', version: pkg.version });
    serveRenderer();
    // Reports draw their charts and print PDFs in hidden windows of Electron itself.
    setChartRendererFactory(async () =>
      electronChartRenderer(
        () =>
          new BrowserWindow({
            show: false,
            webPreferences: {
              disableBlinkFeatures: 'Auxclick',
              contextIsolation: true,
              sandbox: true,
              nodeIntegration: false,
              webSecurity: true,
              webviewTag: false,
              offscreen: true,
            },
          }),
        'app://terrain/report-charts.html',
      ),
    );
    buildMenu();
    createWindow();
  });
  app.on('window-all-closed', () => {
    workspaces?.close();
    app.quit();
  });
}
