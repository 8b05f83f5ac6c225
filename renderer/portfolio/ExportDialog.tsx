import { useId, useState } from 'react';
import { PORTFOLIO_ENTITIES, type PortfolioEntity } from '../../shared/portfolio-fields';
import { api } from '../api';
import { useT } from '../i18n';
import { toShownError } from '../stores/errors';
import { Dialog } from '../workbench/Dialog';
import { FormError, RadioOption } from '../components/FormParts';
import { downloadBase64 } from './download';

/** "Exporter": the whole portfolio as one workbook (a sheet per kind of row), or one kind as CSV. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ids = useId();
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx');
  const [entity, setEntity] = useState<PortfolioEntity>('projects');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const file = await api['portfolio.export']({ format, ...(format === 'csv' ? { entity } : {}) });
      downloadBase64(file.fileName, file.contentBase64);
      setDone(file.fileName);
    } catch (err) {
      setError(toShownError(err).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('pf.export.title')}
      onClose={onClose}
      className="small-dialog"
      testId="portfolio-export-dialog"
    >
      <div className="form-grid">
        <fieldset className="radio-group pf-stack">
          <legend className="filter-label">{t('pf.export.format')}</legend>
          <RadioOption
            name={`${ids}-format`}
            checked={format === 'xlsx'}
            onChange={() => setFormat('xlsx')}
            testId="portfolio-export-xlsx"
          >
            {t('pf.export.xlsx')}
          </RadioOption>
          <RadioOption
            name={`${ids}-format`}
            checked={format === 'csv'}
            onChange={() => setFormat('csv')}
            testId="portfolio-export-csv"
          >
            {t('pf.export.csv')}
          </RadioOption>
        </fieldset>
        {format === 'csv' ? (
          <label className="form-field">
            <span>{t('pf.export.entity')}</span>
            <select
              value={entity}
              onChange={(e) => setEntity(e.target.value as PortfolioEntity)}
              data-testid="portfolio-export-entity"
            >
              {PORTFOLIO_ENTITIES.map((e) => (
                <option key={e} value={e}>
                  {t(`pf.entity.${e}`)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {done ? (
          <p className="success-note" role="status">
            {t('pf.export.done', { name: done })}
          </p>
        ) : null}
        <FormError error={error} />
      </div>
      <div className="form-actions">
        <button type="button" className="btn" onClick={onClose}>
          {done ? t('common.close') : t('pf.cancel')}
        </button>
        <button
          type="button"
          className="btn primary"
          disabled={busy}
          onClick={() => void run()}
          data-testid="portfolio-export-submit"
        >
          {busy ? t('pf.export.busy') : t('pf.export.submit')}
        </button>
      </div>
    </Dialog>
  );
}
