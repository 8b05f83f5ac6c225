import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { findNames } from '../../shared/pseudonymise';
import { demoNameForms, pdfText } from '../../electron/reports/testing';
import { tempDir } from '../support/temp';

/** Runs the built command line exactly as a user would (the test command builds before it runs vitest). */
function terrain(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/terrain.cjs', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('terrain report', () => {
  it('writes the demo’s portfolio report in every format, pseudonymised when asked', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'demo.terrain');
    expect(terrain(['init', file, '--demo']).code).toBe(0);

    const pdf = path.join(dir, 'rapport.pdf');
    const r = terrain(['report', file, '--format', 'pdf', '--out', pdf, '--pseudonymise']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(pdf);
    const text = pdfText(pdf);
    expect(text).toContain('Rapport de portefeuille');
    expect(text).toContain('Octopize x Roche x CHU de Brest');
    expect(findNames(text, demoNameForms)).toEqual([]);

    const docx = path.join(dir, 'rapport.docx');
    expect(terrain(['report', file, '--format', 'docx', '--out', docx, '--lang', 'en']).code).toBe(0);
    const html = (await mammoth.convertToHtml({ path: docx })).value;
    expect(html).toMatch(/<h1>(<a [^>]*><\/a>)?Recurring challenges<\/h1>/);

    const xlsx = path.join(dir, 'sous-dossier', 'rapport.xlsx');
    const only = terrain([
      'report',
      file,
      '--format',
      'xlsx',
      '--out',
      xlsx,
      '--projects',
      'gutycare,Octopize x Roche x CHU de Brest',
    ]);
    expect(only.code, only.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.getWorksheet('Projets')!.rowCount).toBe(3);

    const csv = path.join(dir, 'rapport.zip');
    expect(terrain(['report', file, '--format', 'csv', '--out', csv]).code).toBe(0);
    expect(fs.readFileSync(csv).subarray(0, 2).toString()).toBe('PK');

    const synthesis = path.join(dir, 'synthese.html');
    expect(
      terrain(['report', file, '--kind', 'interviews', '--format', 'html', '--out', synthesis]).code,
    ).toBe(0);
    expect(fs.readFileSync(synthesis, 'utf8')).toContain('Synthèse des entretiens');
  });

  it('says what is wrong with a request', () => {
    const dir = tempDir();
    const file = path.join(dir, 'demo.terrain');
    terrain(['init', file, '--demo']);
    const out = path.join(dir, 'x.pdf');
    const noFormat = terrain(['report', file, '--out', out]);
    expect(noFormat.code).toBe(2);
    expect(noFormat.stderr).toMatch(/--format/);
    expect(terrain(['report', file, '--format', 'odt', '--out', out]).stderr).toMatch(/--format inconnu/);
    const unknown = terrain([
      'report',
      file,
      '--format',
      'pdf',
      '--out',
      out,
      '--projects',
      'Projet fantôme',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Projet introuvable : Projet fantôme/);
    expect(fs.existsSync(out)).toBe(false);
    expect(terrain(['--help']).stdout).toContain('report <fichier.terrain>');
  });
});
