import { useState, type ReactNode } from 'react';
import { toShownError } from '../stores/errors';
import { Dialog } from '../workbench/Dialog';
import { FormActions, FormError } from '../components/FormParts';

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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog title={title} onClose={onClose} className="small-dialog" testId={testId} dismissable={!busy}>
      <div className="pf-confirm">{children}</div>
      <FormError error={error} />
      <FormActions onCancel={onClose} busy={busy}>
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
      </FormActions>
    </Dialog>
  );
}
