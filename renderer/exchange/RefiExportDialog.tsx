import { useEffect, useId, useRef, useState } from 'react';
import type { RefiExportResult } from '../../shared/api/refi';
import { api } from '../api';
import { useT } from '../i18n';
import { formatDate, formatNumber } from '../lib/format';
import { useQuery } from '../lib/useQuery';
import { CheckList } from '../reports/CheckList';
import { saveBase64File } from '../reports/download';
import { LockIcon } from '../reports/GeneratePanel';
import { toggleSelection } from '../reports/request';
import { toShownError } from '../stores/errors';
import { useWorkspaceStore } from '../stores/workspace';
import { Dialog } from '../workbench/Dialog';
import { FormError, RadioOption } from '../components/FormParts';

type Format = 'qdpx' | 'qdc';
const FORMATS: Format[] = ['qdpx', 'qdc'];

/**
 * Exporting to REFI-QDA: the whole project (.qdpx: codebook, transcripts, coded passages, memos), optionally
 * for some interviews only, or the codebook alone (.qdc). The file is saved through the browser's download.
 */
export function RefiExportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ids = useId();
  const info = useWorkspaceStore((s) => s.info);
  const version = useWorkspaceStore((s) => s.version);
  const [format, setFormat] = useState<Format>('qdpx');
  const [scope, setScope] = useState<'all' | 'some'>('all');
  /** Chosen interviews when the scope is 'some' (null: all of them, until the user unticks one). */
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<RefiExportResult | null>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const interviews = useQuery(['interviews.list', version], () => api['interviews.list']({}), {
    enabled: Boolean(info) && format === 'qdpx' && scope === 'some',
  });
  const allIds = (interviews.data ?? []).map((i) => i.id);
  const chosenSet = new Set(chosen ?? allIds);
  const noneChosen = format === 'qdpx' && scope === 'some' && chosen !== null && chosen.length === 0;

  const run = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const result = await api['refi.export']({
        format,
        ...(format === 'qdpx' && scope === 'some' && chosen ? { interviewIds: chosen } : {}),
      });
      if (!live.current) return;
      saveBase64File(result.fileName, result.contentBase64);
      setDone(result);
    } catch (err) {
      if (live.current) setError(toShownError(err).message);
    } finally {
      if (live.current) setBusy(false);
    }
  };

  const n = (value: number) => formatNumber(t.lang, value);
  return (
    <Dialog
      title={t('refi.export.title')}
      onClose={onClose}
      className="rx-dialog rx-export"
      testId="refi-export-dialog"
      dismissable={!busy}
    >
      <p className="muted">{t('refi.export.intro')}</p>
      {!info ? (
        <p className="form-error">{t('refi.export.noWorkspace')}</p>
      ) : (
        <div className="form-grid">
          <fieldset className="rx-formats" data-testid="refi-export-format">
            <legend className="rp-label">{t('refi.export.format')}</legend>
            {FORMATS.map((f) => (
              <label key={f} className={`rp-kind${format === f ? ' selected' : ''}`}>
                <input
                  type="radio"
                  name={`${ids}-format`}
                  value={f}
                  checked={format === f}
                  onChange={() => {
                    setFormat(f);
                    setDone(null);
                  }}
                  aria-describedby={`${ids}-${f}-help`}
                  data-testid={`refi-export-${f}`}
                />
                <span>
                  <span className="rp-kind-name">{t(`refi.export.${f}`)}</span>
                  <span id={`${ids}-${f}-help`} className="rp-kind-help">
                    {t(`refi.export.${f}Help`)}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>

          {format === 'qdpx' ? (
            <fieldset className="radio-group rx-scope">
              <legend className="rp-label">{t('refi.export.scope')}</legend>
              <RadioOption
                name={`${ids}-scope`}
                checked={scope === 'all'}
                onChange={() => setScope('all')}
                testId="refi-export-all"
              >
                {t('refi.export.scopeAll')}
              </RadioOption>
              <RadioOption
                name={`${ids}-scope`}
                checked={scope === 'some'}
                onChange={() => setScope('some')}
                testId="refi-export-some"
              >
                {t('refi.export.scopeSome')}
              </RadioOption>
            </fieldset>
          ) : null}

          {format === 'qdpx' && scope === 'some' ? (
            interviews.data ? (
              <CheckList
                legend={t('refi.export.scope')}
                items={interviews.data.map((i) => ({
                  id: i.id,
                  label: i.title,
                  hint: formatDate(t.lang, i.date) || null,
                }))}
                chosen={chosenSet}
                onToggle={(id) => setChosen(toggleSelection(chosen, id, allIds))}
                onAll={() => setChosen(null)}
                onNone={() => setChosen([])}
                testId="refi-export-interviews"
                legendHidden
              />
            ) : (
              <p className="muted">{t('common.loading')}</p>
            )
          ) : null}
          {noneChosen ? (
            <p className="field-hint" role="alert">
              {t('refi.export.noneChosen')}
            </p>
          ) : null}

          {done ? (
            <div className="success-note" role="status" data-testid="refi-export-done">
              <p>{t('refi.export.done', { name: done.fileName })}</p>
              <p className="small">
                {t('refi.export.counts', {
                  codes: n(done.codes),
                  sources: n(done.sources),
                  selections: n(done.selections),
                  codings: n(done.codings),
                })}
              </p>
            </div>
          ) : null}
          {done?.warnings.length ? (
            <div className="rp-warnings">
              <strong>{t('rpt.warnings')}</strong>
              <ul>
                {done.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <FormError error={error} />
        </div>
      )}
      <p className="rp-offline">
        <LockIcon />
        {t('rpt.offline')}
      </p>
      <div className="form-actions">
        <button type="button" className="btn" onClick={onClose} disabled={busy}>
          {done ? t('common.close') : t('rpt.cancel')}
        </button>
        <button
          type="button"
          className="btn primary"
          disabled={!info || busy || noneChosen}
          onClick={() => void run()}
          data-testid="refi-export-submit"
        >
          {busy ? t('refi.export.busy') : t('refi.export.submit')}
        </button>
      </div>
    </Dialog>
  );
}
