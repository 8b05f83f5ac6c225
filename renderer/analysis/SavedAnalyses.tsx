import { useEffect, useRef, useState } from 'react';
import { api } from '../api';
import { Modal } from '../components/Modal';
import { useT } from '../i18n';
import { formatDateTime } from '../lib/format';
import { useQuery } from '../lib/useQuery';
import { toShownError } from '../stores/errors';
import { useDataVersion } from './data';
import { kindOfTab, readSettings } from './model';
import { currentSettings, useAnalysisStore } from './store';

type SavedList = Awaited<ReturnType<(typeof api)['analysis.saved']>>;

function useSaved() {
  const version = useDataVersion();
  const [tick, setTick] = useState(0);
  const query = useQuery(['analysis.saved', version, tick], () => api['analysis.saved']({}), {
    keepPrevious: true,
  });
  return { ...query, refresh: () => setTick((n) => n + 1) };
}

/**
 * Saving the analysis on screen (every setting of every tab and the filters) under a name, and the list of
 * saved analyses to reopen exactly as they were, or delete.
 */
export function SavedAnalyses() {
  const t = useT();
  const saved = useSaved();
  const [saving, setSaving] = useState(false);
  const list = saved.data ?? [];
  return (
    <>
      <button
        type="button"
        className="btn primary"
        data-testid="save-analysis"
        onClick={() => setSaving(true)}
      >
        {t('an.saved.save')}
      </button>
      <SavedList list={list} onChanged={saved.refresh} />
      {saving ? (
        <SaveDialog
          onClose={() => setSaving(false)}
          onSaved={() => {
            setSaving(false);
            saved.refresh();
          }}
        />
      ) : null}
    </>
  );
}

function SavedList({ list, onChanged }: { list: SavedList; onChanged: () => void }) {
  const t = useT();
  const restore = useAnalysisStore((s) => s.restore);
  const savedId = useAnalysisStore((s) => s.savedId);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDetailsElement>(null);

  // A click elsewhere closes the list, like a menu.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  return (
    <details
      ref={ref}
      className="an-saved"
      data-testid="saved-analyses"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          ref.current?.querySelector('summary')?.focus();
        }
      }}
    >
      <summary className="btn">
        {t('an.saved.list')} ({list.length})
      </summary>
      <div className="an-saved-pop">
        {error ? (
          <p className="inline-error" role="alert">
            {error}
          </p>
        ) : null}
        {list.length === 0 ? (
          <p className="muted small">{t('an.saved.none')}</p>
        ) : (
          <ul>
            {list.map((item) => (
              <li
                key={item.id}
                data-testid="saved-analysis"
                data-name={item.name}
                className={item.id === savedId ? 'current' : undefined}
              >
                <div className="an-saved-name">
                  <strong>{item.name}</strong>
                  <span className="muted small">
                    {t(`an.kind.${kindOf(item.kind)}`)} · {formatDateTime(t.lang, item.updatedAt)}
                  </span>
                </div>
                <div className="an-saved-actions">
                  <button
                    type="button"
                    className="btn small-btn"
                    data-testid="saved-open"
                    onClick={() => {
                      restore(readSettings(item.settings), { id: item.id, name: item.name });
                      setOpen(false);
                    }}
                  >
                    {t('an.saved.open')}
                  </button>
                  {confirming === item.id ? (
                    <button
                      type="button"
                      className="btn small-btn an-danger"
                      data-testid="saved-delete-confirm"
                      onClick={async () => {
                        setError(null);
                        try {
                          await api['analysis.deleteSaved']({ id: item.id });
                          if (useAnalysisStore.getState().savedId === item.id)
                            useAnalysisStore.getState().markSaved(null);
                          setConfirming(null);
                          onChanged();
                        } catch (e) {
                          setError(toShownError(e).message);
                        }
                      }}
                    >
                      {t('an.saved.confirmDelete')}
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="btn ghost small-btn"
                      data-testid="saved-delete"
                      aria-label={t('an.saved.deleteNamed', { name: item.name })}
                      onClick={() => setConfirming(item.id)}
                    >
                      {t('an.saved.delete')}
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}

function kindOf(kind: string): 'matrix' | 'cooccurrence' | 'frequencies' {
  return kind === 'cooccurrence' || kind === 'frequencies' ? kind : 'matrix';
}

function SaveDialog({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const tab = useAnalysisStore((s) => s.tab);
  const savedId = useAnalysisStore((s) => s.savedId);
  const savedName = useAnalysisStore((s) => s.savedName);
  const [name, setName] = useState(savedName || t(`an.tab.${tab}`));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const kind = kindOfTab(tab);
  const overwrite = !!savedId && name.trim() === savedName;

  const submit = async () => {
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t('an.saved.nameRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const settings = currentSettings();
      const { id } = await api['analysis.save']({
        ...(overwrite && savedId ? { id: savedId } : {}),
        name: trimmed,
        kind,
        settings: settings as unknown as Record<string, unknown>,
      });
      useAnalysisStore.getState().markSaved({ id, name: trimmed });
      onSaved();
    } catch (e) {
      setError(toShownError(e).message);
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('an.saved.dialogTitle')}
      onClose={onClose}
      testId="save-analysis-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('an.saved.cancel')}
          </button>
          <button
            type="submit"
            form="an-save-form"
            className="btn primary"
            disabled={busy}
            data-testid="save-analysis-confirm"
          >
            {overwrite ? t('an.saved.update') : t('an.saved.saveNew')}
          </button>
        </>
      }
    >
      <form
        id="an-save-form"
        className="cb-field"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label htmlFor="an-save-name">{t('an.saved.name')}</label>
        <input
          id="an-save-name"
          type="text"
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          data-testid="save-analysis-name"
          data-autofocus
        />
      </form>
      <p className="muted small">{t('an.saved.what', { kind: t(`an.kind.${kind}`) })}</p>
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
    </Modal>
  );
}
