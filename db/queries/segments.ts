import type { Segment } from '../../shared/domain';

/** A coded segment as the API returns it: its live codes and linked projects folded into arrays. */
export const SEGMENT_SELECT = `
  SELECT s.id, s.transcript_id AS transcriptId, s.start_offset AS start, s.end_offset AS "end", s.quote, s.memo,
    s.important,
    (SELECT json_group_array(sc.code_id) FROM segment_codes sc JOIN codes c ON c.id = sc.code_id
       WHERE sc.segment_id = s.id AND sc.deleted_at IS NULL AND c.deleted_at IS NULL) AS codeIds,
    (SELECT json_group_array(sp.project_id) FROM segment_projects sp
       WHERE sp.segment_id = s.id AND sp.deleted_at IS NULL) AS projectIds
  FROM segments s`;

export type SegmentRow = Omit<Segment, 'important' | 'codeIds' | 'projectIds'> & {
  important: number;
  codeIds: string;
  projectIds: string;
};

export function toSegment(row: SegmentRow): Segment {
  return {
    ...row,
    important: row.important === 1,
    codeIds: JSON.parse(row.codeIds) as string[],
    projectIds: JSON.parse(row.projectIds) as string[],
  };
}
