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

  it('answers an unknown command with usage help and exit code 2', () => {
    const r = terrain(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Commande inconnue/);
  });
});
