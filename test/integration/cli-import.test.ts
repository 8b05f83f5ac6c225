import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../support/temp';

function terrain(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/terrain.cjs', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const fixtures = path.resolve('test/fixtures/transcripts');

/** The bad inputs the issue names, made as real files the way users end up with them. */
function badFiles(dir: string): Record<string, string> {
  const docx = fs.readFileSync(path.join(fixtures, 'entretien-chu.docx'));
  const files: Record<string, Buffer | string> = {
    'photo.txt': Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(2000, 7),
    ]),
    'tronque.docx': docx.subarray(0, Math.floor(docx.length / 2)),
    'protege.docx': Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(4000),
    ]),
    'vide.txt': '',
    'horodatage-casse.vtt': 'WEBVTT\n\n00:00:xx --> pas une heure\nBonjour\n\nnimporte quoi --> 12\nSuite\n',
  };
  const out: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) {
    out[name] = path.join(dir, name);
    fs.writeFileSync(out[name]!, content);
  }
  // 50 MB of text: refused by its size.
  const big = path.join(dir, 'enorme.txt');
  const fd = fs.openSync(big, 'w');
  const chunk = Buffer.from('Intervieweuse : bonjour.\n'.repeat(40_000));
  for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  out['enorme.txt'] = big;
  return out;
}

describe('terrain import', () => {
  it('reports each bad file with its reason and imports the good ones, leaving nothing half-written', () => {
    const dir = tempDir();
    const ws = path.join(dir, 'import.terrain');
    expect(terrain(['init', ws]).code).toBe(0);
    const bad = badFiles(dir);
    const mixed = path.join(dir, 'fins-de-ligne.txt');
    fs.writeFileSync(
      mixed,
      'Intervieweuse : Bonjour.\r\nMarie : Bonjour,\rje suis infirmière.\nIntervieweuse : Merci.\r\n',
    );
    const good = [
      path.join(fixtures, 'entretien-chu.docx'),
      path.join(fixtures, 'entretien-windows1252.txt'),
      mixed,
    ];
    const r = terrain(['import', ws, ...good, ...Object.values(bad), '--json']);
    expect(r.code).toBe(1); // some files were refused
    const results = JSON.parse(r.stdout) as {
      fileName: string;
      ok: boolean;
      reason?: string;
      turns?: number;
    }[];
    const by = Object.fromEntries(results.map((x) => [x.fileName, x]));
    expect(by['entretien-chu.docx']).toMatchObject({ ok: true });
    expect(by['entretien-windows1252.txt']).toMatchObject({ ok: true });
    expect(by['fins-de-ligne.txt']).toMatchObject({ ok: true, turns: 3 });
    expect(by['photo.txt']!.reason).toMatch(/binaire/);
    expect(by['tronque.docx']!.reason).toMatch(/illisible ou tronqué/);
    expect(by['protege.docx']!.reason).toMatch(/mot de passe/);
    expect(by['vide.txt']!.reason).toMatch(/vide/i);
    expect(by['enorme.txt']!.reason).toMatch(/trop volumineux/);
    expect(by['horodatage-casse.vtt']!.ok).toBe(false);
    expect(by['horodatage-casse.vtt']!.reason).toBeTruthy();

    const stats = JSON.parse(terrain(['stats', ws, '--json']).stdout) as {
      interviews: number;
      transcripts: number;
    };
    expect(stats).toMatchObject({ interviews: 3, transcripts: 3 });
  });

  it('keeps accents of a Windows-1252 file and finds them by searching without accents', () => {
    const dir = tempDir();
    const ws = path.join(dir, 'accents.terrain');
    terrain(['init', ws]);
    expect(terrain(['import', ws, path.join(fixtures, 'entretien-windows1252.txt')]).code).toBe(0);
    const r = terrain(['search', ws, 'etablissement', '--json']);
    const result = JSON.parse(r.stdout) as { total: number; hits: { snippet: string }[] };
    expect(result.total).toBeGreaterThan(0);
    // Matched words come wrapped in \u0002 … \u0003, accents intact.
    expect(result.hits[0]!.snippet.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toContain(
      '\u0002etablissement',
    );
    expect(result.hits[0]!.snippet).toMatch(/[Éé]tablissement/);
    expect(r.stdout).not.toContain('\ufffd');
  });
});
