import { useId, useRef, useState } from 'react';
import type { PortfolioImportPreview, PortfolioImportReport } from '../../shared/api/portfolio';
import { PORTFOLIO_ENTITIES, PORTFOLIO_FIELDS, type PortfolioEntity } from '../../shared/portfolio-fields';
import { api } from '../api';
import { useT } from '../i18n';
import { fileToBase64 } from '../lib/base64';
import { toShownError } from '../stores/errors';
import { Dialog } from '../workbench/Dialog';
import { write } from './data';
import { columnName, importableRows, missingRequired } from './spreadsheet';

/** 48 MiB of file: its base64 stays under the API's 64 MiB limit. */
const MAX_BYTES = 48 * 1024 * 1024;
const SAMPLE_ROWS = 5;

interface Chosen {
  fileName: string;
  contentBase64: string;
}

/**
 * "Importer un tableur": the user picks what the rows are (organisations, projects, partners) and a .xlsx or
 * .csv file; Terrain reads its header, guesses which column holds each field and shows what the import would
 * do, line by line, without writing anything. Each change of the mapping previews again. Then the import
 * writes the rows (one undoable action) and reports what it created, updated and refused.
 */
export function SpreadsheetImport({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ids = useId();
  const [entity, setEntity] = useState<PortfolioEntity>('projects');
  const [file, setFile] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<PortfolioImportPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, number | null>>({});
  const [report, setReport] = useState<PortfolioImportReport | null>(null);
  const [busy, setBusy] = useState<'read' | 'preview' | 'import' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const request = useRef(0);

  const runPreview = async (next: {
    entity: PortfolioEntity;
    file: Chosen;
    mapping?: Record<string, number | null>;
  }) => {
    const mine = ++request.current;
    setBusy('preview');
    setError(null);
    try {
      const answer = await api['portfolio.importPreview']({
        entity: next.entity,
        fileName: next.file.fileName,
        contentBase64: next.file.contentBase64,
        ...(next.mapping ? { mapping: next.mapping } : {}),
      });
      if (mine !== request.current) return; // a newer preview is on its way
      setPreview(answer);
      setMapping(answer.mapping);
    } catch (err) {
      if (mine === request.current) {
        setError(toShownError(err).message);
        setPreview(null);
      }
    } finally {
      if (mine === request.current) setBusy(null);
    }
  };

  const chooseFile = async (f: File | undefined) => {
    if (!f) return;
    setReport(null);
    if (!/\.(xlsx|csv)$/i.test(f.name)) return setError(t('pf.import.badType'));
    if (f.size > MAX_BYTES) return setError(t('pf.import.tooBig'));
    setBusy('read');
    try {
      const chosen = { fileName: f.name, contentBase64: await fileToBase64(f) };
      setFile(chosen);
      await runPreview({ entity, file: chosen });
    } catch (err) {
      setBusy(null);
      setError(toShownError(err).message);
    }
  };

  const runImport = async () => {
    if (!file) return;
    setBusy('import');
    setError(null);
    try {
      const answer = await write(() =>
        api['portfolio.import']({
          entity,
          fileName: file.fileName,
          contentBase64: file.contentBase64,
          mapping,
        }),
      );
      setReport(answer);
    } catch (err) {
      setError(toShownError(err).message);
    } finally {
      setBusy(null);
    }
  };

  const fields = PORTFOLIO_FIELDS[entity];
  const missing = preview ? missingRequired(entity, mapping) : [];
  const count = preview ? importableRows(preview.report) : 0;
  const fieldLabel = (f: (typeof fields)[number]) => (t.lang === 'en' ? f.labelEn : f.labelFr);

  return (
    <Dialog
      title={t('pf.import.title')}
      onClose={onClose}
      className="pf-import-dialog"
      testId="spreadsheet-import"
      dismissable={busy !== 'import'}
    >
      {report ? (
        <ImportReport
          report={report}
          onClose={onClose}
          onAgain={() => {
            setReport(null);
            setFile(null);
            setPreview(null);
          }}
        />
      ) : (
        <>
          <div className="pf-import-choose">
            <fieldset className="radio-group">
              <legend className="filter-label">{t('pf.import.entity')}</legend>
              {PORTFOLIO_ENTITIES.map((e) => (
                <label key={e} className="radio">
                  <input
                    type="radio"
                    name={`${ids}-entity`}
                    checked={entity === e}
                    disabled={!!busy}
                    data-testid={`spreadsheet-entity-${e}`}
                    onChange={() => {
                      setEntity(e);
                      setPreview(null);
                      if (file) void runPreview({ entity: e, file });
                    }}
                  />
                  {t(`pf.entity.${e}`)}
                </label>
              ))}
            </fieldset>
            <div className="pf-file-row">
              <label className="btn file-button">
                {file ? t('pf.import.otherFile') : t('pf.import.chooseFile')}
                <input
                  type="file"
                  accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  className="sr-only"
                  data-testid="spreadsheet-file"
                  disabled={!!busy}
                  onChange={(e) => {
                    void chooseFile(e.target.files?.[0]);
                    e.target.value = '';
                  }}
                />
              </label>
              <span className="file-name">
                {file?.fileName ?? <span className="muted">{t('pf.import.noFile')}</span>}
              </span>
              <span className="muted small" role="status">
                {busy === 'read'
                  ? t('pf.import.reading')
                  : busy === 'preview'
                    ? t('pf.import.previewing')
                    : ''}
              </span>
            </div>
            <p className="muted small">{t(`pf.import.help.${entity}`)}</p>
          </div>

          {preview ? (
            <>
              <section className="pf-import-section" aria-labelledby={`${ids}-map`}>
                <h3 id={`${ids}-map`}>{t('pf.import.mapping')}</h3>
                <table className="mini-table pf-mapping" data-testid="spreadsheet-mapping">
                  <thead>
                    <tr>
                      <th scope="col">{t('pf.import.field')}</th>
                      <th scope="col">{t('pf.import.column')}</th>
                      <th scope="col">{t('pf.import.example')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {fields.map((f) => {
                      const col = mapping[f.key] ?? null;
                      const example = col !== null ? preview.sample[0]?.[col] : undefined;
                      return (
                        <tr key={f.key} className={f.required && col === null ? 'pf-missing' : undefined}>
                          <th scope="row">
                            <label htmlFor={`${ids}-f-${f.key}`}>{fieldLabel(f)}</label>
                            {f.required ? (
                              <abbr className="pf-required" title={t('pf.required')}>
                                {' '}
                                *
                              </abbr>
                            ) : null}
                          </th>
                          <td>
                            <select
                              id={`${ids}-f-${f.key}`}
                              value={col === null ? '' : String(col)}
                              data-field={f.key}
                              disabled={busy === 'import'}
                              onChange={(e) => {
                                const next = {
                                  ...mapping,
                                  [f.key]: e.target.value === '' ? null : Number(e.target.value),
                                };
                                setMapping(next);
                                void runPreview({ entity, file: file!, mapping: next });
                              }}
                            >
                              <option value="">{t('pf.import.notImported')}</option>
                              {preview.header.map((h, i) => (
                                <option key={i} value={i}>
                                  {columnName(i)} · {h || t('pf.import.untitled')}
                                </option>
                              ))}
                            </select>
                          </td>
                          <td className="pf-example">
                            {example ? example : <span className="muted">{t('common.none')}</span>}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
                <p className="muted small">{t('pf.import.requiredNote')}</p>
              </section>

              <section className="pf-import-section" aria-labelledby={`${ids}-sample`}>
                <h3 id={`${ids}-sample`}>
                  {t.count('pf.import.sample', Math.min(SAMPLE_ROWS, preview.sample.length))}
                </h3>
                <div className="pf-sample-wrap">
                  <table className="mini-table pf-sample">
                    <thead>
                      <tr>
                        {preview.header.map((h, i) => (
                          <th key={i} scope="col">
                            <span className="muted">{columnName(i)}</span> {h}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {preview.sample.slice(0, SAMPLE_ROWS).map((row, r) => (
                        <tr key={r}>
                          {preview.header.map((_, i) => (
                            <td key={i}>{row[i] ?? ''}</td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>

              {missing.length ? null : (
                <section
                  className="pf-import-section"
                  aria-labelledby={`${ids}-dry`}
                  data-testid="spreadsheet-dry-run"
                >
                  <h3 id={`${ids}-dry`}>{t('pf.import.dryRun')}</h3>
                  <p>
                    {t.count('pf.import.wouldCreate', preview.report.created)} ·{' '}
                    {t.count('pf.import.wouldUpdate', preview.report.updated)} ·{' '}
                    <span className={preview.report.errors.length ? 'failure-reason' : undefined}>
                      {t.count('pf.import.wouldFail', preview.report.errors.length)}
                    </span>
                  </p>
                  {preview.report.errors.length ? (
                    <ul className="report-errors">
                      {preview.report.errors.map((e, i) => (
                        <li key={i}>
                          <strong>{t('pf.import.line', { line: e.line })}</strong> {e.message}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </section>
              )}
              {missing.length ? (
                <p className="pf-banner warn" role="status">
                  {t('pf.import.missing', {
                    fields: missing.map((k) => fieldLabel(fields.find((f) => f.key === k)!)).join(', '),
                  })}
                </p>
              ) : null}
            </>
          ) : null}

          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="form-actions">
            <button type="button" className="btn" onClick={onClose} disabled={busy === 'import'}>
              {t('pf.cancel')}
            </button>
            <button
              type="button"
              className="btn primary"
              disabled={!preview || !!busy || count === 0 || missing.length > 0}
              onClick={() => void runImport()}
              data-testid="spreadsheet-submit"
            >
              {busy === 'import' ? t('pf.import.importing') : t.count('pf.import.submit', count)}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}

function ImportReport({
  report,
  onClose,
  onAgain,
}: {
  report: PortfolioImportReport;
  onClose: () => void;
  onAgain: () => void;
}) {
  const t = useT();
  return (
    <div className="import-report" data-testid="spreadsheet-report">
      <p className={report.errors.length ? 'pf-banner warn' : 'success-note'} role="status">
        {t('pf.import.done', {
          summary: [
            t.count('pf.import.wouldCreate', report.created),
            t.count('pf.import.wouldUpdate', report.updated),
            t.count('pf.import.wouldFail', report.errors.length),
          ].join(', '),
        })}
      </p>
      <div className="pf-sample-wrap">
        <table className="mini-table">
          <thead>
            <tr>
              <th scope="col">{t('pf.import.lineCol')}</th>
              <th scope="col">{t('pf.import.result')}</th>
              <th scope="col">{t('pf.import.row')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((r) => (
              <tr key={r.line}>
                <td className="num">{r.line}</td>
                <td>
                  <span className={`chip ${r.action === 'error' ? 'chip-failed' : 'chip-ok'}`}>
                    {t(`pf.import.action.${r.action}`)}
                  </span>
                </td>
                <td>
                  {r.label}
                  {r.message ? <div className="failure-reason small">{r.message}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">{t('pf.import.undoHint')}</p>
      <div className="form-actions">
        <button type="button" className="btn" onClick={onAgain}>
          {t('pf.import.again')}
        </button>
        <button type="button" className="btn primary" onClick={onClose} data-autofocus>
          {t('common.close')}
        </button>
      </div>
    </div>
  );
}
