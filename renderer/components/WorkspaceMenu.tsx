import { useEffect, useId, useRef, useState } from 'react';
import { openExchange } from '../exchange/store';
import { useT } from '../i18n';
import { useWorkspaceStore } from '../stores/workspace';
import { WorkspacePicker } from './WorkspacePicker';

/** The workspace name in the top bar; clicking it opens the create/open panel. */
export function WorkspaceMenu() {
  const t = useT();
  const info = useWorkspaceStore((s) => s.info);
  const status = useWorkspaceStore((s) => s.status);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  const close = (restoreFocus: boolean) => {
    setOpen(false);
    if (restoreFocus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLElement>('button:not([disabled]), input')?.focus();
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Element;
      // Dismissing an error toast (say, "file not found") must not close the form the user is fixing.
      if (target.closest?.('.toasts')) return;
      if (rootRef.current && !rootRef.current.contains(target)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const name = info?.name ?? (status === 'loading' ? t('common.loading') : t('topbar.noWorkspace'));
  return (
    <div className="ws-menu" ref={rootRef} data-testid="workspace-menu">
      <button
        ref={buttonRef}
        type="button"
        className="ws-trigger"
        aria-expanded={open}
        aria-controls={panelId}
        aria-haspopup="dialog"
        aria-label={info ? t('workspace.menu', { name: info.name }) : t('workspace.menuNone')}
        title={info?.path}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="ws-trigger-label">{t('topbar.workspace')}</span>
        <span className="ws-trigger-name" data-testid="workspace-name">
          {name}
        </span>
        {info?.readOnly ? <span className="chip chip-neutral">{t('topbar.readOnly')}</span> : null}
        <span className="caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open ? (
        <div
          ref={panelRef}
          id={panelId}
          className="ws-panel"
          role="dialog"
          aria-label={t('workspace.menuTitle')}
          data-testid="workspace-menu-panel"
        >
          <div className="ws-panel-head">
            <h2>{t('workspace.menuTitle')}</h2>
            <button
              type="button"
              className="icon-button"
              aria-label={t('common.close')}
              onClick={() => close(true)}
            >
              ×
            </button>
          </div>
          {info ? (
            <div className="ws-current">
              <span className="ws-current-label">{t('workspace.current')}</span>
              <strong>{info.name}</strong>
              <span className="ws-path">{info.path}</span>
            </div>
          ) : null}
          <WorkspacePicker onDone={() => close(true)} />
          <section className="ws-section rx-menu" aria-label={t('refi.menu.section')}>
            <h3>{t('refi.menu.section')}</h3>
            <button
              type="button"
              className="ws-item"
              onClick={() => {
                close(false);
                openExchange('import');
              }}
              data-testid="refi-import-open"
            >
              {t('refi.menu.import')}
            </button>
            <button
              type="button"
              className="ws-item"
              disabled={!info}
              onClick={() => {
                close(false);
                openExchange('export');
              }}
              data-testid="refi-export-open"
            >
              {t('refi.menu.export')}
            </button>
          </section>
        </div>
      ) : null}
    </div>
  );
}
