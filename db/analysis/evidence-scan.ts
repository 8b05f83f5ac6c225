import type { AnalysisFilter } from '../../shared/analysis';
import type { Chunk, EvidenceStore } from './evidence-store';

/**
 * The shared filter bar applied to the evidence store, segment by segment, with the same meaning as in SQL
 * (bench/evidence-sql.ts, the reference the tests compare with): interview filters on the interview, actor type and organisation on the segment's person's
 * organisation, projects on the projects the segment is linked to.
 */
export interface SegmentScan {
  /** Any interview-level filter: project observations (which have no interview) are left out. */
  interviewLevel: boolean;
  /** The filter asks for projects: a segment counts only through its links to those. */
  projectFilter: boolean;
  /** Live projects passing the filter. */
  projectOk: Uint8Array;
  chunks: Chunk[];
  /** Whether the segment passes the interview and person filters. */
  passes(chunk: Chunk, i: number): boolean;
  /** The segment's live person (-1 none). */
  personOf(chunk: Chunk, i: number): number;
  /** Whether the segment is linked to a live project passing the filter. */
  hasProject(chunk: Chunk, i: number): boolean;
}

export function segmentScan(store: EvidenceStore, filter: AnalysisFilter = {}): SegmentScan {
  const { dims } = store;
  const set = (values: string[] | undefined) => (values?.length ? new Set(values) : null);
  const interviewers = set(filter.interviewers);
  const statuses = set(filter.interviewStatuses);
  const actorTypes = set(filter.actorTypes);
  const organisations = set(filter.organisationIds);
  const projectIds = set(filter.projectIds);
  const byInterview = filter.dateFrom || filter.dateTo || interviewers || statuses;
  const interviewOk = new Uint8Array(store.interviews.size);
  for (let i = 0; i < interviewOk.length; i++) {
    const date = dims.interviewDate[i];
    interviewOk[i] = Number(
      !byInterview ||
        ((!filter.dateFrom || (date != null && date >= filter.dateFrom)) &&
          (!filter.dateTo || (date != null && date <= filter.dateTo)) &&
          (!interviewers || interviewers.has(dims.interviewer[i] ?? '\u0000')) &&
          (!statuses || statuses.has(dims.interviewStatus[i] ?? '\u0000'))),
    );
  }
  const byPerson = actorTypes || organisations;
  const orgOk = new Uint8Array(store.orgs.size);
  for (let o = 0; o < orgOk.length; o++) {
    const actor = dims.orgActor[o];
    orgOk[o] = Number(
      actor !== undefined &&
        (!actorTypes || (actor !== null && actorTypes.has(actor))) &&
        (!organisations || organisations.has(store.orgs.ids[o]!)),
    );
  }
  const projectOk = new Uint8Array(store.projects.size);
  for (let p = 0; p < projectOk.length; p++)
    projectOk[p] = Number(
      dims.projectLive[p] === 1 && (!projectIds || projectIds.has(store.projects.ids[p]!)),
    );

  const personOf = (chunk: Chunk, i: number) => {
    const person = chunk.person[i]!;
    return person >= 0 && (dims.personOrg[person] ?? -2) !== -2 ? person : -1;
  };
  return {
    interviewLevel: !!(byInterview || byPerson),
    projectFilter: !!projectIds,
    projectOk,
    chunks: [...store.chunks.values()].filter((c) => interviewOk[c.interview] === 1),
    passes(chunk, i) {
      if (!byPerson) return true;
      const person = personOf(chunk, i);
      const org = person >= 0 ? dims.personOrg[person]! : -1;
      return org >= 0 && orgOk[org] === 1;
    },
    personOf,
    hasProject(chunk, i) {
      for (let k = chunk.projectAt[i]!; k < chunk.projectAt[i + 1]!; k++)
        if (projectOk[chunk.projects[k]!] === 1) return true;
      return false;
    },
  };
}
