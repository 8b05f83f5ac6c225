import { useEffect } from 'react';
import { useT } from '../i18n';
import { usePresentationText } from '../privacy/presentation';
import { useHistoryStore } from '../stores/history';
import { historyShortcut, isTypingTarget } from './keys';
import { useWorkspaceStore } from '../stores/workspace';

/**
 * Global undo/redo: Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y anywhere outside text fields (where the field's
 * own undo applies), and the short status message saying what was undone or redone.
 */
export function HistoryLayer() {
  const t = useT();
  const present = usePresentationText();
  const status = useHistoryStore((s) => s.status);
  const hasWorkspace = useWorkspaceStore((s) => !!s.info);
  const workspaceVersion = useWorkspaceStore((s) => s.version);

  useEffect(() => {
    if (hasWorkspace) void useHistoryStore.getState().refresh();
  }, [hasWorkspace, workspaceVersion]);

  useEffect(() => {
    if (!hasWorkspace) return;
    // Bubble phase on window: runs after any view's own handler, which can claim the keys with preventDefault.
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target)) return;
      const step = historyShortcut(e);
      if (!step) return;
      e.preventDefault();
      void (step === 'undo' ? useHistoryStore.getState().undo() : useHistoryStore.getState().redo());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hasWorkspace]);

  const message = status
    ? status.kind === 'undone'
      ? t('wb.history.undone', { label: present(status.label) ?? '' })
      : status.kind === 'redone'
        ? t('wb.history.redone', { label: present(status.label) ?? '' })
        : status.kind === 'nothingToUndo'
          ? t('wb.history.nothingToUndo')
          : t('wb.history.nothingToRedo')
    : '';
  return (
    <div
      className={`history-status${message ? ' shown' : ''}`}
      role="status"
      aria-live="polite"
      data-testid="history-status"
    >
      {message ? (
        <>
          <span>{message}</span>
          <button
            type="button"
            className="icon-button"
            aria-label={t('act.close')}
            onClick={() => useHistoryStore.getState().clearStatus()}
          >
            ×
          </button>
        </>
      ) : null}
    </div>
  );
}
