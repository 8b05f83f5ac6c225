import { useId, useState, type FormEvent } from 'react';
import { Modal } from '../components/Modal';
import { useT } from '../i18n';
import { useWorkspaceStore } from '../stores/workspace';

/** How many passphrases the user may try before the dialog gives up (SECURITY.md: three tries). */
export const UNLOCK_TRIES = 3;

function fileName(path: string): string {
  return (
    path
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.terrain$/i, '') ?? path
  );
}

/**
 * Asks for the passphrase of an encrypted workspace the user tried to open, and opens it with it. A wrong
 * passphrase says so; after three wrong tries the dialog gives up (the workspace stays closed).
 */
export function UnlockDialog({
  path,
  onOpened,
  onClose,
}: {
  path: string;
  onOpened: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const openWith = useWorkspaceStore((s) => s.openWith);
  const busy = useWorkspaceStore((s) => s.busy);
  const [value, setValue] = useState('');
  const [tries, setTries] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  const gaveUp = tries >= UNLOCK_TRIES;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (gaveUp || busy) return;
    if (!value) return setMessage(t('unlock.required'));
    const outcome = await openWith(path, value);
    if (outcome === 'opened') return onOpened();
    if (outcome === 'failed') return onClose(); // reported in the error banner (missing file, lock…)
    const used = tries + 1;
    setTries(used);
    setValue('');
    setMessage(used >= UNLOCK_TRIES ? t('unlock.gaveUp') : t('unlock.wrong', { left: UNLOCK_TRIES - used }));
  };

  return (
    <Modal
      title={t('unlock.title')}
      onClose={onClose}
      testId="passphrase-dialog"
      className="privacy-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {gaveUp ? t('common.close') : t('unlock.cancel')}
          </button>
          <button
            type="submit"
            form={`${inputId}-form`}
            className="btn primary"
            disabled={busy || gaveUp}
            data-testid="passphrase-submit"
          >
            {busy ? t('unlock.busy') : t('unlock.submit')}
          </button>
        </>
      }
    >
      <form id={`${inputId}-form`} className="privacy-form" onSubmit={(e) => void submit(e)}>
        <p>{t('unlock.body', { name: fileName(path) })}</p>
        <p className="ws-path small">{path}</p>
        <label htmlFor={inputId}>{t('unlock.label')}</label>
        <input
          id={inputId}
          type="password"
          autoComplete="current-password"
          value={value}
          disabled={gaveUp}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? errorId : undefined}
          data-autofocus
          data-testid="passphrase-input"
        />
        {message ? (
          <p id={errorId} role="alert" className="field-error" data-testid="passphrase-error">
            {message}
          </p>
        ) : null}
      </form>
    </Modal>
  );
}
