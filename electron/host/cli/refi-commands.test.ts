/**
 * `terrain import` of REFI-QDA files and `terrain export`, run as a user would: the built command line
 * (`node scripts/build.mjs node` first, as `npm test` does) in a child process, on real files.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../../test/support/temp';
import { readQdc, readQdpx } from '../../formats/refi';
import { FIXTURES, zipOf } from '../../formats/refi/testing';

function terrain(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/terrain.cjs', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('terrain import / export with REFI-QDA files', () => {
  it('imports a .qdpx into a new workspace (init then import) and exports it back', () => {
    const dir = tempDir();
    const ws = path.join(dir, 'nvivo.terrain');
    expect(terrain(['init', ws]).code).toBe(0);
    const imported = terrain(['import', ws, path.join(FIXTURES, 'nvivo-win-12.6-oltas0517.qdpx')]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(
      /ok\s+.*nvivo-win-12\.6-oltas0517\.qdpx — 152 code\(s\) ajouté\(s\).*2 entretien\(s\), 188 passage\(s\), 303 codage\(s\)/,
    );

    const stats = JSON.parse(terrain(['stats', ws, '--json']).stdout) as {
      interviews: number;
      segments: number;
    };
    expect(stats).toMatchObject({ interviews: 2, segments: 188 });

    const out = path.join(dir, 'sortie', 'projet.qdpx');
    const exported = terrain(['export', ws, '--format', 'qdpx', '--out', out]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(`Exporté : ${out}`);
    const { project } = readQdpx(out, fs.readFileSync(out));
    expect(project.sources.flatMap((s) => s.selections)).toHaveLength(188);
    expect(project.sources.flatMap((s) => s.selections.flatMap((x) => x.codings))).toHaveLength(303);

    const qdc = path.join(dir, 'codebook.qdc');
    expect(terrain(['export', ws, '--format=qdc', '--out', qdc, '--json']).code).toBe(0);
    const { codebook } = readQdc(fs.readFileSync(qdc));
    expect(codebook.codes.length).toBeGreaterThan(0);

    // The exported project imports into another workspace, merged with the JSON report.
    const again = path.join(dir, 'copie.terrain');
    terrain(['init', again]);
    const r = terrain(['import', again, out, qdc, '--json']);
    expect(r.code).toBe(0);
    const results = JSON.parse(r.stdout) as {
      fileName: string;
      ok: boolean;
      refi: { totals: { codings: number; codesAdded: number } };
    }[];
    expect(results.map((x) => [x.fileName, x.ok])).toEqual([
      ['projet.qdpx', true],
      ['codebook.qdc', true],
    ]);
    expect(results[0]!.refi.totals.codings).toBe(303);
    expect(results[1]!.refi.totals.codesAdded).toBe(0); // every code already there, by GUID
  });

  it('refuses a zip that is not a REFI-QDA project with the clear message, and bad export flags', () => {
    const dir = tempDir();
    const ws = path.join(dir, 'ws.terrain');
    terrain(['init', ws]);
    const bogus = path.join(dir, 'pas-refi.qdpx');
    fs.writeFileSync(bogus, zipOf({ mimetype: 'application/zip', 'content.xml': '<x/>' }));
    const r = terrain(['import', ws, bogus]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Ce fichier .qdpx n’est pas un projet REFI-QDA (project.qde introuvable)');
    const noOut = terrain(['export', ws, '--format', 'qdpx']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/--out/);
    const badFormat = terrain(['export', ws, '--format', 'pdf', '--out', path.join(dir, 'x.pdf')]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/qdpx ou qdc/);
  });
});
