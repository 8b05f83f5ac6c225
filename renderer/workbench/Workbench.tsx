import { useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { SpeakerRole, Transcript } from '../../shared/domain';
import { TranscriptView, type ShownTurn } from '../components/TranscriptView';
import { Dialog } from './Dialog';
import { useT } from '../i18n';
import { codeColor, codeLabel, type CodeIndex } from '../lib/codes';
import { usePresentationText } from '../privacy/presentation';
import { presentTranscript } from '../privacy/present';
import { useHistoryStore } from '../stores/history';
import { isTypingTarget } from './keys';
import { MAX_PINS, usePinnedCodes, usePinsStore } from '../stores/pins';
import { useWorkspaceStore } from '../stores/workspace';
import { CodePalette } from './CodePalette';
import { readCaret, readSelection, selectRange, turnAt, type TextRange } from './dom';
import { neighbourSegment } from './layout';
import { sentenceAt } from './offsets';
import { adjustBound, revealSegment } from './actions';
import { useWorkbench } from './store';

const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

function quoteExcerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Is a modal dialog open (the palette, a form)? Shortcuts of the page then stay quiet. */
function dialogOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

/**
 * The coding workbench of one transcript: toolbar, text with its segments, palette, keyboard. In presentation
 * mode it only reads: the text is shown with pseudonyms, whose offsets are not the stored text's, so nothing
 * can be coded from it.
 */
export function Workbench({ transcript, codes }: { transcript: Transcript; codes: CodeIndex | undefined }) {
  const t = useT();
  const present = usePresentationText();
  const presenting = present.on;
  const rootRef = useRef<HTMLDivElement>(null);
  const helpId = useId();
  const load = useWorkbench((s) => s.load);
  const text = useWorkbench((s) => s.text);
  const turns = useWorkbench((s) => s.turns);
  const segments = useWorkbench((s) => s.segments);
  const selectedId = useWorkbench((s) => s.selectedId);
  const palette = useWorkbench((s) => s.palette);
  const ready = useWorkbench((s) => s.transcriptId === transcript.id);
  const path = useWorkspaceStore((s) => s.info?.path ?? null);
  const pins = usePinnedCodes(path);
  const [hint, setHint] = useState<string | null>(null);
  const [speakerEdit, setSpeakerEdit] = useState<{ turn: ShownTurn; anchor: HTMLElement } | null>(null);
  const hintTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    load(transcript);
  }, [load, transcript]);
  const shown = useMemo(
    () => presentTranscript(text, turns, segments, present),
    [text, turns, segments, present],
  );

  const say = useCallback((message: string) => {
    clearTimeout(hintTimer.current);
    setHint(message);
    hintTimer.current = setTimeout(() => setHint(null), 4000);
  }, []);
  useEffect(() => () => clearTimeout(hintTimer.current), []);

  const onSelectSegment = useCallback((id: string) => useWorkbench.getState().select(id), []);
  const onEditSpeaker = useCallback(
    (turn: ShownTurn, anchor: HTMLElement) => setSpeakerEdit({ turn, anchor }),
    [],
  );

  /** Opens the palette for the selected text, else for the selected segment; false when there is neither. */
  const openPaletteFor = useCallback((): boolean => {
    if (!codes) {
      say(t('wb.hint.noCodes'));
      return true;
    }
    const root = rootRef.current;
    const state = useWorkbench.getState();
    const range = root ? readSelection(root, state.text) : null;
    if (range) {
      state.openPalette({ mode: 'code', range });
      return true;
    }
    if (state.selectedId) {
      state.openPalette({ mode: 'add', segmentId: state.selectedId });
      return true;
    }
    say(t('wb.hint.selectFirst'));
    return false;
  }, [codes, say, t]);

  /** After the palette or a dialog: focus back on the text, caret after what was coded. */
  const refocus = useCallback((caretAt?: number | TextRange) => {
    // after the dialog has closed: while it is open the text is inert and cannot hold the selection
    requestAnimationFrame(() => {
      const root = rootRef.current;
      if (!root) return;
      root.focus({ preventScroll: true });
      if (typeof caretAt === 'number') selectRange(root, { start: caretAt, end: caretAt });
      else if (caretAt) selectRange(root, caretAt);
    });
  }, []);

  const codeRange = useCallback(
    async (range: TextRange, codeIds: string[]) => {
      const seg = await useWorkbench.getState().code(range, codeIds);
      if (seg) refocus(seg.end);
    },
    [refocus],
  );

  const applyPinned = useCallback(
    (n: number): boolean => {
      const codeId = pins[n - 1];
      if (!codeId) {
        say(t('wb.hint.noPin', { n }));
        return true;
      }
      const root = rootRef.current;
      const state = useWorkbench.getState();
      const range = root ? readSelection(root, state.text) : null;
      if (range) void codeRange(range, [codeId]);
      else if (state.selectedId) void state.addCodes(state.selectedId, [codeId]);
      else say(t('wb.hint.selectFirst'));
      return true;
    },
    [pins, codeRange, say, t],
  );

  // ---------- Keyboard ----------
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;

    const inRoot = () => root.contains(document.activeElement);

    /** Puts a caret at the start of the first turn in view when the text got focus without one. */
    const ensureCaret = (): boolean => {
      const sel = window.getSelection();
      if (sel && sel.rangeCount > 0 && sel.focusNode && root.contains(sel.focusNode)) return true;
      const first = [...root.querySelectorAll<HTMLElement>('[data-turn-id]')].find(
        (el) => el.getBoundingClientRect().bottom > 0,
      );
      const start = first ? Number(first.dataset.start) : 0;
      return selectRange(root, { start, end: start });
    };

    // Ctrl/Cmd+K with text selected (or a segment selected) opens the palette, ahead of other Ctrl+K users.
    const onCapture = (e: KeyboardEvent) => {
      if (presenting) return;
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'k') return;
      if (dialogOpen() || isTypingTarget(e.target)) return;
      const state = useWorkbench.getState();
      const hasText = readSelection(root, state.text) !== null;
      if (!hasText && !(state.selectedId && inRoot())) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      openPaletteFor();
    };

    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || dialogOpen() || isTypingTarget(e.target)) return;
      if ((e.target as Element | null)?.closest?.('dialog')) return;
      const state = useWorkbench.getState();
      const sel = window.getSelection();
      const mod = e.ctrlKey || e.metaKey;

      // Selection by keyboard in the (non-editable) text: Shift+arrows extend, arrows move the caret.
      if (ARROWS.has(e.key) && inRoot() && !e.altKey && sel) {
        if (!ensureCaret()) return;
        const dir = e.key === 'ArrowLeft' || e.key === 'ArrowUp' || e.key === 'Home' ? 'backward' : 'forward';
        const unit =
          e.key === 'Home' || e.key === 'End'
            ? 'lineboundary'
            : e.key === 'ArrowUp' || e.key === 'ArrowDown'
              ? 'line'
              : mod
                ? 'word'
                : 'character';
        e.preventDefault();
        sel.modify(e.shiftKey ? 'extend' : 'move', dir, unit);
        return;
      }

      // Shift+Alt+arrows: move the selected segment's bounds by a word.
      if (e.shiftKey && e.altKey && !mod && ARROWS.has(e.key) && state.selectedId && !presenting) {
        e.preventDefault();
        if (e.key === 'ArrowRight') adjustBound(state.selectedId, 'end', 1);
        else if (e.key === 'ArrowLeft') adjustBound(state.selectedId, 'end', -1);
        else if (e.key === 'ArrowUp') adjustBound(state.selectedId, 'start', -1);
        else if (e.key === 'ArrowDown') adjustBound(state.selectedId, 'start', 1);
        return;
      }

      // Alt+↑/↓ and j/k: previous / next segment.
      const next =
        (!mod && !e.shiftKey && !e.altKey && e.key === 'j') ||
        (e.altKey && !e.shiftKey && !mod && e.key === 'ArrowDown');
      const prev =
        (!mod && !e.shiftKey && !e.altKey && e.key === 'k') ||
        (e.altKey && !e.shiftKey && !mod && e.key === 'ArrowUp');
      if (next || prev) {
        const current = state.segments.find((s) => s.id === state.selectedId) ?? null;
        const target = neighbourSegment(state.segments, current, readCaret(root), next ? 1 : -1);
        e.preventDefault();
        if (target) revealSegment(target.id);
        else say(t('wb.hint.noSegments'));
        return;
      }

      if (mod || e.altKey) return;

      if (presenting && /^[cCsp1-9]$/.test(e.key)) {
        e.preventDefault();
        say(t('presentation.codingOff'));
        return;
      }
      if (e.key === 'c' || e.key === 'C') {
        if (openPaletteFor()) e.preventDefault();
        return;
      }
      if (/^[1-9]$/.test(e.key)) {
        const hasText = readSelection(root, state.text) !== null;
        if (!hasText && !state.selectedId) return;
        e.preventDefault();
        applyPinned(Number(e.key));
        return;
      }
      if ((e.key === 's' || e.key === 'p') && !e.shiftKey) {
        const caret = readCaret(root);
        const at =
          caret ??
          (state.selectedId ? (state.segments.find((s) => s.id === state.selectedId)?.start ?? null) : null);
        if (at === null) return;
        const turn = turnAt(root, at);
        if (!turn) return;
        e.preventDefault();
        const range =
          e.key === 's'
            ? sentenceAt(state.text, turn.start, turn.end, at)
            : { start: turn.start, end: turn.end };
        if (!inRoot()) root.focus({ preventScroll: true });
        selectRange(root, range);
        return;
      }
      if (e.key === 'Escape') {
        if (sel && !sel.isCollapsed && sel.focusNode && root.contains(sel.focusNode)) {
          sel.collapseToEnd();
          e.preventDefault();
        } else if (state.selectedId) {
          state.select(null);
          e.preventDefault();
        }
      }
    };

    // Reaching the text with Tab puts a caret in it, so S, P and Shift+arrows work without a mouse.
    let pointer = false;
    const onPointerDown = () => {
      pointer = true;
    };
    const onFocus = () => {
      if (!pointer) ensureCaret();
      pointer = false;
    };
    root.addEventListener('pointerdown', onPointerDown);
    root.addEventListener('focus', onFocus);
    window.addEventListener('keydown', onCapture, true);
    document.addEventListener('keydown', onKey);
    return () => {
      root.removeEventListener('pointerdown', onPointerDown);
      root.removeEventListener('focus', onFocus);
      window.removeEventListener('keydown', onCapture, true);
      document.removeEventListener('keydown', onKey);
    };
  }, [ready, openPaletteFor, applyPinned, say, t, presenting]);

  // Clicking highlighted text selects its segment (again: the next overlapping one); plain text deselects.
  const onClick = useCallback((e: React.MouseEvent) => {
    const sel = window.getSelection();
    if (sel && !sel.isCollapsed) return; // a drag: the user is selecting text
    const target = e.target as HTMLElement;
    if (target.closest('.turn-margin, .turn-head')) return;
    const hit = target.closest<HTMLElement>('[data-segs]');
    const state = useWorkbench.getState();
    if (!hit) {
      if (state.selectedId) state.select(null);
      return;
    }
    const ids = (hit.dataset.segs ?? '').split(' ').filter(Boolean);
    const i = state.selectedId ? ids.indexOf(state.selectedId) : -1;
    state.select(ids[(i + 1) % ids.length] ?? null);
  }, []);

  const pending = palette?.mode === 'code' && !presenting ? palette.range : null;

  const closePalette = () => {
    const target = useWorkbench.getState().palette;
    useWorkbench.getState().closePalette();
    // keep the text selected so the user can adjust it or try again
    refocus(target?.mode === 'code' ? target.range : undefined);
  };

  const onApply = (codeIds: string[]) => {
    const state = useWorkbench.getState();
    const target = state.palette;
    state.closePalette();
    if (!target) return;
    if (target.mode === 'code') void codeRange(target.range, codeIds);
    else if (target.mode === 'add') {
      void state.addCodes(target.segmentId, codeIds);
      refocus();
    } else if (path) {
      const current = usePinsStore.getState().get(path);
      usePinsStore.getState().set(path, [...current, ...codeIds.filter((id) => !current.includes(id))]);
      refocus();
    }
  };

  const paletteProps = (() => {
    if (!palette || !codes) return null;
    if (palette.mode === 'code')
      return {
        title: t('wb.palette.titleCode'),
        context: quoteExcerpt(text.slice(palette.range.start, palette.range.end)),
        applyLabel: t('wb.palette.apply'),
        applied: undefined,
      };
    if (palette.mode === 'add') {
      const seg = segments.find((s) => s.id === palette.segmentId);
      return {
        title: t('wb.palette.titleAdd'),
        context: seg ? quoteExcerpt(seg.quote) : undefined,
        applyLabel: t('wb.palette.add'),
        applied: new Set(seg?.codeIds ?? []),
      };
    }
    return {
      title: t('wb.palette.titlePin'),
      context: undefined,
      applyLabel: t('wb.palette.pin'),
      applied: new Set(pins),
    };
  })();

  return (
    <div className="workbench" data-testid="workbench">
      <WorkbenchToolbar
        codes={codes}
        pins={pins}
        path={path}
        hint={hint}
        onCode={() => openPaletteFor()}
        onPin={() => useWorkbench.getState().openPalette({ mode: 'pin' })}
        helpId={helpId}
        presenting={presenting}
      />
      {ready ? (
        <TranscriptView
          text={shown.text}
          turns={shown.turns}
          segments={shown.segments}
          codes={codes}
          selectedId={selectedId}
          pending={pending}
          onSelectSegment={onSelectSegment}
          onEditSpeaker={presenting ? undefined : onEditSpeaker}
          rootRef={rootRef}
          label={t('wb.transcriptLabel')}
          describedBy={helpId}
          onClick={onClick}
        >
          <Caret rootRef={rootRef} />
        </TranscriptView>
      ) : null}
      {paletteProps && codes && !presenting ? (
        <CodePalette
          codes={codes}
          title={paletteProps.title}
          context={paletteProps.context}
          applied={paletteProps.applied}
          applyLabel={paletteProps.applyLabel}
          onApply={onApply}
          onClose={closePalette}
        />
      ) : null}
      {speakerEdit && !presenting ? (
        <SpeakerDialog
          turn={speakerEdit.turn}
          speakers={[...new Set(turns.map((x) => x.speaker).filter(Boolean))]}
          onClose={() => {
            const anchor = speakerEdit.anchor;
            setSpeakerEdit(null);
            requestAnimationFrame(() => anchor.isConnected && anchor.focus());
          }}
        />
      ) : null}
    </div>
  );
}

