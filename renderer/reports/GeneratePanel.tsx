import { useEffect, useId, useState } from 'react';
import type { ReportProgress } from '../../shared/api/reports';
import { onHostEvent } from '../api';
import { REPORT_FORMATS, type ReportFormat } from '../../shared/api/reports';
import { useT } from '../i18n';
import { formatBytes } from '../lib/format';
import { generationSteps, stepAt, type ReportDraft } from './request';
import { useReportsStore } from './store';

/** A small padlock before the "nothing leaves this computer" note. */
export function LockIcon() {
  return (
    <svg className="rp-lock" width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1.5 1.5 0 0 0-1.5 1.5v5A1.5 1.5 0 0 0 4 15h8a1.5 1.5 0 0 0 1.5-1.5v-5A1.5 1.5 0 0 0 12 7h-.5V4.5A3.5 3.5 0 0 0 8 1Zm-2 3.5a2 2 0 1 1 4 0V7H6V4.5Z"
      />
    </svg>
  );
}

/**
 * The format and the "Générer" button, with what follows: an indeterminate progress bar naming the step under
 * way (with Cancel), then the saved file's name and any warnings.
 */
export function GeneratePanel({
  draft,
  onFormat,
  blocked,
  onGenerate,
}: {
  draft: ReportDraft;
  onFormat: (format: ReportFormat) => void;
  /** Why the report cannot be generated as it stands (shown by the options), or null. */
  blocked: boolean;
  onGenerate: () => void;
}) {
  const t = useT();
  const ids = useId();
  const job = useReportsStore((s) => s.job);
  const result = useReportsStore((s) => s.result);
  const error = useReportsStore((s) => s.error);
  const cancelled = useReportsStore((s) => s.cancelled);
  const cancel = useReportsStore((s) => s.cancel);
  const downloadAgain = useReportsStore((s) => s.downloadAgain);
  const [now, setNow] = useState(() => Date.now());
  // The generator's own progress, when the shell streams it; otherwise the step is estimated from the time.
  const [streamed, setStreamed] = useState<{ job: number; progress: ReportProgress } | null>(null);
  const progress = job && streamed?.job === job.startedAt ? streamed.progress : null;

  useEffect(() => {
    if (!job) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    const stop = onHostEvent((event) => {
      if (event.type === 'report-progress') {
        setStreamed({ job: job.startedAt, progress: event as unknown as ReportProgress });
      }
    });
    return () => {
      clearInterval(timer);
      stop();
    };
  }, [job]);

  const elapsed = job ? Math.max(0, now - job.startedAt) : 0;
  const reported = progress && progress.step !== 'done' ? progress.step : null;
  const step = job
    ? (reported ?? stepAt(generationSteps(job.request.kind, job.request.format), elapsed))
    : null;

  return (
    <section className="card rp-generate" aria-labelledby={`${ids}-format`}>
      <div className="rp-generate-row">
        <fieldset className="rp-formats" data-testid="report-format" disabled={Boolean(job)}>
          <legend id={`${ids}-format`} className="rp-label">
            {t('rpt.section.format')}
          </legend>
          <div className="rp-format-pills">
            {REPORT_FORMATS.map((f) => (
              <label key={f} className={`rp-format${draft.format === f ? ' selected' : ''}`}>
                <input
                  type="radio"
                  name={`${ids}-format`}
                  value={f}
                  checked={draft.format === f}
                  onChange={() => onFormat(f)}
                  aria-describedby={`${ids}-format-help`}
                  data-testid={`report-format-${f}`}
                />
                {t(`rpt.format.${f}`)}
              </label>
            ))}
          </div>
          <p id={`${ids}-format-help`} className="muted small rp-help">
            {t(`rpt.formatHelp.${draft.format}`)}
          </p>
        </fieldset>
        <div className="rp-generate-action">
          <button
            type="button"
            className="btn primary rp-generate-button"
            disabled={Boolean(job) || blocked}
            onClick={onGenerate}
            aria-describedby={`${ids}-offline`}
            data-testid="report-generate"
          >
            {job ? t('rpt.generating') : t('rpt.generate')}
          </button>
          <p id={`${ids}-offline`} className="rp-offline">
            <LockIcon />
            {t('rpt.offline')}
          </p>
        </div>
      </div>

      {job && step ? (
        <div className="rp-progress" role="status" aria-live="polite" data-testid="report-progress">
          {progress ? (
            <progress
              aria-label={t('rpt.progressLabel')}
              max={1}
              value={Math.min(1, Math.max(0, progress.fraction))}
            />
          ) : (
            <progress aria-label={t('rpt.progressLabel')} />
          )}
          <div className="rp-progress-row">
            <span data-step={step}>{t(`rpt.step.${step}`)}</span>
            <span className="muted small">{t('rpt.elapsed', { s: Math.floor(elapsed / 1000) })}</span>
            <button type="button" className="btn" onClick={cancel} data-testid="report-cancel">
              {t('rpt.cancel')}
            </button>
          </div>
        </div>
      ) : null}

      {!job && cancelled ? (
        <p className="muted small" role="status">
          {t('rpt.cancelled')}
        </p>
      ) : null}

      {!job && error ? (
        <div className="form-error" role="alert" data-testid="report-error">
          <p>
            <strong>{t('rpt.failed')}</strong> {error}
          </p>
        </div>
      ) : null}

      {!job && result ? (
        <div className="rp-done" data-testid="report-done">
          <p className="success-note" role="status">
            {t('rpt.done', { name: result.fileName, size: formatBytes(t.lang, result.bytes) })}{' '}
            <span className="small">{t('rpt.doneHelp')}</span>{' '}
            <button type="button" className="link-button" onClick={downloadAgain}>
              {t('rpt.downloadAgain')}
            </button>
          </p>
          {result.warnings.length ? (
            <div className="rp-warnings" data-testid="report-warnings">
              <strong>{t('rpt.warnings')}</strong>
              <ul>
                {result.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
