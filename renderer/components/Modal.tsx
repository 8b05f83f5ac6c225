import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../i18n';

/**
 * A modal dialog on the native <dialog> element (codebook and search dialogs): the browser traps focus,
 * makes the page behind inert and closes it on Escape. Mount it to open it; focus goes to the element marked
 * `data-autofocus` (else the first field, else the first footer button) and returns where it was on close.
 * The page's error toasts are behind a modal, so a dialog shows its own failures inline.
 */
export function Modal({
  title,
  onClose,
  children,
  footer,
  testId,
  className,
  describedBy,
}: {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  testId?: string;
  className?: string;
  describedBy?: string;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>('.modal-body input, .modal-body select, .modal-body textarea') ??
      dialog.querySelector<HTMLElement>('.modal-footer button:not([disabled])');
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (previous?.isConnected) previous.focus({ preventScroll: true });
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`modal${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      data-testid={testId}
      onCancel={(e) => {
        // Escape: let React unmount the dialog rather than the browser closing it under React's feet.
        e.preventDefault();
        onCloseRef.current();
      }}
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onCloseRef.current(); // a press on the backdrop
      }}
    >
      <div className="modal-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('common.close')}>
          ×
        </button>
      </div>
      <div className="modal-body">{children}</div>
      {footer ? <div className="modal-footer">{footer}</div> : null}
    </dialog>
  );
}
