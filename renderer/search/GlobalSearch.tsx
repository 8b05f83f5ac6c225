import { useEffect } from 'react';
import { useT } from '../i18n';
import { useWorkspaceStore } from '../stores/workspace';
import { SearchDialog } from './SearchDialog';
import { isTextEntry, useSearchStore } from './store';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The search button of the top bar, the Ctrl/Cmd+K and Ctrl/Cmd+F shortcuts, and the search dialog. Ctrl+F
 * is left to the browser while the focus is in a text field; Ctrl+K opens the search from anywhere.
 */
export function GlobalSearch() {
  const t = useT();
  const hasWorkspace = useWorkspaceStore((s) => !!s.info);
  const open = useSearchStore((s) => s.open);
  const show = useSearchStore((s) => s.show);

  useEffect(() => {
    if (!hasWorkspace) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.shiftKey || !(e.ctrlKey || e.metaKey)) return;
      const key = e.key.toLowerCase();
      if (key !== 'k' && key !== 'f') return;
      if (key === 'f' && isTextEntry(document.activeElement)) return;
      e.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hasWorkspace, show]);

  if (!hasWorkspace) return null;
  return (
    <>
      <button
        type="button"
        className="search-trigger"
        onClick={show}
        aria-haspopup="dialog"
        aria-keyshortcuts={isMac ? 'Meta+K Meta+F' : 'Control+K Control+F'}
        data-testid="search-open"
      >
        <svg viewBox="0 0 24 24" width={16} height={16} aria-hidden="true" focusable="false">
          <path
            d="M10.5 4a6.5 6.5 0 1 1 0 13a6.5 6.5 0 0 1 0-13zM15.5 15.5L20 20"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
        </svg>
        <span>{t('gs.open')}</span>
        <kbd aria-hidden="true">{isMac ? '⌘K' : 'Ctrl K'}</kbd>
      </button>
      {open ? <SearchDialog /> : null}
    </>
  );
}
