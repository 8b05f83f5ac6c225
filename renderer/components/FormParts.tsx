import type { ReactNode } from 'react';
import { useT } from '../i18n';

/**
 * A labelled field as the forms' styles expect it: the whole label is clickable, and `htmlFor` ties it to the
 * control even when the control is a custom one that renders its own wrapper.
 */
export function FormField({
  id,
  label,
  required = false,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  /** Marks the label with the asterisk the forms use for a field that cannot stay empty. */
  required?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <label className={className ? `form-field ${className}` : 'form-field'} htmlFor={id}>
      <span>
        {label}
        {required ? (
          <>
            {' '}
            <abbr title={t('pf.required')}>*</abbr>
          </>
        ) : null}
      </span>
      {children}
    </label>
  );
}

/** A form's failure, announced as soon as it appears; nothing at all while there is none. */
export function FormError({ error }: { error: string | null }) {
  return error ? (
    <p className="form-error" role="alert">
      {error}
    </p>
  ) : null;
}

/**
 * Cancel, then the form's own primary button. Cancel is disabled while work runs so that it cannot be
 * abandoned half way.
 */
export function FormActions({
  onCancel,
  busy,
  cancelLabel,
  className = 'form-actions',
  children,
}: {
  onCancel: () => void;
  busy: boolean;
  cancelLabel?: string;
  className?: string;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div className={className}>
      <button type="button" className="btn" onClick={onCancel} disabled={busy}>
        {cancelLabel ?? t('pf.cancel')}
      </button>
      {children}
    </div>
  );
}

/** One choice of a radio group, its text after the button as the group's styles lay it out. */
export function RadioOption({
  name,
  checked,
  onChange,
  testId,
  children,
}: {
  name: string;
  checked: boolean;
  onChange: () => void;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <label className="radio">
      <input type="radio" name={name} checked={checked} onChange={onChange} data-testid={testId} />
      {children}
    </label>
  );
}

/** One control of a list's filter bar, its small label above it. */
export function FilterField({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <label className="field">
      <span className="filter-label">{label}</span>
      {children}
    </label>
  );
}
