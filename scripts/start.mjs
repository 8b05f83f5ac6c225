// `npm start`: the Electron window where Electron's binary can be had, otherwise the same application
// served on 127.0.0.1 for any Chromium-based browser. Arguments are passed on (a .terrain file to open).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

function electronBinary() {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'aucun affichage graphique (DISPLAY) sur cette machine' };
  }
  try {
    // Electron 45+ fetches its binary on first use; where the network forbids it, this throws.
    const bin = require('electron');
    return typeof bin === 'string' ? { bin } : { reason: 'binaire Electron introuvable' };
  } catch (err) {
    return { reason: `binaire Electron non téléchargeable (${String(err.message).split('\n')[0]})` };
  }
}

const { bin, reason } = electronBinary();
const child = bin
  ? spawn(bin, ['.', ...args], { stdio: 'inherit' })
  : (console.log(
      `Electron indisponible — ${reason} : Terrain est servi à l'adresse ci-dessous, à ouvrir dans Chromium.`,
    ),
    spawn(process.execPath, ['bin/terrain.cjs', 'serve', ...args], { stdio: 'inherit' }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
