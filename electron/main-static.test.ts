import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import ts from 'typescript';

/**
 * The Electron shell cannot run on the build machines (Electron's binary is not downloadable there), so its
 * security settings are checked by reading electron/main.ts: the syntax tree, not a text search, so a
 * comment or a string mentioning a setting does not count.
 */

const file = 'electron/main.ts';
const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);

function all(node: ts.Node, found: ts.Node[] = []): ts.Node[] {
  found.push(node);
  node.forEachChild((child) => void all(child, found));
  return found;
}
const nodes = all(source);

function property(obj: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const p of obj.properties) {
    if (
      ts.isPropertyAssignment(p) &&
      (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) &&
      p.name.text === name
    ) {
      return p.initializer;
    }
  }
  return undefined;
}

/** Calls of `<anything>.<method>(…)` (or `method(…)`), with their first argument. */
function calls(method: string): ts.CallExpression[] {
  return nodes.filter(
    (n): n is ts.CallExpression =>
      ts.isCallExpression(n) &&
      ((ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === method) ||
        (ts.isIdentifier(n.expression) && n.expression.text === method)),
  );
}

/** `contents.on('<event>', handler)` registrations. */
function listeners(event: string): ts.CallExpression[] {
  return calls('on').filter((c) => {
    const first = c.arguments[0];
    return !!first && ts.isStringLiteral(first) && first.text === event;
  });
}

function bodyText(fn: ts.Node | undefined): string {
  return fn ? fn.getText(source) : '';
}

describe('the Electron shell’s security settings (electron/main.ts)', () => {
  const windows = nodes.filter(
    (n): n is ts.NewExpression => ts.isNewExpression(n) && n.expression.getText(source) === 'BrowserWindow',
  );

  it('creates its window with context isolation, the sandbox, and no Node in the page', () => {
    expect(windows.length).toBeGreaterThan(0);
    for (const w of windows) {
      const options = w.arguments?.[0];
      expect(options && ts.isObjectLiteralExpression(options)).toBe(true);
      const prefs = property(options as ts.ObjectLiteralExpression, 'webPreferences');
      expect(prefs && ts.isObjectLiteralExpression(prefs)).toBe(true);
      const p = prefs as ts.ObjectLiteralExpression;
      const value = (name: string) => property(p, name)?.getText(source);
      expect(value('contextIsolation')).toBe('true');
      expect(value('sandbox')).toBe('true');
      expect(value('nodeIntegration')).toBe('false');
      expect(value('webSecurity')).toBe('true');
      expect(value('webviewTag')).toBe('false');
      expect(value('disableBlinkFeatures')).toMatch(/Auxclick/);
      for (const risky of [
        'nodeIntegrationInWorker',
        'nodeIntegrationInSubFrames',
        'allowRunningInsecureContent',
        'experimentalFeatures',
        'enableBlinkFeatures',
        'enableRemoteModule',
      ]) {
        expect(value(risky) ?? 'false', risky).toBe('false');
      }
      // The offscreen windows that draw report charts load only the app's chart page and get no API.
      if (value('offscreen') !== 'true') expect(value('preload')).toMatch(/preload\.cjs/);
      else expect(value('preload')).toBeUndefined();
    }
  });

  it('denies every new window, for its window and for any web contents', () => {
    const handlers = calls('setWindowOpenHandler');
    expect(handlers.length).toBeGreaterThanOrEqual(2);
    for (const h of handlers) {
      expect(bodyText(h.arguments[0])).toMatch(/action:\s*'deny'/);
      expect(bodyText(h.arguments[0])).not.toMatch(/'allow'/);
    }
    expect(listeners('web-contents-created').length).toBe(1);
  });

  it('keeps the window on the app’s own pages (will-navigate, will-redirect) and refuses webviews', () => {
    for (const event of ['will-navigate', 'will-redirect']) {
      const [guard] = listeners(event);
      expect(guard, event).toBeDefined();
      const body = bodyText(guard!.arguments[1]);
      expect(body, event).toMatch(/isAppUrl\(url\)/);
      expect(body, event).toMatch(/preventDefault\(\)/);
    }
    expect(bodyText(listeners('will-attach-webview')[0]?.arguments[1])).toMatch(/preventDefault\(\)/);
  });

  it('sends the CSP header with every page of the app:// protocol, and no scheme bypasses it', () => {
    const [handle] = calls('handle').filter((c) => {
      const first = c.arguments[0];
      return !!first && ts.isStringLiteral(first) && first.text === 'app';
    });
    expect(handle).toBeDefined();
    const body = bodyText(handle!.arguments[1]);
    expect(body).toMatch(/'Content-Security-Policy':\s*CONTENT_SECURITY_POLICY/);
    for (const response of nodes.filter(
      (n): n is ts.NewExpression => ts.isNewExpression(n) && n.expression.getText(source) === 'Response',
    )) {
      // Every response of the protocol handler that serves content carries the header; refusals serve none.
      const text = response.getText(source);
      if (!/status:\s*40\d/.test(text)) expect(text).toMatch(/Content-Security-Policy/);
    }
    const [privileged] = calls('registerSchemesAsPrivileged');
    expect(privileged).toBeDefined();
    expect(bodyText(privileged!.arguments[0])).not.toMatch(/bypassCSP|allowServiceWorkers|corsEnabled/);
  });

  it('refuses every permission request, opens nothing external from the page, and guards its IPC', () => {
    const [permissions] = calls('setPermissionRequestHandler');
    expect(bodyText(permissions?.arguments[0])).toMatch(/callback\(false\)/);
    expect(source.getText()).not.toMatch(/openExternal/);
    const ipc = fs.readFileSync('electron/ipc.ts', 'utf8');
    expect(ipc).toMatch(/if \(!isTrustedSender\(event\.senderFrame\)\)/);
    const preload = fs.readFileSync('electron/preload.ts', 'utf8');
    expect(preload).toMatch(/contextBridge\.exposeInMainWorld\('terrain', bridge\)/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });
});