/** Buttons above the text: code, pinned codes, undo/redo, and the keyboard help. */
function WorkbenchToolbar({
  codes,
  pins,
  path,
  hint,
  onCode,
  onPin,
  helpId,
  presenting,
}: {
  codes: CodeIndex | undefined;
  pins: string[];
  path: string | null;
  hint: string | null;
  onCode: () => void;
  onPin: () => void;
  helpId: string;
  /** Presentation mode: coding is off, and the toolbar says why. */
  presenting: boolean;
}) {
  const t = useT();
  const history = useHistoryStore((s) => s.state);
  const busy = useHistoryStore((s) => s.busy);
  const undo = useHistoryStore((s) => s.undo);
  const redo = useHistoryStore((s) => s.redo);
  const refresh = useHistoryStore((s) => s.refresh);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const present = usePresentationText();
  const undoTitle = history?.undoLabel
    ? t('wb.history.undoLabel', { label: present(history.undoLabel) })
    : t('wb.history.undo');
  const redoTitle = history?.redoLabel
    ? t('wb.history.redoLabel', { label: present(history.redoLabel) })
    : t('wb.history.redo');
  const pinned = useMemo(
    () => pins.map((id, i) => ({ id, n: i + 1, code: codes?.byId.get(id) })).filter((p) => p.code),
    [pins, codes],
  );

  return (
    <div className="wb-toolbar" role="toolbar" aria-label={t('wb.toolbar')}>
      <div className="wb-row">
        <button
          type="button"
          className="btn primary"
          onMouseDown={(e) => e.preventDefault() /* keep the text selection */}
          onClick={onCode}
          data-testid="code-button"
          title={t('wb.codeShortcut')}
          disabled={presenting}
        >
          {t('wb.code')}
          <kbd>C</kbd>
        </button>
        <button
          type="button"
          className="btn"
          disabled={!history?.canUndo || busy}
          onClick={() => void undo()}
          title={`${undoTitle} (Ctrl+Z)`}
          aria-label={undoTitle}
          data-testid="undo-button"
        >
          <span aria-hidden="true">↶</span>
          <span className="history-label">{undoTitle}</span>
        </button>
        <button
          type="button"
          className="btn"
          disabled={!history?.canRedo || busy}
          onClick={() => void redo()}
          title={`${redoTitle} (Ctrl+Maj+Z)`}
          aria-label={redoTitle}
          data-testid="redo-button"
        >
          <span aria-hidden="true">↷</span>
          <span className="history-label">{redoTitle}</span>
        </button>
      </div>
      <div className="wb-row">
        <div className="wb-pins" aria-label={t('wb.pins.title')} role="group">
          <span className="wb-pins-title">{t('wb.pins.title')}</span>
          {pinned.length === 0 ? <span className="muted small">{t('wb.pins.empty')}</span> : null}
          {pinned.map(({ id, n, code }) => (
            <span
              key={id}
              className="pin-chip"
              style={{ '--code': codes ? codeColor(codes, id) : undefined } as CSSProperties}
              data-testid="pinned-code"
            >
              <kbd>{n}</kbd>
              <span className="pin-name">{code ? codeLabel(code, t.lang) : id}</span>
              <button
                type="button"
                className="chip-x"
                aria-label={t('wb.pins.unpin', { name: code ? codeLabel(code, t.lang) : id })}
                onClick={() => path && usePinsStore.getState().toggle(path, id)}
              >
                ×
              </button>
            </span>
          ))}
          {pinned.length < MAX_PINS && path && !presenting ? (
            <button type="button" className="btn ghost small-btn" onClick={onPin} data-testid="pin-button">
              {t('wb.pins.add')}
            </button>
          ) : null}
        </div>
      </div>
      <div className="wb-row wb-help-row">
        <p
          id={helpId}
          className={presenting ? 'wb-help presentation-note' : 'wb-help'}
          data-testid="workbench-help"
        >
          {presenting ? t('presentation.codingOff') : t('wb.help')}
        </p>
        <p className="wb-hint" role="status" aria-live="polite" data-testid="workbench-hint">
          {hint}
        </p>
      </div>
    </div>
  );
}

