import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { createWorkspace } from '../create';
import { PROJECT_TEXTS } from './demo';
import { seedExamples } from '../../shared/taxonomies';
import { listProjects, getProject } from '../queries/projects';
import { listInterviews, getInterview } from '../queries/interviews';
import { tempDir } from '../../test/support/temp';

function demo() {
  return createWorkspace(path.join(tempDir(), 'demo.terrain'), { demo: true });
}

describe('the demo workspace', () => {
  it('holds the four example projects with the challenges the thesis attributes to them', () => {
    const ws = demo();
    const projects = listProjects(ws.db);
    const nameOf = (p: { id: string; name: string }) => PROJECT_TEXTS[p.id]?.name ?? p.name;
    expect(projects.map((p) => p.name).sort()).toEqual(seedExamples.projects.map(nameOf).sort());
    for (const seedProject of seedExamples.projects) {
      const project = getProject(ws.db, projects.find((p) => p.name === nameOf(seedProject))!.id);
      const observed = project.observations.map((o) => `${o.challengeKey}:${o.strength}`).sort();
      expect(observed, seedProject.name).toEqual(
        seedProject.challenges.map((c) => `${c.id}:${c.strength}`).sort(),
      );
      expect(project.partners).toHaveLength(seedProject.partners.length);
    }
    ws.close();
  });

  it('backs every challenge the thesis states explicitly with at least one coded verbatim', () => {
    const ws = demo();
    for (const summary of listProjects(ws.db)) {
      const project = getProject(ws.db, summary.id);
      for (const o of project.observations.filter((x) => x.strength === 'explicit')) {
        expect(o.evidence.length, `${project.name} / ${o.challengeKey}`).toBeGreaterThan(0);
      }
    }
    ws.close();
  });

  it('links no verbatim about a challenge to a project the thesis does not attribute it to', () => {
    const ws = demo();
    const rows = ws.db
      .prepare(
        `SELECT p.name AS project, c.taxonomy_key AS challenge
         FROM segment_projects sp JOIN projects p ON p.id = sp.project_id
         JOIN segment_codes sc ON sc.segment_id = sp.segment_id JOIN codes c ON c.id = sc.code_id
         WHERE c.kind = 'challenge'`,
      )
      .all() as { project: string; challenge: string }[];
    for (const row of rows) {
      const seedProject = seedExamples.projects.find(
        (p) => (PROJECT_TEXTS[p.id]?.name ?? p.name) === row.project,
      )!;
      expect(
        seedProject.challenges.some((c) => c.id === row.challenge && c.strength === 'explicit'),
        `${row.project} / ${row.challenge}`,
      ).toBe(true);
    }
    ws.close();
  });

  it('stores each coded segment at offsets where its quote stands in the transcript', () => {
    const ws = demo();
    let checked = 0;
    for (const summary of listInterviews(ws.db)) {
      for (const t of getInterview(ws.db, summary.id).transcripts) {
        for (const s of t.segments) {
          expect(t.text.slice(s.start, s.end)).toBe(s.quote);
          expect(s.codeIds.length).toBeGreaterThan(0);
          checked++;
        }
        for (const turn of t.turns)
          expect(t.text.slice(turn.start, turn.end).startsWith(turn.speaker)).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(30);
    ws.close();
  });

  it('has eight interviewees, each with a pseudonym, and six transcribed interviews or more', () => {
    const ws = demo();
    const interviews = listInterviews(ws.db);
    expect(interviews).toHaveLength(8);
    expect(interviews.every((i) => i.interviewees.length === 1 && i.interviewees[0]!.pseudonym)).toBe(true);
    expect(interviews.filter((i) => i.transcriptCount > 0).length).toBeGreaterThanOrEqual(6);
    ws.close();
  });
});
