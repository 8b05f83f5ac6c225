import { useState, type ReactNode } from 'react';
import { useT } from '../i18n';
import { toShownError } from '../stores/errors';
import { Dialog } from '../workbench/Dialog';

/** Asks before an action (delete, merge…); shows the action's failure in the dialog itself. */
export function Confirm({
  title,
  children,
  confirmLabel,
  danger = false,
  onConfirm,
  onClose,
  testId,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  /** Runs the action; the dialog closes when it resolves. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
  testId?: string;
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog title={title} onClose={onClose} className="small-dialog" testId={testId} dismissable={!busy}>
      <div className="pf-confirm">{children}</div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="btn" onClick={onClose} disabled={busy}>
          {t('pf.cancel')}
        </button>
        <button
          type="button"
          className={`btn ${danger ? 'danger' : 'primary'}`}
          data-autofocus
          data-testid={testId ? `${testId}-confirm` : undefined}
          disabled={busy}
          onClick={() => {
            setBusy(true);
            setError(null);
            onConfirm().then(
              () => {
                setBusy(false);
                onClose();
              },
              (err: unknown) => {
                setBusy(false);
                setError(toShownError(err).message);
              },
            );
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
