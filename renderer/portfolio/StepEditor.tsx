import { useState } from 'react';
import { STEP_STATUSES, type ProjectStep, type StepStatus } from '../../shared/domain';
import { api } from '../api';
import { useT } from '../i18n';
import { PresentableTextarea } from '../privacy/Presentation';
import { toShownError } from '../stores/errors';
import { write } from './data';
import { FormError } from '../components/FormParts';

/**
 * One deployment step of a project: its status is saved as soon as it is chosen (the common case: marking a
 * step done); its dates and note are saved with the button.
 */
export function StepEditor({
  id,
  projectId,
  stepKey,
  label,
  step,
  onClose,
}: {
  id: string;
  projectId: string;
  stepKey: string;
  label: string;
  step: ProjectStep | undefined;
  onClose: () => void;
}) {
  const t = useT();
  const [startDate, setStartDate] = useState(step?.startDate ?? '');
  const [endDate, setEndDate] = useState(step?.endDate ?? '');
  const [note, setNote] = useState(step?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const status: StepStatus = step?.status ?? 'not-started';

  const save = async (fields: {
    status: StepStatus;
    startDate?: string | null;
    endDate?: string | null;
    note?: string | null;
  }) => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await write(() => api['projects.setStep']({ projectId, stepKey, ...fields }));
      setSaved(true);
    } catch (err) {
      setError(toShownError(err).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className="pf-step-editor"
      id={id}
      role="group"
      aria-label={t('pf.steps.editorLabel', { step: label })}
      data-testid="step-editor"
    >
      <div className="pf-step-editor-head">
        <h3>{label}</h3>
        <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <div className="pf-step-fields">
        <label className="form-field">
          <span>{t('project.status')}</span>
          <select
            value={status}
            disabled={busy}
            data-testid="step-status"
            onChange={(e) => void save({ status: e.target.value as StepStatus })}
          >
            {STEP_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`stepStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="form-field">
          <span>{t('pf.form.startDate')}</span>
          <input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
        </label>
        <label className="form-field">
          <span>{t('pf.form.endDate')}</span>
          <input type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} />
        </label>
        <label className="form-field pf-grow">
          <span>{t('pf.steps.note')}</span>
          <PresentableTextarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      <div className="pf-inline-actions">
        <span className="muted small" role="status">
          {saved ? t('pf.steps.saved') : ''}
        </span>
        <button
          type="button"
          className="btn"
          disabled={busy}
          data-testid="step-save"
          onClick={() => {
            if (startDate && endDate && endDate < startDate) return setError(t('pf.form.datesInvalid'));
            void save({
              status,
              startDate: startDate || null,
              endDate: endDate || null,
              note: note.trim() || null,
            });
          }}
        >
          {t('pf.steps.saveDetails')}
        </button>
      </div>
      <FormError error={error} />
    </div>
  );
}
