import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import seed from '../../shared/taxonomies/seed-facts.json';
import { demoInterviews, demoLeverCodes, demoPeople } from '../../db/seed/demo-content';
import { tempDir } from '../support/temp';

/** Runs the built command line exactly as a user would (the test command builds before it runs vitest). */
function terrain(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['bin/terrain.cjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The codebook a new workspace gets, counted straight from the taxonomies file. */
function expectedTaxonomyCodes(): number {
  const branches = 8; // challenges, actor types, forms, benefits, limits, levers, life cycle, deployment steps
  return (
    branches +
    seed.challenges.length +
    seed.actor_groups.length +
    seed.actor_types.length +
    seed.collaboration_forms.length +
    seed.collaboration_benefits.length +
    seed.collaboration_limits.length +
    1 + // the "triggers" group under life cycle
    seed.lifecycle.triggers.length +
    seed.lifecycle.stages.length +
    seed.deployment_steps.length
  );
}

describe('the terrain command line', () => {
  it('lists its commands', () => {
    const r = terrain(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['init', 'serve', 'stats']) expect(r.stdout).toContain(cmd);
  });

  it('creates the demo workspace whose counts match what it was built from', () => {
    const file = path.join(tempDir(), 'demo.terrain');
    expect(terrain(['init', file, '--demo']).code).toBe(0);
    const r = terrain(['stats', file, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const withTranscript = demoInterviews.filter((i) => i.transcript);
    expect(JSON.parse(r.stdout)).toEqual({
      interviews: demoInterviews.length,
      transcripts: withTranscript.length,
      segments: withTranscript.reduce((n, i) => n + i.transcript!.codings.length, 0),
      codes: expectedTaxonomyCodes() + demoLeverCodes.length,
      projects: seed.projects.length,
      organisations: seed.organisations.length,
      people: demoPeople.length,
    });
    expect(demoInterviews.length).toBe(8);
    expect(withTranscript.length).toBeGreaterThanOrEqual(6);
  });

  it('creates an empty workspace whose codebook is seeded with the taxonomies', () => {
    const file = path.join(tempDir(), 'vide.terrain');
    expect(terrain(['init', file]).code).toBe(0);
    const stats = JSON.parse(terrain(['stats', file, '--json']).stdout) as Record<string, number>;
    expect(stats).toEqual({
      interviews: 0,
      transcripts: 0,
      segments: 0,
      codes: expectedTaxonomyCodes(),
      projects: 0,
      organisations: 0,
      people: 0,
    });
  });

  it('refuses to overwrite an existing workspace, and says why', () => {
    const file = path.join(tempDir(), 'deja.terrain');
    terrain(['init', file]);
    const before = fs.readFileSync(file);
    const r = terrain(['init', file, '--demo']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/existe déjà/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not a workspace with a clear message', () => {
    const file = path.join(tempDir(), 'texte.terrain');
    fs.writeFileSync(file, 'bonjour');
    const r = terrain(['stats', file, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/n’est pas un espace de travail Terrain/);
    expect(r.stdout).toBe('');
  });

  it('gives the thesis’s recurrence marks for the demo workspace (terrain matrix --json)', () => {
    const file = path.join(tempDir(), 'matrice.terrain');
    terrain(['init', file, '--demo']);
    const r = terrain([
      'matrix',
      file,
      '--rows',
      'challenges',
      '--cols',
      'projects',
      '--unit',
      'projects',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const m = JSON.parse(r.stdout) as {
      columns: { key: string; label: string; total: number }[];
      rows: {
        taxonomyKey: string;
        recurring: boolean;
        total: { count: number };
        cells: Record<string, { count: number }>;
      }[];
    };
    const row = (key: string) => m.rows.find((x) => x.taxonomyKey === key)!;
    expect(row('adoption-health-professionals').total.count).toBe(3);
    expect(row('data-interoperability-privacy-security').total.count).toBe(3);
    expect(row('business-model').total.count).toBe(2);
    expect(
      m.rows
        .filter((x) => x.recurring)
        .map((x) => x.taxonomyKey)
        .sort(),
    ).toEqual([
      'adoption-health-professionals',
      'business-model',
      'data-interoperability-privacy-security',
      'end-user-adoption',
    ]);
    const directo = m.columns.find((c) => c.label.startsWith('DirectoSanté'))!;
    expect(directo.total).toBe(0);
    expect(m.rows.every((x) => !x.cells[directo.key] || x.cells[directo.key]!.count === 0)).toBe(true);
  });

  it('lists the projects with partners, funding, steps and observations (terrain projects --json)', () => {
    const file = path.join(tempDir(), 'projets.terrain');
    terrain(['init', file, '--demo']);
    const r = terrain(['projects', file, '--json']);
    const projects = JSON.parse(r.stdout) as {
      name: string;
      partners: { fundingEur: number | null }[];
      steps: unknown[];
      observations: unknown[];
    }[];
    expect(projects).toHaveLength(4);
    const guty = projects.find((p) => p.name.startsWith('GutyCare'))!;
    expect(guty.partners).toHaveLength(5);
    expect(guty.partners.reduce((n, p) => n + (p.fundingEur ?? 0), 0)).toBe(80480);
    expect(guty.observations).toHaveLength(6);
    expect(guty.steps.length).toBeGreaterThan(0);
  });

  it('answers an unknown command with usage help and exit code 2', () => {
    const r = terrain(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Commande inconnue/);
  });
});
