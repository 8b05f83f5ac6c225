import type { CodeNode } from '../../shared/domain';
import type { CodeIndex } from '../lib/codes';

/** A code and every code below it, depth first (the code itself first). */
export function subtreeIds(index: CodeIndex, id: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (current: string) => {
    if (seen.has(current)) return; // bad data with a cycle must not hang the view
    seen.add(current);
    out.push(current);
    for (const child of index.children.get(current) ?? []) walk(child.id);
  };
  walk(id);
  return out;
}

export interface RolledUp {
  /** Codings of the code and all its sub-codes (a passage coded with two sub-codes counts twice). */
  codings: number;
  /** The most interviews any single code of the subtree is used in: a lower bound of the distinct count. */
  interviewsAtLeast: number;
  /** Number of sub-codes at any depth. */
  descendants: number;
}

/**
 * Usage counts rolled up from the leaves, computed in the browser from codes.tree: exact for codings, a lower
 * bound for interviews (distinct interviews across sub-codes would need the server).
 */
export function rollUpCounts(index: CodeIndex): Map<string, RolledUp> {
  const out = new Map<string, RolledUp>();
  // index.ordered is depth first, so walking it backwards meets every child before its parent.
  for (let i = index.ordered.length - 1; i >= 0; i--) {
    const code = index.ordered[i]!;
    const total: RolledUp = {
      codings: code.segmentCount,
      interviewsAtLeast: code.interviewCount,
      descendants: 0,
    };
    for (const child of index.children.get(code.id) ?? []) {
      const sub = out.get(child.id);
      if (!sub) continue;
      total.codings += sub.codings;
      total.interviewsAtLeast = Math.max(total.interviewsAtLeast, sub.interviewsAtLeast);
      total.descendants += 1 + sub.descendants;
    }
    out.set(code.id, total);
  }
  return out;
}

export type DropPosition = 'before' | 'inside' | 'after';

/** Where on a row the pointer is: the top quarter drops before, the bottom quarter after, the middle inside. */
export function dropPositionAt(offsetY: number, rowHeight: number): DropPosition {
  if (offsetY < rowHeight * 0.25) return 'before';
  if (offsetY > rowHeight * 0.75) return 'after';
  return 'inside';
}

/** True when `id` may be moved under `parentId` (not under itself or one of its sub-codes). */
export function canMoveUnder(index: CodeIndex, id: string, parentId: string | null): boolean {
  if (parentId === null) return true;
  return !subtreeIds(index, id).includes(parentId);
}

/**
 * The codes.move arguments for dropping `draggedId` relative to `targetId`; null when the drop makes no sense
 * (onto itself, into its own subtree, or to the place it already has). Indexes count the siblings without the
 * moved code, as the server does.
 */
export function moveForDrop(
  index: CodeIndex,
  draggedId: string,
  targetId: string,
  position: DropPosition,
): { parentId: string | null; index: number } | null {
  const dragged = index.byId.get(draggedId);
  const target = index.byId.get(targetId);
  if (!dragged || !target || draggedId === targetId) return null;
  const parentOf = (code: CodeNode) =>
    code.parentId && index.byId.has(code.parentId) ? code.parentId : null;
  const parentId = position === 'inside' ? targetId : parentOf(target);
  if (!canMoveUnder(index, draggedId, parentId)) return null;
  const siblings = (index.children.get(parentId) ?? []).filter((c) => c.id !== draggedId);
  let at: number;
  if (position === 'inside') at = siblings.length;
  else {
    const i = siblings.findIndex((c) => c.id === targetId);
    at = position === 'before' ? i : i + 1;
  }
  const current = (index.children.get(parentOf(dragged)) ?? []).findIndex((c) => c.id === draggedId);
  if (parentOf(dragged) === parentId && current === at) return null;
  return { parentId, index: at };
}

/** The codes a code may move under (itself and its subtree excluded); null stands for the top level. */
export function possibleParents(index: CodeIndex, id: string): CodeNode[] {
  const excluded = new Set(subtreeIds(index, id));
  return index.ordered.filter((c) => !excluded.has(c.id));
}

/** A small palette of readable code colours (each gives 4.5:1 or more against white text on a chip dot). */
export const CODE_PALETTE = [
  '#b03a2e',
  '#c0392b',
  '#af601a',
  '#b7950b',
  '#1e8449',
  '#117a65',
  '#1f618d',
  '#2e86c1',
  '#7d3c98',
  '#a93270',
  '#5d6d7e',
  '#2e4053',
] as const;

export function isHexColor(value: string): boolean {
  return /^#[0-9a-fA-F]{6}$/.test(value);
}
