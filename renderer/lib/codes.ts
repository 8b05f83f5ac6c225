import type { CodeNode } from '../../shared/domain';
import type { Lang } from '../../shared/i18n';
import { fold } from './text';

/** The codebook as the views need it: by id, by parent (in tree order), with depths. */
export interface CodeIndex {
  byId: ReadonlyMap<string, CodeNode>;
  children: ReadonlyMap<string | null, CodeNode[]>;
  depth: ReadonlyMap<string, number>;
  /** Depth-first order, as `codes.tree` returns it. */
  ordered: readonly CodeNode[];
}

export const FALLBACK_CODE_COLOR = '#6b7280';

export function indexCodes(codes: readonly CodeNode[]): CodeIndex {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const children = new Map<string | null, CodeNode[]>();
  for (const code of codes) {
    const parent = code.parentId && byId.has(code.parentId) ? code.parentId : null;
    const list = children.get(parent);
    if (list) list.push(code);
    else children.set(parent, [code]);
  }
  const depth = new Map<string, number>();
  const ordered: CodeNode[] = [];
  const walk = (parent: string | null, d: number) => {
    for (const code of children.get(parent) ?? []) {
      if (depth.has(code.id)) continue; // a cycle in bad data must not hang the view
      depth.set(code.id, d);
      ordered.push(code);
      walk(code.id, d + 1);
    }
  };
  walk(null, 0);
  return { byId, children, depth, ordered };
}

/** A code's name in the interface language (English name when there is one, else the French name). */
export function codeLabel(code: CodeNode, lang: Lang): string {
  return lang === 'en' && code.nameEn ? code.nameEn : code.name;
}

/** A code's colour, inherited from the nearest coloured ancestor when it has none. */
export function codeColor(index: CodeIndex, id: string): string {
  let code = index.byId.get(id);
  const seen = new Set<string>();
  while (code && !seen.has(code.id)) {
    if (code.color) return code.color;
    seen.add(code.id);
    code = code.parentId ? index.byId.get(code.parentId) : undefined;
  }
  return FALLBACK_CODE_COLOR;
}

/** The names of a code's ancestors and itself, root first (for tooltips and select options). */
export function codePath(index: CodeIndex, id: string, lang: Lang): string[] {
  const path: string[] = [];
  let code = index.byId.get(id);
  const seen = new Set<string>();
  while (code && !seen.has(code.id)) {
    seen.add(code.id);
    path.unshift(codeLabel(code, lang));
    code = code.parentId ? index.byId.get(code.parentId) : undefined;
  }
  return path;
}

/**
 * The codes to show for a search: those whose name (either language) or definition contains every word of the
 * query, accent-insensitively, plus their ancestors so each match keeps its place in the tree.
 * Returns null for an empty query (show everything).
 */
export function filterCodes(
  index: CodeIndex,
  query: string,
): { visible: Set<string>; matches: Set<string> } | null {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const visible = new Set<string>();
  const matches = new Set<string>();
  for (const code of index.ordered) {
    const text = fold([code.name, code.nameEn ?? '', code.definition ?? ''].join(' '));
    if (!words.every((w) => text.includes(w))) continue;
    matches.add(code.id);
    let current: CodeNode | undefined = code;
    while (current && !visible.has(current.id)) {
      visible.add(current.id);
      current = current.parentId ? index.byId.get(current.parentId) : undefined;
    }
  }
  return { visible, matches };
}
