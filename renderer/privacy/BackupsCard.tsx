import { useId, useState, type FormEvent } from 'react';
import type { BackupInfo } from '../../shared/api/workspace';
import { TerrainError } from '../../shared/errors';
import type { MessageKey } from '../../shared/i18n';
import { api } from '../api';
import { PrivacyModal } from './PrivacyModal';
import { Loading, LoadFailed } from '../components/States';
import { useT, type T } from '../i18n';
import { formatBytes, formatDateTime } from '../lib/format';
import { useQuery } from '../lib/useQuery';
import { reportError } from '../stores/errors';
import { useWorkspaceStore } from '../stores/workspace';

const KNOWN_REASONS = new Set([
  'open',
  'auto',
  'manual',
  'migration',
  'before-restore',
  'before-passphrase',
  'before-erasure',
  'bulk',
]);

function reasonLabel(t: T, reason: string): string {
  return KNOWN_REASONS.has(reason) ? t(`backups.reason.${reason}` as MessageKey) : reason;
}

/** Settings card: the workspace's backups, a manual backup, restoring one, and how many are kept. */
export function BackupsCard() {
  const t = useT();
  const version = useWorkspaceStore((s) => s.version);
  const readOnly = useWorkspaceStore((s) => s.info?.readOnly ?? false);
  const replaced = useWorkspaceStore((s) => s.replaced);
  const listing = useQuery(['backup.list', version], () => api['backup.list']({}), { keepPrevious: true });
  const [status, setStatus] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [keep, setKeep] = useState<string | null>(null);
  const [interval, setIntervalValue] = useState<string | null>(null);
  const ids = { keep: useId(), interval: useId() };
  const data = listing.data;

  // Drafts of the settings form: null shows the value the workspace holds.
  const keepValue = keep ?? (data ? String(data.keep) : '');
  const intervalValue = interval ?? (data ? String(data.intervalMinutes) : '');

  const createNow = async () => {
    setCreating(true);
    try {
      await api['backup.create']({});
      setStatus(t('backups.created'));
      listing.reload();
    } catch (err) {
      reportError(err);
    } finally {
      setCreating(false);
    }
  };

  const saveSettings = async (e: FormEvent) => {
    e.preventDefault();
    const k = Number.parseInt(keepValue, 10);
    const i = Number.parseInt(intervalValue, 10);
    try {
      await api['backup.setSettings']({
        ...(Number.isFinite(k) ? { keep: k } : {}),
        ...(Number.isFinite(i) ? { intervalMinutes: i } : {}),
      });
      setKeep(null);
      setIntervalValue(null);
      setStatus(t('backups.settingsSaved'));
      listing.reload();
    } catch (err) {
      reportError(err);
    }
  };

  return (
    <section className="card privacy-card" aria-labelledby="st-backups" data-testid="backups-card">
      <h2 id="st-backups">{t('backups.title')}</h2>
      <p className="muted small">{t('backups.help')}</p>
      {data?.folder ? (
        <p className="small">
          <span className="muted">{t('backups.folder')} : </span>
          <code className="path">{data.folder}</code>
        </p>
      ) : null}
      {data?.lastError ? (
        <p className="privacy-warning" role="alert" data-testid="backups-last-error">
          {t('backups.lastError', { error: data.lastError })}
        </p>
      ) : null}
      {status ? (
        <p role="status" className="small" data-testid="backups-status">
          {status}
        </p>
      ) : null}
      <div className="privacy-actions">
        <button
          type="button"
          className="btn primary"
          disabled={creating || readOnly}
          onClick={() => void createNow()}
          data-testid="backup-create"
        >
          {creating ? t('backups.creating') : t('backups.create')}
        </button>
      </div>
      {data ? (
        data.backups.length === 0 ? (
          <p className="muted">{t('backups.empty')}</p>
        ) : (
          <div className="privacy-table-wrap">
            <table className="data-table privacy-table">
              <thead>
                <tr>
                  <th scope="col">{t('backups.date')}</th>
                  <th scope="col">{t('backups.reason')}</th>
                  <th scope="col" className="num">
                    {t('backups.size')}
                  </th>
                  <th scope="col">
                    <span className="sr-only">{t('backups.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.backups.map((b) => (
                  <tr key={b.name} data-testid="backup-row" title={b.path}>
                    <td>{formatDateTime(t.lang, b.createdAt)}</td>
                    <td>{reasonLabel(t, b.reason)}</td>
                    <td className="num">{formatBytes(t.lang, b.sizeBytes)}</td>
                    <td>
                      <button
                        type="button"
                        className="btn"
                        disabled={readOnly}
                        aria-label={t('backups.restoreItem', { date: formatDateTime(t.lang, b.createdAt) })}
                        onClick={() => setRestoring(b)}
                        data-testid="backup-restore"
                      >
                        {t('backups.restore')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : listing.error ? (
        <LoadFailed onRetry={listing.reload} />
      ) : (
        <Loading lines={2} />
      )}
      {data ? (
        <form className="privacy-settings" onSubmit={(e) => void saveSettings(e)}>
          <div className="privacy-field">
            <label htmlFor={ids.keep}>{t('backups.keep')}</label>
            <input
              id={ids.keep}
              type="number"
              min={1}
              max={1000}
              value={keepValue}
              onChange={(e) => setKeep(e.target.value)}
              data-testid="backup-keep"
            />
          </div>
          <div className="privacy-field">
            <label htmlFor={ids.interval}>{t('backups.interval')}</label>
            <input
              id={ids.interval}
              type="number"
              min={1}
              max={1440}
              value={intervalValue}
              onChange={(e) => setIntervalValue(e.target.value)}
              data-testid="backup-interval"
            />
          </div>
          <button type="submit" className="btn" disabled={readOnly} data-testid="backup-settings-save">
            {t('backups.saveSettings')}
          </button>
        </form>
      ) : null}
      {restoring ? (
        <RestoreDialog
          backup={restoring}
          onClose={() => setRestoring(null)}
          onRestored={(workspace) => {
            setRestoring(null);
            setStatus(t('backups.restored', { date: formatDateTime(t.lang, restoring.createdAt) }));
            replaced(workspace);
          }}
        />
      ) : null}
    </section>
  );
}

function RestoreDialog({
  backup,
  onClose,
  onRestored,
}: {
  backup: BackupInfo;
  onClose: () => void;
  onRestored: (workspace: Awaited<ReturnType<(typeof api)['backup.restore']>>['workspace']) => void;
}) {
  const t = useT();
  const [working, setWorking] = useState(false);
  const [needsPassphrase, setNeedsPassphrase] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();

  const restore = async () => {
    setWorking(true);
    setProblem(null);
    try {
      const result = await api['backup.restore'](
        needsPassphrase && passphrase ? { name: backup.name, passphrase } : { name: backup.name },
      );
      onRestored(result.workspace);
    } catch (err) {
      if (
        err instanceof TerrainError &&
        (err.reason === 'wrong_passphrase' || err.reason === 'passphrase_required')
      ) {
        if (needsPassphrase) setProblem(err.message);
        setNeedsPassphrase(true);
      } else {
        setProblem(err instanceof Error ? err.message : String(err));
      }
      setWorking(false);
    }
  };

  return (
    <PrivacyModal
      title={t('backups.restoreTitle')}
      testId="backup-restore-dialog"
      working={working}
      onClose={onClose}
      cancelLabel={t('protection.cancel')}
      problem={problem}
      action={
        <button
          type="button"
          className="btn primary"
          disabled={working}
          onClick={() => void restore()}
          data-testid="backup-restore-confirm"
          data-autofocus
        >
          {working ? t('backups.restoring') : t('backups.restoreConfirm')}
        </button>
      }
    >
      <p>{t('backups.restoreBody', { date: formatDateTime(t.lang, backup.createdAt) })}</p>
      <p className="muted small">
        {reasonLabel(t, backup.reason)} · {formatBytes(t.lang, backup.sizeBytes)}
      </p>
      {needsPassphrase ? (
        <div className="privacy-field">
          <p className="small">{t('backups.restorePassphrase')}</p>
          <label htmlFor={inputId}>{t('unlock.label')}</label>
          <input
            id={inputId}
            type="password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            data-testid="backup-restore-passphrase"
          />
        </div>
      ) : null}
    </PrivacyModal>
  );
}
