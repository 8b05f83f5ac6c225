import { useState } from 'react';
import type { TrashItem } from '../../shared/api';
import { api } from '../api';
import { Loading, LoadFailed } from '../components/States';
import { useT } from '../i18n';
import { usePresentationText } from '../privacy/presentation';
import { formatDateTime } from '../lib/format';
import { useQuery } from '../lib/useQuery';
import { reportError } from '../stores/errors';
import { useHistoryStore } from '../stores/history';
import { useWorkspaceStore } from '../stores/workspace';

/** Everything deleted, newest first, each restorable (restoring is itself an undoable action). */
export function TrashPanel() {
  const t = useT();
  const present = usePresentationText();
  const version = useWorkspaceStore((s) => s.version);
  const historyVersion = useHistoryStore((s) => s.version);
  const trash = useQuery(['trash.list', version, historyVersion], () => api['trash.list']({}), {
    keepPrevious: true,
  });
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const restore = async (item: TrashItem) => {
    setBusy(item.id);
    try {
      await api['trash.restore']({ kind: item.kind, id: item.id });
      setMessage(t('trash.restored', { label: present(item.label) }));
      trash.reload();
      void useHistoryStore.getState().refresh();
    } catch (err) {
      reportError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card" aria-labelledby="st-trash" data-testid="trash">
      <h2 id="st-trash">{t('trash.title')}</h2>
      <p className="muted small">{t('trash.help')}</p>
      {message ? (
        <p role="status" className="small">
          {message}
        </p>
      ) : null}
      {trash.data ? (
        trash.data.length === 0 ? (
          <p className="muted">{t('trash.empty')}</p>
        ) : (
          <ul className="trash-list">
            {trash.data.map((item) => (
              <li key={`${item.kind}:${item.id}`} className="trash-item" data-testid="trash-item">
                <span className="chip">{t(`trash.kind.${item.kind}`)}</span>
                <span className="trash-label">{present(item.label)}</span>
                <span className="muted small">
                  {t('trash.deletedAt', { date: formatDateTime(t.lang, item.deletedAt) })}
                </span>
                <button
                  type="button"
                  className="btn"
                  disabled={busy !== null}
                  aria-label={t('trash.restoreItem', { label: present(item.label) })}
                  onClick={() => void restore(item)}
                  data-testid="trash-restore"
                >
                  {t('trash.restore')}
                </button>
              </li>
            ))}
          </ul>
        )
      ) : trash.error ? (
        <LoadFailed onRetry={trash.reload} />
      ) : (
        <Loading lines={2} />
      )}
    </section>
  );
}
