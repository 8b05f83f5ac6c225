import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n';

/**
 * The workbench's modal dialog, on the native <dialog> element: focus moves into it and stays there, Escape closes it, the
 * rest of the page is inert. Mount it to open it; unmount (or onClose) to close it.
 */
export function Dialog({
  title,
  onClose,
  children,
  className,
  testId,
  closeLabel,
  hideTitle = false,
  dismissable = true,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  testId?: string;
  closeLabel?: string;
  hideTitle?: boolean;
  /** False while work runs that must not be abandoned by a stray Escape (the Cancel button stays). */
  dismissable?: boolean;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });
  const dismissableRef = useRef(dismissable);
  useEffect(() => {
    dismissableRef.current = dismissable;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // showModal focuses the first focusable element (the × of the title bar); the dialog's field comes first.
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>(
        'input:not([type="hidden"]):not([type="file"]):not([disabled]), textarea, select',
      ) ??
      dialog.querySelector<HTMLElement>('button:not(.wb-dialog-close):not([disabled])');
    first?.focus();
    const onCancel = (e: Event) => {
      e.preventDefault();
      if (dismissableRef.current) onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`wb-dialog${className ? ` ${className}` : ''}`}
      aria-label={title}
      data-testid={testId}
      onMouseDown={(e) => {
        // a press on the backdrop (the dialog element itself, outside its box) closes it
        if (e.target !== ref.current || !dismissableRef.current) return;
        const r = ref.current.getBoundingClientRect();
        const inside =
          e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
        if (!inside) onCloseRef.current();
      }}
    >
      <div className="wb-dialog-head">
        <h2 className={hideTitle ? 'sr-only' : undefined}>{title}</h2>
        {dismissable ? (
          <button
            type="button"
            className="icon-button wb-dialog-close"
            onClick={() => onCloseRef.current()}
            aria-label={closeLabel ?? t('common.close')}
          >
            ×
          </button>
        ) : null}
      </div>
      {children}
    </dialog>
  );
}
