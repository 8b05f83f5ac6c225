import type { AnalysisFilter, CooccurrencePair } from '../../shared/analysis';
import type { Db } from '../workspace';
import type { Chunk, EvidenceStore } from './evidence-store';
import { evidenceStore } from './evidence-store';
import { segmentScan } from './evidence-scan';

/** A coded segment of the store: where it is, and its codes (restricted to the asked ones). */
interface SegmentRef {
  chunk: Chunk;
  i: number;
  codes: number[];
}

/**
 * Visits each coded segment passing the filter with the segments of the same transcript still open at its
 * start (those it overlaps), in position order: the work grows with the overlaps, not with all pairs.
 */
function sweep(
  store: EvidenceStore,
  filter: AnalysisFilter | undefined,
  codeIds: string[] | undefined,
  visit: (seg: SegmentRef, open: SegmentRef[]) => void,
): void {
  const scan = segmentScan(store, filter);
  const allowed = codeIds
    ? new Set(codeIds.map((id) => store.codes.find(id)).filter((c) => c !== undefined))
    : null;
  for (const chunk of scan.chunks) {
    let open: SegmentRef[] = [];
    for (let i = 0; i < chunk.n; i++) {
      if (!scan.passes(chunk, i)) continue;
      if (scan.projectFilter && !scan.hasProject(chunk, i)) continue;
      const codes: number[] = [];
      for (let k = chunk.codeAt[i]!; k < chunk.codeAt[i + 1]!; k++)
        if (!allowed || allowed.has(chunk.codes[k]!)) codes.push(chunk.codes[k]!);
      if (codes.length === 0) continue;
      const seg = { chunk, i, codes };
      open = open.filter(
        (o) => o.chunk.transcript[o.i] === chunk.transcript[i] && o.chunk.end[o.i]! > chunk.start[i]!,
      );
      visit(seg, open);
      open.push(seg);
    }
  }
}

/**
 * Co-occurrence of codes: a pair counts once for each segment coded with both, and once for each pair of
 * overlapping segments coded with one each.
 */
export function cooccurrence(
  db: Db,
  options: { filter?: AnalysisFilter; codeIds?: string[]; limit?: number } = {},
): { pairs: CooccurrencePair[] } {
  const store = evidenceStore(db);
  const n = store.codes.size;
  const counts = new Map<number, number>();
  // A pair met twice between the same two segments (a,b then b,a) counts once: stamped per visit.
  const stamps = new Map<number, number>();
  let visitSerial = 0;
  const bump = (a: number, b: number) => {
    if (a === b) return;
    const key = a < b ? a * n + b : b * n + a;
    if (stamps.get(key) === visitSerial) return;
    stamps.set(key, visitSerial);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  sweep(store, options.filter, options.codeIds, (seg, open) => {
    visitSerial++;
    for (let x = 0; x < seg.codes.length; x++)
      for (let y = x + 1; y < seg.codes.length; y++) bump(seg.codes[x]!, seg.codes[y]!);
    for (const o of open) {
      visitSerial++;
      for (const a of o.codes) for (const b of seg.codes) bump(a, b);
    }
  });
  const pairs = [...counts.entries()]
    .map(([key, count]) => ({
      a: store.codes.ids[Math.floor(key / n)]!,
      b: store.codes.ids[key % n]!,
      count,
    }))
    .map((p) => (p.a < p.b ? p : { a: p.b, b: p.a, count: p.count }))
    .sort((x, y) => y.count - x.count || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  return { pairs: options.limit ? pairs.slice(0, options.limit) : pairs };
}

/** The ids of segments by their row ids, read for the few segments an answer names. */
function segmentIds(db: Db, rowids: number[]): Map<number, string> {
  const rows = db
    .prepare('SELECT rowid, id FROM segments WHERE rowid IN (SELECT value FROM json_each(?))')
    .raw(true)
    .all(JSON.stringify(rowids)) as [number, string][];
  return new Map(rows);
}

/** The segments behind a co-occurrence count: those coded with both, and the overlapping pairs. */
export function cooccurrenceEvidence(
  db: Db,
  a: string,
  b: string,
  filter: AnalysisFilter = {},
): { segmentIds: string[][] } {
  const store = evidenceStore(db);
  const ca = store.codes.find(a);
  const cb = store.codes.find(b);
  const found: number[][] = [];
  sweep(store, filter, [a, b], (seg, open) => {
    const rowid = seg.chunk.rowid[seg.i]!;
    if (seg.codes.includes(ca!) && seg.codes.includes(cb!)) found.push([rowid]);
    for (const o of open) {
      if (
        (o.codes.includes(ca!) && seg.codes.includes(cb!)) ||
        (o.codes.includes(cb!) && seg.codes.includes(ca!))
      )
        found.push([o.chunk.rowid[o.i]!, rowid]);
    }
  });
  const ids = segmentIds(db, [...new Set(found.flat())]);
  return { segmentIds: found.map((group) => group.map((r) => ids.get(r)!)) };
}
