/** Pure helper of the frequencies view (unit-tested). */
import type { CodeFrequency } from '../../shared/analysis';
import type { CodeNode } from '../../shared/domain';
import { descendantIds, sortRows } from './model';

export interface FrequencyRow {
  codeId: string;
  parentId: string | null;
  depth: number;
  name: string;
  /** The name for a chart axis: children marked "↳ ", indented with no-break spaces (SVG collapses plain ones). */
  label: string;
  segments: number;
  interviews: number;
}

/**
 * The codes of a branch with their frequencies, most frequent first among siblings, children under their
 * parent (with a roll-up, a parent counts its children's passages too).
 */
export function frequencyRows(
  codes: readonly CodeNode[],
  branchId: string,
  frequencies: readonly CodeFrequency[],
  label: (code: CodeNode) => string,
): FrequencyRow[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const freq = new Map(frequencies.map((f) => [f.codeId, f]));
  const ids = descendantIds(codes, branchId);
  const inBranch = new Set(ids);
  const depthOf = (id: string) => {
    let depth = 0;
    for (let p = byId.get(id)?.parentId; p && p !== branchId && inBranch.has(p); p = byId.get(p)?.parentId)
      depth++;
    return depth;
  };
  const rows = ids.map((id) => {
    const code = byId.get(id)!;
    const depth = depthOf(id);
    const name = label(code);
    const f = freq.get(id);
    return {
      codeId: id,
      parentId: code.parentId && inBranch.has(code.parentId) ? code.parentId : null,
      depth,
      name,
      label: depth > 0 ? `${'\u00a0\u00a0\u00a0'.repeat(depth - 1)}↳ ${name}` : name,
      segments: f?.segments ?? 0,
      interviews: f?.interviews ?? 0,
      total: { count: f?.segments ?? 0 },
    };
  });
  return sortRows(rows, 'total').map(({ total: _total, ...row }) => row);
}
