import { useT } from '../i18n';

/**
 * The pair that ends each partner, site and observation: a visible "Modifier" and a bare ×, both named after
 * the row for screen readers, since the list shows many of them at once.
 */
export function EditRemoveButtons({
  editLabel,
  removeLabel,
  editDisabled,
  removeDisabled,
  onEdit,
  onRemove,
  removeTestId,
}: {
  editLabel: string;
  removeLabel: string;
  editDisabled: boolean;
  removeDisabled?: boolean;
  onEdit: () => void;
  onRemove: () => void;
  removeTestId?: string;
}) {
  const t = useT();
  return (
    <>
      <button
        type="button"
        className="btn ghost small-btn"
        disabled={editDisabled}
        aria-label={editLabel}
        onClick={onEdit}
      >
        {t('pf.edit')}
      </button>
      <button
        type="button"
        className="icon-button"
        disabled={removeDisabled}
        aria-label={removeLabel}
        title={removeLabel}
        data-testid={removeTestId}
        onClick={onRemove}
      >
        ×
      </button>
    </>
  );
}
