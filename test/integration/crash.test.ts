import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { openWorkspace } from '../../db/workspace';
import { tempDir } from '../support/temp';

/**
 * Never losing work: `terrain import` is killed (SIGKILL, no chance to clean up) at random moments of a batch
 * import, twenty times. It prints one line per file once that file's transaction is committed; after each
 * kill the workspace must open, pass integrity_check, hold every file it acknowledged, and nothing
 * half-written (each interview has its transcript, its speaker turns, and their search index).
 */

const KILLS = 20;
const FILES_PER_RUN = 40;

/** A small deterministic random generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function transcript(name: string, turns: number): string {
  const lines: string[] = [];
  for (let i = 0; i < turns; i++) {
    lines.push(
      i % 2 === 0
        ? `Intervieweuse : Question ${i} pour ${name}, comment se passe le déploiement ?`
        : `Marie : Réponse ${i} de ${name}. Les soignants utilisent l’outil, la donnée circule, le projet ${name} avance.`,
    );
  }
  return lines.join('\n') + '\n';
}

interface Check {
  ok: boolean;
  problems: string[];
  interviews: number;
}

function checkWorkspace(file: string, acknowledged: Set<string>): Check {
  const problems: string[] = [];
  const ws = openWorkspace(file);
  try {
    const db = ws.db;
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const rows = db
      .prepare(
        `SELECT i.title,
           (SELECT count(*) FROM transcripts t WHERE t.interview_id = i.id) AS transcripts,
           (SELECT count(*) FROM speaker_turns st JOIN transcripts t ON t.id = st.transcript_id
              WHERE t.interview_id = i.id) AS turns,
           (SELECT count(*) FROM fts_turns f JOIN transcripts t ON t.id = f.transcript_id
              WHERE t.interview_id = i.id) AS indexed
         FROM interviews i`,
      )
      .all() as { title: string; transcripts: number; turns: number; indexed: number }[];
    const present = new Set(rows.map((r) => r.title));
    for (const name of acknowledged)
      if (!present.has(name)) problems.push(`acknowledged but missing: ${name}`);
    for (const r of rows) {
      if (r.transcripts !== 1 || r.turns < 2 || r.indexed !== r.turns) {
        problems.push(
          `half-written: ${r.title} (${r.transcripts} transcript, ${r.turns} turns, ${r.indexed} indexed)`,
        );
      }
    }
    return { ok: problems.length === 0, problems, interviews: rows.length };
  } finally {
    ws.close();
  }
}

describe('a batch import killed at random moments', () => {
  it(`keeps every acknowledged file and nothing half-written, ${KILLS} kills in a row`, async () => {
    const dir = tempDir();
    const home = path.join(dir, 'home');
    const env = { ...process.env, TERRAIN_HOME: home };
    const file = path.join(dir, 'crash.terrain');
    expect(spawnSync(process.execPath, ['bin/terrain.cjs', 'init', file], { env }).status).toBe(0);
    const random = rng(20250131);
    const acknowledged = new Set<string>();
    let survived = 0;
    let killedMidImport = 0;
    const failures: string[] = [];

    for (let k = 0; k < KILLS; k++) {
      const batch = path.join(dir, `lot-${k}`);
      fs.mkdirSync(batch);
      const files = Array.from({ length: FILES_PER_RUN }, (_, i) => {
        const name = `lot${k}-fichier${String(i).padStart(3, '0')}`;
        const p = path.join(batch, `${name}.txt`);
        fs.writeFileSync(p, transcript(name, 6 + Math.floor(random() * 20)));
        return p;
      });
      const child = spawn(process.execPath, ['bin/terrain.cjs', 'import', file, ...files], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      // Most kills land after a random number of acknowledged files (mid-batch, often mid-transaction);
      // every fourth at a random time, which may fall during start-up or the backup taken before the import.
      const timeBased = k % 4 === 3;
      const killAfter = 1 + Math.floor(random() * (FILES_PER_RUN - 15));
      let printed = 0;
      let killed = false;
      const kill = () => {
        if (killed || child.exitCode !== null) return;
        killed = true;
        child.kill('SIGKILL');
      };
      readline.createInterface({ input: child.stdout! }).on('line', (line) => {
        const m = /^ok\s+(\S+) —/.exec(line);
        if (m) {
          acknowledged.add(path.basename(m[1]!, '.txt'));
          printed++;
          if (!timeBased && printed === killAfter) setTimeout(kill, Math.floor(random() * 8));
        }
      });
      if (timeBased) setTimeout(kill, 80 + Math.floor(random() * 500));
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      const code = await exited;
      if (!killed || code !== null)
        console.info(`run ${k + 1} ended by itself (${code}): ${stderr.slice(0, 300)}`);
      const wasKilled = killed && code === null;
      if (wasKilled) killedMidImport++;
      const check = checkWorkspace(file, acknowledged);
      if (check.ok && wasKilled) survived++;
      if (!check.ok) failures.push(`run ${k + 1}: ${check.problems.slice(0, 5).join('; ')}`);
    }

    console.info(
      `crash test: ${survived}/${killedMidImport} kills survived (${KILLS} runs), ${acknowledged.size} acknowledged files all present`,
    );
    expect(failures).toEqual([]);
    expect(survived).toBe(killedMidImport);
    // A run may end before its kill on a very slow machine; most must be killed for the test to mean much.
    expect(killedMidImport).toBeGreaterThanOrEqual(KILLS / 2);
    expect(acknowledged.size).toBeGreaterThan(KILLS);
  }, 150_000);
});
