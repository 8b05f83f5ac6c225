import { useId, useState, type FormEvent } from 'react';
import type { PassphraseResult } from '../../shared/api/workspace';
import { api } from '../api';
import { useT } from '../i18n';
import { useWorkspaceStore } from '../stores/workspace';
import { newPassphraseProblem } from './rules';

type Mode = 'set' | 'change' | 'remove';

/** Settings card: is the workspace encrypted, and set / change / remove its passphrase. */
export function ProtectionCard() {
  const t = useT();
  const info = useWorkspaceStore((s) => s.info);
  const replaced = useWorkspaceStore((s) => s.replaced);
  const [mode, setMode] = useState<Mode | null>(null);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const ids = { current: useId(), next: useId(), confirm: useId(), problem: useId(), warn: useId() };
  if (!info) return null;
  const encrypted = info.encrypted;

  const start = (m: Mode) => {
    setMode(m);
    setCurrent('');
    setNext('');
    setConfirm('');
    setProblem(null);
    setStatus(null);
  };

  const summary = (r: PassphraseResult, done: string) =>
    [
      done,
      r.backupsRekeyed ? t.count('protection.rekeyed', r.backupsRekeyed) : '',
      r.backupsSkipped ? t.count('protection.skipped', r.backupsSkipped) : '',
    ]
      .filter(Boolean)
      .join(' ');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!mode || working) return;
    if (mode !== 'set' && !current) return setProblem(t('unlock.required'));
    if (mode !== 'remove') {
      const p = newPassphraseProblem(next, confirm);
      if (p) return setProblem(t(`protection.${p}`));
    }
    setProblem(null);
    setWorking(true);
    try {
      const result =
        mode === 'set'
          ? await api['passphrase.set']({ passphrase: next })
          : mode === 'change'
            ? await api['passphrase.change']({ current, next })
            : await api['passphrase.remove']({ current });
      const fresh = await api['workspace.current']({});
      replaced(fresh);
      setMode(null);
      setStatus(
        summary(
          result,
          t(
            mode === 'set'
              ? 'protection.doneSet'
              : mode === 'change'
                ? 'protection.doneChange'
                : 'protection.doneRemove',
          ),
        ),
      );
    } catch (err) {
      // The API's own sentence (French), e.g. "La phrase de passe actuelle est incorrecte".
      setProblem(err instanceof Error ? err.message : String(err));
    } finally {
      setWorking(false);
      setCurrent('');
    }
  };

  const field = (
    id: string,
    label: string,
    value: string,
    onChange: (v: string) => void,
    testId: string,
    auto: string,
  ) => (
    <div className="privacy-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete={auto}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={problem ? ids.problem : undefined}
        data-testid={testId}
      />
    </div>
  );

  return (
    <section className="card privacy-card" aria-labelledby="st-protection" data-testid="protection-card">
      <h2 id="st-protection">{t('protection.title')}</h2>
      <p className="muted small">{t('protection.help')}</p>
      <p className="privacy-status">
        <span className="muted">{t('protection.status')} : </span>
        <span
          className={`chip ${encrypted ? 'privacy-on' : 'privacy-off'}`}
          data-testid="encrypted-status"
          data-encrypted={encrypted ? 'true' : 'false'}
        >
          {encrypted ? t('protection.encrypted') : t('protection.notEncrypted')}
        </span>
      </p>
      {status ? (
        <p role="status" className="small" data-testid="protection-status">
          {status}
        </p>
      ) : null}
      {info.readOnly ? (
        <p className="muted small">{t('protection.readOnly')}</p>
      ) : mode === null ? (
        <div className="privacy-actions">
          {encrypted ? (
            <>
              <button
                type="button"
                className="btn"
                onClick={() => start('change')}
                data-testid="passphrase-change-open"
              >
                {t('protection.change')}
              </button>
              <button
                type="button"
                className="btn danger-outline"
                onClick={() => start('remove')}
                data-testid="passphrase-remove-open"
              >
                {t('protection.remove')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="btn primary"
              onClick={() => start('set')}
              data-testid="passphrase-set-open"
            >
              {t('protection.set')}
            </button>
          )}
        </div>
      ) : (
        <form className="privacy-form" onSubmit={(e) => void submit(e)} aria-describedby={ids.warn}>
          {mode !== 'remove' ? (
            <p id={ids.warn} className="privacy-warning" role="note">
              {t('protection.warning')}
            </p>
          ) : (
            <p id={ids.warn} className="privacy-warning" role="note">
              {t('protection.removeWarning')}
            </p>
          )}
          {mode !== 'set'
            ? field(
                ids.current,
                t('protection.current'),
                current,
                setCurrent,
                'passphrase-current',
                'current-password',
              )
            : null}
          {mode !== 'remove' ? (
            <>
              {field(ids.next, t('protection.new'), next, setNext, 'passphrase-new', 'new-password')}
              {field(
                ids.confirm,
                t('protection.confirm'),
                confirm,
                setConfirm,
                'passphrase-confirm',
                'new-password',
              )}
            </>
          ) : null}
          {problem ? (
            <p id={ids.problem} role="alert" className="field-error" data-testid="passphrase-problem">
              {problem}
            </p>
          ) : null}
          <div className="privacy-actions">
            <button
              type="submit"
              className={`btn ${mode === 'remove' ? 'danger' : 'primary'}`}
              disabled={working}
              data-testid="passphrase-save"
            >
              {working
                ? t('protection.working')
                : t(
                    mode === 'set'
                      ? 'protection.save'
                      : mode === 'change'
                        ? 'protection.saveChange'
                        : 'protection.saveRemove',
                  )}
            </button>
            <button type="button" className="btn" disabled={working} onClick={() => setMode(null)}>
              {t('protection.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
