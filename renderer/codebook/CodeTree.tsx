import { useEffect, useRef, useState, type CSSProperties, type DragEvent, type KeyboardEvent } from 'react';
import type { CodeNode } from '../../shared/domain';
import { useT } from '../i18n';
import { usePresentationText } from '../privacy/presentation';
import { codeColor, codeLabel } from '../lib/codes';
import { formatNumber } from '../lib/format';
import { useCodebook } from './context';
import { dropPositionAt, moveForDrop, type DropPosition } from './tree-model';
import { useTreeState } from './tree-state';

/** The codebook tree: collapsible, drag-and-drop reorganisation, inline rename, rolled-up usage counts. */
export function CodeTree() {
  const t = useT();
  const { index } = useCodebook();
  const hint = useTreeState((s) => s.hint);
  const listRef = useRef<HTMLUListElement>(null);
  return (
    <ul
      ref={listRef}
      className="code-tree"
      aria-label={t('codebook.treeLabel')}
      aria-describedby="codebook-dnd-help"
      onDragLeave={(e) => {
        if (!listRef.current?.contains(e.relatedTarget as Node | null)) hint(null);
      }}
    >
      {(index.children.get(null) ?? []).map((code) => (
        <CodeItem key={code.id} code={code} />
      ))}
    </ul>
  );
}

