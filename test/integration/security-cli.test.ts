import { describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { tempDir } from '../support/temp';

/** The built command line, as a user runs it, with its own user data folder. */
function cli(home: string) {
  return (args: string[], env: Record<string, string> = {}) => {
    const r = spawnSync(process.execPath, ['bin/terrain.cjs', ...args], {
      encoding: 'utf8',
      env: { ...process.env, TERRAIN_HOME: home, TERRAIN_PASSPHRASE: '', TERRAIN_NEW_PASSPHRASE: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
}

function holds(file: string, word: string): boolean {
  return [file, `${file}-wal`].some(
    (f) => fs.existsSync(f) && fs.readFileSync(f).includes(Buffer.from(word)),
  );
}

const hasScript = spawnSync('script', ['--version']).status === 0;

/**
 * Runs a command in a pseudo-terminal (util-linux `script`), typing each answer once its prompt is shown,
 * as a person at the keyboard would.
 */
function inTerminal(
  home: string,
  args: string[],
  answers: string[],
): Promise<{ code: number | null; output: string }> {
  const command = ['node', 'bin/terrain.cjs', ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const env: NodeJS.ProcessEnv = { ...process.env, TERRAIN_HOME: home, TERM: 'dumb' };
  delete env.TERRAIN_PASSPHRASE;
  delete env.TERRAIN_NEW_PASSPHRASE;
  const child = spawn('script', ['-qfec', command, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  let next = 0;
  let typed = 0;
  child.stdout!.on('data', (d: Buffer) => {
    output += d.toString();
    // One answer per prompt seen ("… : " at the end of the output so far).
    const prompts = output.match(/Phrase de passe[^\n]*: /g)?.length ?? 0;
    while (typed < prompts && next < answers.length) {
      child.stdin!.write(`${answers[next++]}\r`);
      typed++;
    }
  });
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      child.stdin!.end();
      resolve({ code, output });
    }),
  );
}

describe('terrain passphrase', () => {
  it('encrypts a workspace, then every command needs the passphrase (TERRAIN_PASSPHRASE for scripts)', () => {
    const home = tempDir();
    const terrain = cli(home);
    const file = path.join(tempDir(), 'chiffre.terrain');
    expect(terrain(['init', file, '--demo']).code).toBe(0);
    expect(holds(file, 'Kerdraon')).toBe(true);

    // No new passphrase given, no terminal: refused clearly, nothing changed.
    const refused = terrain(['passphrase', 'set', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/TERRAIN_NEW_PASSPHRASE/);

    const set = terrain(['passphrase', 'set', file], { TERRAIN_NEW_PASSPHRASE: 'phrase de passe 1' });
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toMatch(/chiffré/);
    expect(holds(file, 'Kerdraon')).toBe(false);

    const noPass = terrain(['stats', file]);
    expect(noPass.code).toBe(1);
    expect(noPass.stderr).toMatch(/chiffré : donnez sa phrase de passe dans la variable TERRAIN_PASSPHRASE/);
    const wrong = terrain(['stats', file], { TERRAIN_PASSPHRASE: 'pas la bonne' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/TERRAIN_PASSPHRASE n’ouvre pas/);
    const ok = terrain(['stats', file, '--json'], { TERRAIN_PASSPHRASE: 'phrase de passe 1' });
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ interviews: 8, people: 14 });

    // Backups made along the way are encrypted too.
    const list = terrain(['backup', 'list', file, '--json']);
    const backups = (JSON.parse(list.stdout) as { backups: { path: string }[] }).backups;
    expect(backups.length).toBeGreaterThan(0);
    for (const b of backups) expect(holds(b.path, 'Kerdraon')).toBe(false);

    const changed = terrain(['passphrase', 'change', file], {
      TERRAIN_PASSPHRASE: 'phrase de passe 1',
      TERRAIN_NEW_PASSPHRASE: 'phrase de passe 2',
    });
    expect(changed.code, changed.stderr).toBe(0);
    expect(terrain(['stats', file], { TERRAIN_PASSPHRASE: 'phrase de passe 1' }).code).toBe(1);
    expect(terrain(['stats', file], { TERRAIN_PASSPHRASE: 'phrase de passe 2' }).code).toBe(0);
    const removed = terrain(['passphrase', 'remove', file], { TERRAIN_PASSPHRASE: 'phrase de passe 2' });
    expect(removed.code, removed.stderr).toBe(0);
    expect(terrain(['stats', file]).code).toBe(0);
    expect(holds(file, 'Kerdraon')).toBe(true);
  });

  it.skipIf(!hasScript)('asks on the terminal without echo, three times at most', async () => {
    const home = tempDir();
    const terrain = cli(home);
    const file = path.join(tempDir(), 'tty.terrain');
    terrain(['init', file]);
    terrain(['passphrase', 'set', file], { TERRAIN_NEW_PASSPHRASE: 'bonne phrase secrète' });

    const second = await inTerminal(home, ['stats', file, '--json'], ['mauvaise-1', 'bonne phrase secrète']);
    expect(second.code, second.output).toBe(0);
    expect(second.output).toMatch(/Phrase de passe incorrecte, réessayez/);
    expect(second.output).toMatch(/"interviews":0/);
    // Nothing typed is echoed.
    expect(second.output).not.toContain('mauvaise-1');
    expect(second.output).not.toContain('bonne phrase secrète');

    const three = await inTerminal(
      home,
      ['stats', file],
      ['faux-1', 'faux-2', 'faux-3', 'bonne phrase secrète'],
    );
    expect(three.code).toBe(1);
    expect(three.output.match(/Phrase de passe de tty\.terrain : /g)).toHaveLength(3);
    expect(three.output).toMatch(/Phrase de passe incorrecte \(3 essais\)/);
  });
});

describe('one writer at a time', () => {
  it('refuses `terrain stats` while `terrain serve` has the workspace open, with a clear message', async () => {
    const home = tempDir();
    const terrain = cli(home);
    const file = path.join(tempDir(), 'servi.terrain');
    terrain(['init', file, '--demo']);
    const server: ChildProcess = spawn(process.execPath, ['bin/terrain.cjs', 'serve', file], {
      env: { ...process.env, TERRAIN_HOME: home },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        readline.createInterface({ input: server.stdout! }).once('line', resolve);
        server.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
      const busy = terrain(['stats', file]);
      expect(busy.code).toBe(1);
      expect(busy.stderr).toMatch(/déjà ouvert dans une autre instance de Terrain/);
      expect(busy.stdout).toBe('');
      // The web host backed the workspace up when it opened it.
      expect(JSON.parse(terrain(['backup', 'list', file, '--json']).stdout).backups).toHaveLength(1);
    } finally {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
    expect(terrain(['stats', file]).code).toBe(0);
  });
});

describe('terrain backup', () => {
  it('lists, creates and restores backups, the current state saved first', () => {
    const home = tempDir();
    const terrain = cli(home);
    const file = path.join(tempDir(), 'sauve.terrain');
    terrain(['init', file, '--demo']);
    const made = terrain(['backup', 'create', file, '--json']);
    expect(made.code, made.stderr).toBe(0);
    const backup = JSON.parse(made.stdout) as { name: string; path: string };
    expect(backup.path.startsWith(path.join(home, 'backups'))).toBe(true);
    // A change after the backup…
    const transcript = path.join(tempDir(), 'apres.txt');
    fs.writeFileSync(transcript, 'Intervieweuse : Bonjour.\nMarie : Bonjour, je suis infirmière.\n');
    expect(terrain(['import', file, transcript]).code).toBe(0);
    expect(JSON.parse(terrain(['stats', file, '--json']).stdout).interviews).toBe(9);
    // … is undone by restoring it.
    const restored = terrain(['backup', 'restore', file, backup.name]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/Restauré/);
    expect(JSON.parse(terrain(['stats', file, '--json']).stdout).interviews).toBe(8);
    const listed = JSON.parse(terrain(['backup', 'list', file, '--json']).stdout) as {
      backups: { reason: string }[];
    };
    expect(listed.backups.map((b) => b.reason)).toEqual(
      expect.arrayContaining(['manual', 'bulk-import', 'before-restore']),
    );
    const unknown = terrain(['backup', 'restore', file, '../../etc/passwd']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Sauvegarde introuvable/);
  });
});

describe('terrain person', () => {
  it('exports what is held about a person, then erases them (preview first)', () => {
    const home = tempDir();
    const terrain = cli(home);
    const dir = tempDir();
    const file = path.join(dir, 'rgpd.terrain');
    terrain(['init', file, '--demo']);
    const out = path.join(dir, 'acces.json');
    const exported = terrain(['person', 'export', file, 'Hôpital-1', '--out', out]);
    expect(exported.code, exported.stderr).toBe(0);
    const doc = JSON.parse(fs.readFileSync(out, 'utf8')) as {
      person: { fullName: string };
      turns: unknown[];
    };
    expect(doc.person.fullName).toBe('Erwan Kerdraon');
    expect(doc.turns.length).toBeGreaterThan(5);
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);

    const preview = terrain(['person', 'erase', file, 'Hôpital-1']);
    expect(preview.code).toBe(1);
    expect(preview.stdout).toMatch(/Rien n’a été effacé/);
    expect(holds(file, 'Kerdraon')).toBe(true);

    terrain(['backup', 'create', file]);
    const erased = terrain(['person', 'erase', file, 'Hôpital-1', '--yes', '--purge-backups', '--json']);
    expect(erased.code, erased.stderr).toBe(0);
    const report = JSON.parse(erased.stdout) as { turns: number; backupsDeleted: number };
    expect(report.turns).toBeGreaterThan(5);
    expect(report.backupsDeleted).toBeGreaterThanOrEqual(2);
    expect(holds(file, 'Kerdraon')).toBe(false);
    const search = JSON.parse(terrain(['search', file, 'Kerdraon', '--json']).stdout) as { total: number };
    expect(search.total).toBe(0);
    for (const b of (
      JSON.parse(terrain(['backup', 'list', file, '--json']).stdout) as { backups: { path: string }[] }
    ).backups) {
      expect(holds(b.path, 'Kerdraon')).toBe(false);
    }
    const again = terrain([
      'person',
      'export',
      file,
      'Hôpital-1',
      '--json',
      '--out',
      path.join(dir, 'apres.json'),
    ]);
    expect(JSON.parse(again.stdout).counts).toMatchObject({ turns: 0, interviews: 0 });
  });
});
