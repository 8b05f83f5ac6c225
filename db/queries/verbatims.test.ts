import { describe, expect, it } from 'vitest';
import { listVerbatims } from './verbatims';
import { listInterviews } from './interviews';
import { listOrganisations } from './directory';
import { listProjects } from './projects';
import { tempWorkspace } from '../../test/support/workspace';

describe('the verbatims list', () => {
  it('pages through every coded segment in a stable order', () => {
    const ws = tempWorkspace({ demo: true });
    const all = listVerbatims(ws.db, { limit: 1000 });
    const paged = [0, 20, 40].flatMap((offset) => listVerbatims(ws.db, { limit: 20, offset }).rows);
    expect(all.total).toBe(60);
    expect(paged.map((r) => r.segmentId)).toEqual(all.rows.map((r) => r.segmentId));
    ws.close();
  });

  it('filters by actor type, organisation, project, interviewer, speaker role and date', () => {
    const ws = tempWorkspace({ demo: true });
    const all = listVerbatims(ws.db, { limit: 1000 }).rows;
    const interviews = listInterviews(ws.db);
    const chu = listOrganisations(ws.db).find((o) => o.name === 'CHU de Brest')!;

    const industrial = listVerbatims(ws.db, { actorType: 'health-industrials', limit: 1000 });
    expect(industrial.total).toBe(all.filter((r) => r.actorType === 'health-industrials').length);
    expect(industrial.total).toBeGreaterThan(0);

    const fromChu = listVerbatims(ws.db, { organisationId: chu.id, limit: 1000 });
    expect(fromChu.rows.every((r) => r.organisation === 'CHU de Brest')).toBe(true);
    expect(fromChu.total).toBe(all.filter((r) => r.organisation === 'CHU de Brest').length);

    const gutycare = listProjects(ws.db).find((p) => p.name.startsWith('GutyCare'))!;
    const linkedInterviews = new Set(
      interviews.filter((i) => i.projectIds.includes(gutycare.id)).map((i) => i.id),
    );
    const byProject = listVerbatims(ws.db, { projectId: gutycare.id, limit: 1000 });
    expect(byProject.total).toBeGreaterThan(0);
    const linkedSegments = new Set(
      (
        ws.db
          .prepare('SELECT segment_id FROM segment_projects WHERE project_id = ? AND deleted_at IS NULL')
          .all(gutycare.id) as {
          segment_id: string;
        }[]
      ).map((r) => r.segment_id),
    );
    const expected = all.filter(
      (r) => linkedInterviews.has(r.interviewId) || linkedSegments.has(r.segmentId),
    );
    expect(byProject.rows.map((r) => r.segmentId).sort()).toEqual(expected.map((r) => r.segmentId).sort());

    const interviewer = interviews[0]!.interviewer!;
    expect(listVerbatims(ws.db, { interviewer, limit: 1000 }).total).toBe(
      all.filter((r) => r.interviewer === interviewer).length,
    );

    const speakers = listVerbatims(ws.db, { speakerRole: 'interviewee', limit: 1000 });
    expect(speakers.total).toBe(all.filter((r) => r.speakerRole === 'interviewee').length);

    const dates = all.map((r) => r.interviewDate!).sort();
    const mid = dates[Math.floor(dates.length / 2)]!;
    expect(listVerbatims(ws.db, { dateFrom: mid, limit: 1000 }).total).toBe(
      dates.filter((d) => d >= mid).length,
    );
    expect(listVerbatims(ws.db, { dateTo: mid, limit: 1000 }).total).toBe(
      dates.filter((d) => d <= mid).length,
    );
    ws.close();
  });
});
