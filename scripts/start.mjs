// `npm start`: the Electron window where Electron's binary can be had, otherwise the same application
// served on 127.0.0.1 for any Chromium-based browser. Arguments are passed on (a .terrain file to open).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const electronDir = path.join('node_modules', 'electron');

/** The Electron binary's path once it is on disk; Electron 45+ downloads it on first use. */
function installedBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const bin = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

function electronBinary() {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'aucun affichage graphique (DISPLAY) sur cette machine' };
  }
  if (!existsSync(electronDir)) return { reason: 'paquet electron absent' };
  let bin = installedBinary();
  if (!bin) {
    // Quietly, so that a machine without internet gets one line, not a download's stack trace.
    const r = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
      stdio: 'pipe',
      timeout: 180_000,
    });
    bin = r.status === 0 ? installedBinary() : null;
    if (!bin) return { reason: 'le binaire d’Electron ne peut pas être téléchargé depuis cette machine' };
  }
  return { bin };
}

const { bin, reason } = electronBinary();
let child;
if (bin) {
  child = spawn(bin, ['.', ...args], { stdio: 'inherit' });
} else {
  console.log(
    `Electron indisponible (${reason}) : Terrain est servi à l’adresse ci-dessous, à ouvrir dans Chromium.`,
  );
  child = spawn(process.execPath, ['bin/terrain.cjs', 'serve', ...args], { stdio: 'inherit' });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
