import type { ReactNode } from 'react';
import { Dialog } from '../workbench/Dialog';
import { FormActions, FormError } from './FormParts';

/**
 * A dialog that is one form: Enter submits it, the browser's own validation bubbles stay off (the form says
 * what is wrong in its own words), and the dialog cannot be dismissed while it saves. The submit button's
 * test id is the dialog's with `-submit`.
 */
export function FormDialog({
  title,
  onClose,
  className,
  testId,
  busy,
  error,
  submitLabel,
  onSubmit,
  children,
}: {
  title: string;
  onClose: () => void;
  className: string;
  testId: string;
  busy: boolean;
  error: string | null;
  submitLabel: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <Dialog title={title} onClose={onClose} className={className} testId={testId} dismissable={!busy}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        {children}
        <FormError error={error} />
        <FormActions onCancel={onClose} busy={busy}>
          <button type="submit" className="btn primary" disabled={busy} data-testid={`${testId}-submit`}>
            {submitLabel}
          </button>
        </FormActions>
      </form>
    </Dialog>
  );
}