function CodeItem({ code }: { code: CodeNode }) {
  const t = useT();
  const present = usePresentationText();
  const { index, filter, rolled, move } = useCodebook();
  const isRoot = !code.parentId || !index.byId.has(code.parentId);
  const collapsedRoot = useTreeState((s) => s.collapsedRoots.has(code.id));
  const expandedInner = useTreeState((s) => s.expanded.has(code.id));
  const selected = useTreeState((s) => s.selectedId === code.id);
  const renaming = useTreeState((s) => s.renamingId === code.id);
  const dropHere = useTreeState((s) => (s.dropHint?.id === code.id ? s.dropHint.position : null));
  const dragging = useTreeState((s) => s.dragId === code.id);
  const { toggle, select, rename: startRename, drag, hint, reveal, focus } = useTreeState.getState();
  const focusMe = useTreeState((s) => s.focusId === code.id);
  const nameRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusMe && nameRef.current) {
      nameRef.current.focus();
      focus(null);
    }
  }, [focusMe, focus]);

  if (filter && !filter.visible.has(code.id)) return null;
  const children = (index.children.get(code.id) ?? []).filter((c) => !filter || filter.visible.has(c.id));
  const hasChildren = children.length > 0;
  const open = filter ? true : isRoot ? !collapsedRoot : expandedInner;
  const name = codeLabel(code, t.lang);
  const otherName = t.lang === 'en' ? code.name : code.nameEn;
  const depth = index.depth.get(code.id) ?? 0;
  const isMatch = filter?.matches.has(code.id) ?? false;
  const sub = rolled.get(code.id);
  const usage = t('codebook.usage', { segments: code.segmentCount, interviews: code.interviewCount });
  const showRolled = !!sub && sub.descendants > 0 && sub.codings > code.segmentCount;
  const showAtLeast = !!sub && sub.descendants > 0 && sub.interviewsAtLeast > code.interviewCount;
  const rolledText =
    sub && sub.descendants > 0
      ? t('cb.rollup', { codings: sub.codings, interviews: sub.interviewsAtLeast })
      : '';

  const doMove = (target: CodeNode, position: DropPosition) => {
    const m = moveForDrop(index, code.id, target.id, position);
    if (!m) return;
    if (m.parentId) reveal(index, m.parentId, true);
    focus(code.id);
    void move(code.id, m.parentId, m.index);
  };

  // Keyboard reorganisation: Alt+↑/↓ among siblings, Alt+→ into the previous sibling, Alt+← out of the parent.
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'F2') {
      e.preventDefault();
      startRename(code.id);
      return;
    }
    if (!e.altKey || e.ctrlKey || e.metaKey) return;
    const parentId = isRoot ? null : code.parentId;
    const siblings = index.children.get(parentId) ?? [];
    const i = siblings.findIndex((c) => c.id === code.id);
    const prev = siblings[i - 1];
    const next = siblings[i + 1];
    const parent = parentId ? index.byId.get(parentId) : undefined;
    const action: [CodeNode | undefined, DropPosition] | null =
      e.key === 'ArrowUp'
        ? [prev, 'before']
        : e.key === 'ArrowDown'
          ? [next, 'after']
          : e.key === 'ArrowRight'
            ? [prev, 'inside']
            : e.key === 'ArrowLeft'
              ? [parent, 'after']
              : null;
    if (!action) return;
    e.preventDefault();
    if (action[0]) doMove(action[0], action[1]);
  };

  const onDragOver = (e: DragEvent<HTMLDivElement>) => {
    const dragId = useTreeState.getState().dragId;
    if (!dragId) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const position = dropPositionAt(e.clientY - rect.top, rect.height);
    if (!moveForDrop(index, dragId, code.id, position)) {
      hint(null);
      return; // not calling preventDefault leaves the "no drop" cursor
    }
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    hint({ id: code.id, position });
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    const dragId = useTreeState.getState().dragId;
    if (!dragId) return;
    e.preventDefault();
    const rect = e.currentTarget.getBoundingClientRect();
    const position = dropPositionAt(e.clientY - rect.top, rect.height);
    const m = moveForDrop(index, dragId, code.id, position);
    drag(null);
    if (!m) return;
    if (m.parentId) reveal(index, m.parentId, true);
    void move(dragId, m.parentId, m.index);
  };

  return (
    <li data-testid="code-node" data-code-id={code.id} className="code-item">
      <div
        className={[
          'code-row',
          isMatch ? 'match' : '',
          code.kind === 'branch' ? 'branch' : '',
          selected ? 'selected' : '',
          dragging ? 'dragging' : '',
          dropHere ? `drop-${dropHere}` : '',
        ]
          .filter(Boolean)
          .join(' ')}
        style={{ '--depth': depth, '--code': codeColor(index, code.id) } as CSSProperties}
        title={present(code.definition) ?? undefined}
        draggable={!renaming}
        onDragStart={(e) => {
          e.dataTransfer.setData('text/plain', name);
          e.dataTransfer.effectAllowed = 'move';
          drag(code.id);
        }}
        onDragEnd={() => drag(null)}
        onDragOver={onDragOver}
        onDrop={onDrop}
      >
        {hasChildren && !filter ? (
          <button
            type="button"
            className="tree-toggle"
            aria-expanded={open}
            aria-label={t(open ? 'codebook.collapse' : 'codebook.expand', { name })}
            onClick={() => toggle(code.id, isRoot)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="tree-toggle-spacer" aria-hidden="true" />
        )}
        <span className="code-dot" aria-hidden="true" />
        {renaming ? (
          <RenameInput code={code} />
        ) : (
          <button
            ref={nameRef}
            type="button"
            className="code-name"
            aria-current={selected ? 'true' : undefined}
            aria-label={`${name} — ${usage}${rolledText ? ` ; ${rolledText}` : ''}`}
            onClick={() => select(code.id)}
            onDoubleClick={() => startRename(code.id)}
            onKeyDown={onKeyDown}
            data-testid="code-name"
          >
            <span className="code-name-text" title={name}>
              {name}
            </span>
            {otherName && otherName !== name ? <span className="code-other-name">{otherName}</span> : null}
          </button>
        )}
        <span
          className={`num count${code.segmentCount || showRolled ? '' : ' zero'}`}
          aria-hidden="true"
          title={rolledText || undefined}
          data-testid="code-count-segments"
        >
          {showRolled ? (
            <span className="rollup">Σ {formatNumber(t.lang, sub.codings)}</span>
          ) : (
            code.segmentCount
          )}
        </span>
        <span
          className={`num count${code.interviewCount || showAtLeast ? '' : ' zero'}`}
          aria-hidden="true"
          title={rolledText || undefined}
          data-testid="code-count-interviews"
        >
          {showAtLeast ? <span className="rollup">≥ {sub.interviewsAtLeast}</span> : code.interviewCount}
        </span>
      </div>
      {hasChildren && open ? (
        <ul>
          {children.map((child) => (
            <CodeItem key={child.id} code={child} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** Inline rename: Enter or leaving the field saves, Escape cancels. Renames the name shown in this language. */
function RenameInput({ code }: { code: CodeNode }) {
  const t = useT();
  const { rename } = useCodebook();
  const stop = useTreeState((s) => s.rename);
  const focus = useTreeState((s) => s.focus);
  const initial = codeLabel(code, t.lang);
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const finish = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    stop(null);
    focus(code.id);
    const name = value.trim();
    if (save && name && name !== initial) void rename(code.id, name);
  };
  return (
    <input
      type="text"
      className="code-rename"
      value={value}
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      aria-label={t('cb.renameLabel', { name: initial })}
      maxLength={300}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          finish(true);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish(false);
        }
      }}
      onBlur={() => finish(true)}
      data-testid="code-rename-input"
    />
  );
}
