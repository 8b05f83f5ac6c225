import type { AnalysisFilter, CodeFrequency } from '../../shared/analysis';
import type { Db } from '../workspace';
import { evidenceStore } from './evidence-store';
import { segmentScan } from './evidence-scan';

/**
 * Segments and distinct interviews per code, with the shared filters; parents can roll their children up
 * (a segment coded with two children counts once for the parent). Codes without evidence are left out.
 */
export function codeFrequencies(
  db: Db,
  options: { filter?: AnalysisFilter; rollUp?: boolean } = {},
): CodeFrequency[] {
  const store = evidenceStore(db);
  const scan = segmentScan(store, options.filter);
  const { codeParent, codeLive } = store.dims;
  const n = store.codes.size;
  // The codes each code counts for: itself if live, and with rollUp its ancestors.
  const targets: number[][] = [];
  for (let c = 0; c < n; c++) {
    const list: number[] = [];
    if (codeLive[c]) {
      list.push(c);
      if (options.rollUp) for (let p = codeParent[c]!; p >= 0; p = codeParent[p]!) list.push(p);
    }
    targets.push(list);
  }
  const segments = new Int32Array(n);
  const interviews = new Int32Array(n);
  const segStamp = new Int32Array(n).fill(-1);
  const interviewStamp = new Int32Array(n).fill(-1);
  let serial = 0;
  scan.chunks.forEach((chunk, ci) => {
    for (let i = 0; i < chunk.n; i++, serial++) {
      if (!scan.passes(chunk, i)) continue;
      if (scan.projectFilter && !scan.hasProject(chunk, i)) continue;
      for (let k = chunk.codeAt[i]!; k < chunk.codeAt[i + 1]!; k++) {
        for (const t of targets[chunk.codes[k]!] ?? []) {
          if (segStamp[t] !== serial) {
            segStamp[t] = serial;
            segments[t]!++;
          }
          if (interviewStamp[t] !== ci) {
            interviewStamp[t] = ci;
            interviews[t]!++;
          }
        }
      }
    }
  });
  const out: CodeFrequency[] = [];
  for (let c = 0; c < n; c++)
    if (segments[c])
      out.push({ codeId: store.codes.ids[c]!, segments: segments[c]!, interviews: interviews[c]! });
  return out.sort((a, b) => b.segments - a.segments || a.codeId.localeCompare(b.codeId));
}
