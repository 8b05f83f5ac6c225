import type { ReactNode } from 'react';
import { Modal } from '../components/Modal';

/**
 * The privacy dialogs that run an irreversible action (restoring a backup, erasing a person): Escape and
 * Cancel cannot leave while it runs, and its failure shows inside the dialog, above which nothing else is
 * visible.
 */
export function PrivacyModal({
  title,
  testId,
  working,
  onClose,
  cancelLabel,
  action,
  problem,
  children,
}: {
  title: string;
  testId: string;
  working: boolean;
  onClose: () => void;
  cancelLabel: string;
  /** The dialog's own action button, after Cancel. */
  action: ReactNode;
  problem: string | null;
  children: ReactNode;
}) {
  return (
    <Modal
      title={title}
      onClose={() => (working ? undefined : onClose())}
      testId={testId}
      className="privacy-dialog"
      footer={
        <>
          <button type="button" className="btn" disabled={working} onClick={onClose}>
            {cancelLabel}
          </button>
          {action}
        </>
      }
    >
      {children}
      {problem ? (
        <p role="alert" className="field-error">
          {problem}
        </p>
      ) : null}
    </Modal>
  );
}
