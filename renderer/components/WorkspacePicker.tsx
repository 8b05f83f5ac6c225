import { useId, useState, type FormEvent } from 'react';
import type { RecentWorkspace } from '../../shared/domain';
import { api } from '../api';
import { useT } from '../i18n';
import { formatDateTime } from '../lib/format';
import { useQuery } from '../lib/useQuery';
import { UnlockDialog } from '../privacy/UnlockDialog';
import { newPassphraseProblem } from '../privacy/rules';
import { useWorkspaceStore } from '../stores/workspace';

/** Adds the extension a workspace file needs when the user left it out. */
export function withTerrainExtension(path: string): string {
  const trimmed = path.trim();
  return /\.terrain$/i.test(trimmed) ? trimmed : `${trimmed}.terrain`;
}

function folderPrefix(folder: string | undefined): string {
  if (!folder) return '';
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(sep) ? folder : folder + sep;
}

/**
 * Creating and opening workspaces: recent files, files in the default folder, and two path forms.
 * Used in the top-bar menu and on the welcome screen when nothing is open.
 */
export function WorkspacePicker({ onDone }: { onDone?: () => void }) {
  const t = useT();
  const current = useWorkspaceStore((s) => s.info);
  const version = useWorkspaceStore((s) => s.version);
  const busy = useWorkspaceStore((s) => s.busy);
  const openWith = useWorkspaceStore((s) => s.openWith);
  const create = useWorkspaceStore((s) => s.create);
  const listing = useQuery(['workspace.recent', version], () => api['workspace.recent']({}));
  const appInfo = useQuery(['app.info'], () => api['app.info']({}));
  const folder = listing.data?.folder ?? appInfo.data?.workspacesDir;

  const ids = {
    create: useId(),
    demo: useId(),
    open: useId(),
    demoHelp: useId(),
    protect: useId(),
    passphrase: useId(),
    confirm: useId(),
    problem: useId(),
  };
  const [createPath, setCreatePath] = useState<string | null>(null);
  const [demo, setDemo] = useState(false);
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [openPath, setOpenPath] = useState('');
  const [hint, setHint] = useState<'create' | 'open' | null>(null);
  /** An encrypted workspace the user asked to open: the passphrase dialog is shown for it. */
  const [locked, setLocked] = useState<string | null>(null);
  const createValue = createPath ?? folderPrefix(folder);

  const openFile = async (path: string) => {
    const outcome = await openWith(path);
    if (outcome === 'opened') onDone?.();
    else if (outcome === 'passphrase_required' || outcome === 'wrong_passphrase') setLocked(path);
  };
  const submitCreate = async (e: FormEvent) => {
    e.preventDefault();
    const path = createValue.trim();
    if (!path || path === folderPrefix(folder).trim()) return setHint('create');
    setHint(null);
    if (protect) {
      const p = newPassphraseProblem(passphrase, confirm);
      if (p) return setProblem(t(`protection.${p}`));
    }
    setProblem(null);
    if (await create(withTerrainExtension(path), demo, protect ? passphrase : undefined)) onDone?.();
  };
  const submitOpen = async (e: FormEvent) => {
    e.preventDefault();
    if (!openPath.trim()) return setHint('open');
    setHint(null);
    await openFile(openPath.trim());
  };

  const recent = listing.data?.recent ?? [];
  const recentPaths = new Set(recent.map((r) => r.path));
  const available = (listing.data?.available ?? []).filter((a) => !recentPaths.has(a.path));

  const item = (w: RecentWorkspace, showDate: boolean) => {
    const isCurrent = current?.path === w.path;
    return (
      <li key={w.path}>
        <button
          type="button"
          className={`ws-item${w.exists ? '' : ' missing'}${isCurrent ? ' current' : ''}`}
          disabled={!w.exists || busy || isCurrent}
          aria-current={isCurrent ? 'true' : undefined}
          onClick={() => void openFile(w.path)}
          aria-label={t('workspace.recent.openItem', { name: w.name })}
          title={w.path}
        >
          <span className="ws-name">
            {w.name}
            {isCurrent ? <span className="ws-badge">{t('workspace.current')}</span> : null}
            {!w.exists ? <span className="ws-badge missing">{t('workspace.recent.missing')}</span> : null}
          </span>
          <span className="ws-path">{w.path}</span>
          {showDate && w.openedAt ? (
            <span className="ws-date">
              {t('workspace.recent.openedAt', { date: formatDateTime(t.lang, w.openedAt) })}
            </span>
          ) : null}
        </button>
      </li>
    );
  };

  return (
    <div className="ws-picker">
      {locked ? (
        <UnlockDialog
          path={locked}
          onClose={() => setLocked(null)}
          onOpened={() => {
            setLocked(null);
            onDone?.();
          }}
        />
      ) : null}
      <section className="ws-section" aria-labelledby={`${ids.open}-recent`}>
        <h3 id={`${ids.open}-recent`}>{t('workspace.recent.title')}</h3>
        {listing.loading && !listing.data ? (
          <p className="muted">{t('common.loading')}</p>
        ) : recent.length ? (
          <ul className="ws-list">{recent.map((w) => item(w, true))}</ul>
        ) : (
          <p className="muted">{t('workspace.recent.empty')}</p>
        )}
      </section>

      <section className="ws-section" aria-labelledby={`${ids.open}-available`}>
        <h3 id={`${ids.open}-available`}>{t('workspace.available.title')}</h3>
        {folder ? <p className="ws-folder">{folder}</p> : null}
        {available.length ? (
          <ul className="ws-list">{available.map((w) => item(w, false))}</ul>
        ) : listing.data ? (
          <p className="muted">{t('workspace.available.empty', { folder: listing.data.folder })}</p>
        ) : null}
      </section>

      <form className="ws-section ws-form" onSubmit={(e) => void submitOpen(e)}>
        <h3>{t('workspace.open.title')}</h3>
        <label htmlFor={ids.open}>{t('workspace.open.path')}</label>
        <div className="input-row">
          <input
            id={ids.open}
            type="text"
            spellCheck={false}
            value={openPath}
            placeholder={`${folderPrefix(folder)}…terrain`}
            onChange={(e) => setOpenPath(e.target.value)}
            data-testid="workspace-open-path"
          />
          <button type="submit" className="btn" disabled={busy} data-testid="workspace-open-submit">
            {busy ? t('workspace.busy') : t('workspace.open.submit')}
          </button>
        </div>
        {hint === 'open' ? <p className="field-hint">{t('workspace.pathRequired')}</p> : null}
      </form>

      <form className="ws-section ws-form" onSubmit={(e) => void submitCreate(e)}>
        <h3>{t('workspace.create.title')}</h3>
        <label htmlFor={ids.create}>{t('workspace.create.path')}</label>
        <input
          id={ids.create}
          type="text"
          spellCheck={false}
          value={createValue}
          onChange={(e) => setCreatePath(e.target.value)}
          data-testid="workspace-create-path"
        />
        {hint === 'create' ? <p className="field-hint">{t('workspace.pathRequired')}</p> : null}
        <div className="checkbox-row">
          <input
            id={ids.demo}
            type="checkbox"
            checked={demo}
            onChange={(e) => setDemo(e.target.checked)}
            aria-describedby={ids.demoHelp}
            data-testid="workspace-create-demo"
          />
          <label htmlFor={ids.demo}>{t('workspace.create.demo')}</label>
        </div>
        <p id={ids.demoHelp} className="muted small">
          {t('workspace.create.demoHelp')}
        </p>
        <div className="checkbox-row">
          <input
            id={ids.protect}
            type="checkbox"
            checked={protect}
            onChange={(e) => {
              setProtect(e.target.checked);
              setProblem(null);
            }}
            data-testid="workspace-create-protect"
          />
          <label htmlFor={ids.protect}>{t('workspace.create.protect')}</label>
        </div>
        {protect ? (
          <>
            <label htmlFor={ids.passphrase}>{t('protection.new')}</label>
            <input
              id={ids.passphrase}
              type="password"
              autoComplete="new-password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
              aria-describedby={problem ? ids.problem : undefined}
              data-testid="workspace-create-passphrase"
            />
            <label htmlFor={ids.confirm}>{t('protection.confirm')}</label>
            <input
              id={ids.confirm}
              type="password"
              autoComplete="new-password"
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
              aria-describedby={problem ? ids.problem : undefined}
              data-testid="workspace-create-confirm"
            />
            <p className="muted small">{t('protection.warning')}</p>
            {problem ? (
              <p
                id={ids.problem}
                className="inline-error"
                role="alert"
                data-testid="workspace-create-problem"
              >
                {problem}
              </p>
            ) : null}
          </>
        ) : null}
        <div>
          <button type="submit" className="btn primary" disabled={busy} data-testid="workspace-create-submit">
            {busy ? t('workspace.busy') : t('workspace.create.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