/** A visible caret in the (non-editable) text while it has the keyboard focus, following the selection. */
function Caret({ rootRef }: { rootRef: React.RefObject<HTMLDivElement | null> }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const root = rootRef.current;
    const caret = ref.current;
    if (!root || !caret) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const sel = window.getSelection();
      const show =
        document.activeElement === root &&
        sel !== null &&
        sel.rangeCount > 0 &&
        sel.focusNode !== null &&
        root.contains(sel.focusNode);
      if (!show) {
        caret.hidden = true;
        return;
      }
      const range = document.createRange();
      range.setStart(sel.focusNode!, sel.focusOffset);
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      if (!rect || rect.height === 0) {
        caret.hidden = true;
        return;
      }
      const box = root.getBoundingClientRect();
      caret.hidden = false;
      caret.style.transform = `translate(${rect.left - box.left}px, ${rect.top - box.top}px)`;
      caret.style.height = `${rect.height}px`;
      caret.classList.remove('blink');
      void caret.offsetWidth; // restart the blink after each move
      caret.classList.add('blink');
      caret.scrollIntoView({ block: 'nearest' });
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    document.addEventListener('selectionchange', schedule);
    root.addEventListener('focus', schedule);
    root.addEventListener('blur', schedule);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', schedule);
      root.removeEventListener('focus', schedule);
      root.removeEventListener('blur', schedule);
    };
  }, [rootRef]);
  return <span ref={ref} className="fake-caret" aria-hidden="true" hidden />;
}

/** Corrects the speaker of one turn (name and role). */
function SpeakerDialog({
  turn,
  speakers,
  onClose,
}: {
  turn: ShownTurn;
  speakers: string[];
  onClose: () => void;
}) {
  const t = useT();
  const [name, setName] = useState(turn.speaker ?? '');
  const [role, setRole] = useState<SpeakerRole>(turn.role ?? 'interviewee');
  const [saving, setSaving] = useState(false);
  const listId = useId();
  const roles: SpeakerRole[] = ['interviewer', 'interviewee', 'other'];
  return (
    <Dialog title={t('wb.speaker.title')} onClose={onClose} className="small-dialog" testId="speaker-dialog">
      <form
        className="form-grid"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!name.trim()) return;
          setSaving(true);
          const ok = await useWorkbench.getState().setSpeaker(turn.id, name.trim(), role);
          setSaving(false);
          if (ok) onClose();
        }}
      >
        <label className="form-field">
          <span>{t('wb.speaker.name')}</span>
          <input
            type="text"
            value={name}
            list={listId}
            required
            data-autofocus
            onChange={(e) => setName(e.target.value)}
          />
          <datalist id={listId}>
            {speakers.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </label>
        <fieldset className="radio-group">
          <legend>{t('wb.speaker.role')}</legend>
          {roles.map((r) => (
            <label key={r} className="radio">
              <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} />
              {t(`wb.role.${r}`)}
            </label>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('act.cancel')}
          </button>
          <button type="submit" className="btn primary" disabled={saving || !name.trim()}>
            {t('wb.speaker.apply')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
