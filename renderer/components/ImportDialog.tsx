import { useEffect, useId, useRef, useState } from 'react';
import type { ImportResult } from '../../shared/api';
import { api } from '../api';
import { useT } from '../i18n';
import { usePresentationText } from '../privacy/presentation';
import { fileToBase64 } from '../lib/base64';
import { formatBytes } from '../lib/format';
import { toShownError } from '../stores/errors';
import { Dialog } from '../workbench/Dialog';
import { FileDropzone } from './FileDropzone';
import { FormActions, FormError } from './FormParts';

export const TRANSCRIPT_ACCEPT = '.txt,.md,.docx,.odt,.vtt,.srt';
/** The importers refuse larger files; checking here spares sending them. */
const MAX_BYTES = 20 * 1024 * 1024;

interface Row extends ImportResult {
  /** Not sent: the user cancelled before its turn. */
  skipped?: boolean;
}

/** "Claire Martin, Paul ; Q" → ['Claire Martin', 'Paul', 'Q']. */
export function parseNames(value: string): string[] {
  return value
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 20);
}

/**
 * Imports transcript files, one at a time so the window stays responsive: a progress bar with the current
 * file, Cancel (stops after the current file), then a report per file. Into one interview (`interviewId`) or
 * each file into a new interview named after it.
 */
export function ImportDialog({
  interviewId,
  interviewTitle,
  onClose,
  onImported,
  onOpenInterview,
}: {
  interviewId?: string;
  interviewTitle?: string;
  onClose: () => void;
  /** Called after a batch in which at least one file was imported. */
  onImported: () => void;
  onOpenInterview?: (id: string) => void;
}) {
  const t = useT();
  const present = usePresentationText();
  const [names, setNames] = useState('');
  const [phase, setPhase] = useState<'choose' | 'running' | 'done'>('choose');
  const [progress, setProgress] = useState<{ done: number; total: number; current: string }>({
    done: 0,
    total: 0,
    current: '',
  });
  const [rows, setRows] = useState<Row[]>([]);
  const cancelled = useRef(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const live = useRef(true);
  const namesId = useId();
  const helpId = useId();
  useEffect(
    () => () => {
      live.current = false;
      cancelled.current = true;
    },
    [],
  );

  const run = async (list: File[]) => {
    if (list.length === 0 || phase === 'running') return;
    cancelled.current = false;
    setPhase('running');
    setRows([]);
    const interviewerNames = parseNames(names);
    const results: Row[] = [];
    let imported = 0;
    for (let i = 0; i < list.length; i++) {
      const file = list[i]!;
      if (cancelled.current) {
        results.push({ fileName: file.name, ok: false, skipped: true, reason: t('import.skipped') });
        continue;
      }
      setProgress({ done: i, total: list.length, current: file.name });
      // let the progress bar paint before the (synchronous) encoding
      await new Promise((r) => setTimeout(r, 0));
      let result: Row;
      if (file.size > MAX_BYTES) {
        result = {
          fileName: file.name,
          ok: false,
          reason: t('import.tooBig', {
            size: formatBytes(t.lang, file.size),
            max: formatBytes(t.lang, MAX_BYTES),
          }),
        };
      } else {
        try {
          const contentBase64 = await fileToBase64(file);
          result = await api['transcripts.import']({
            fileName: file.name,
            contentBase64,
            ...(interviewId ? { interviewId } : {}),
            ...(interviewerNames.length ? { interviewerNames } : {}),
          });
        } catch (error) {
          result = { fileName: file.name, ok: false, reason: toShownError(error).message };
        }
      }
      if (result.ok) imported++;
      results.push(result);
      if (!live.current) return;
      setRows([...results]);
    }
    if (!live.current) return;
    setProgress({ done: list.length, total: list.length, current: '' });
    setRows(results);
    setPhase('done');
    if (inputRef.current) inputRef.current.value = '';
    if (imported > 0) onImported();
  };

  const okCount = rows.filter((r) => r.ok).length;
  const failed = rows.filter((r) => !r.ok && !r.skipped).length;
  const skipped = rows.filter((r) => r.skipped).length;

  const title = interviewId ? t('import.titleInto') : t('import.title');
  return (
    <Dialog
      title={title}
      onClose={onClose}
      className="import-dialog"
      testId="import-dialog"
      dismissable={phase !== 'running'}
    >
      {interviewId && interviewTitle ? (
        <p className="muted">{t('import.into', { title: interviewTitle })}</p>
      ) : (
        <p className="muted">{t('import.intro')}</p>
      )}

      {phase !== 'running' ? (
        <>
          <label className="form-field" htmlFor={namesId}>
            <span>{t('import.interviewerNames')}</span>
          </label>
          <input
            id={namesId}
            type="text"
            className="wide-input"
            value={names}
            onChange={(e) => setNames(e.target.value)}
            placeholder={t('import.interviewerNamesPlaceholder')}
            aria-describedby={helpId}
            data-testid="import-interviewer-names"
          />
          <p id={helpId} className="muted small">
            {t('import.interviewerNamesHelp')}
          </p>
          <FileDropzone
            dropLabel={t('import.drop')}
            chooseLabel={phase === 'done' ? t('import.chooseMore') : t('import.choose')}
            formatsLabel={t('import.formats')}
            accept={TRANSCRIPT_ACCEPT}
            multiple
            inputRef={inputRef}
            onFiles={(files) => void run(files)}
            testId="import-dropzone"
            inputTestId="import-input"
          />
        </>
      ) : (
        <div className="import-progress" role="status" aria-live="polite" data-testid="import-progress">
          <progress max={progress.total} value={progress.done} aria-label={t('import.progressLabel')} />
          <p>
            {t('import.progress', { n: Math.min(progress.done + 1, progress.total), total: progress.total })}
            {progress.current ? (
              <>
                {' — '}
                <strong className="file-name">{present(progress.current)}</strong>
              </>
            ) : null}
          </p>
          <button
            type="button"
            className="btn"
            onClick={() => {
              cancelled.current = true;
              setProgress((p) => ({ ...p, current: `${p.current} ${t('import.cancelling')}` }));
            }}
            data-testid="import-cancel"
          >
            {t('import.cancel')}
          </button>
        </div>
      )}

      {rows.length > 0 ? (
        <div className="import-report" data-testid="import-report">
          {phase === 'done' ? (
            <p className="import-summary" role="status">
              {[
                t.count('import.summary.ok', okCount),
                failed ? t.count('import.summary.failed', failed) : null,
                skipped ? t.count('import.summary.skipped', skipped) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          ) : null}
          <div className="table-wrap">
            <table className="data-table">
              <caption className="sr-only">{t('import.reportCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="plain-th">
                    {t('import.col.file')}
                  </th>
                  <th scope="col" className="plain-th">
                    {t('import.col.result')}
                  </th>
                  <th scope="col" className="plain-th">
                    {t('import.col.details')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <tr
                    key={`${i}-${row.fileName}`}
                    data-testid="import-report-row"
                    data-ok={row.ok ? 'true' : 'false'}
                    className={row.ok ? 'row-ok' : row.skipped ? 'row-skipped' : 'row-failed'}
                  >
                    <td className="file-name">{present(row.fileName)}</td>
                    <td>
                      <span
                        className={`chip ${row.ok ? 'chip-ok' : row.skipped ? 'chip-neutral' : 'chip-failed'}`}
                      >
                        {row.ok ? t('import.ok') : row.skipped ? t('import.notSent') : t('import.failed')}
                      </span>
                    </td>
                    <td>
                      {row.ok ? (
                        <>
                          <span>
                            {[
                              row.format ? row.format.toUpperCase() : null,
                              row.turns !== undefined ? t.count('import.turns', row.turns) : null,
                              row.words !== undefined ? t.count('import.words', row.words) : null,
                              row.encoding ? t('import.encoding', { encoding: row.encoding }) : null,
                            ]
                              .filter(Boolean)
                              .join(' · ')}
                          </span>
                          {row.warnings?.length ? (
                            <ul className="import-warnings">
                              {row.warnings.map((w, j) => (
                                <li key={j}>⚠ {present(w)}</li>
                              ))}
                            </ul>
                          ) : null}
                          {row.interviewId && onOpenInterview && !interviewId ? (
                            <div>
                              <button
                                type="button"
                                className="link-button"
                                onClick={() => onOpenInterview(row.interviewId!)}
                              >
                                {t('import.open')}
                              </button>
                            </div>
                          ) : null}
                        </>
                      ) : (
                        <span className={row.skipped ? 'muted' : 'failure-reason'}>{row.reason}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}

      {phase === 'done' ? (
        <div className="form-actions">
          <button type="button" className="btn primary" onClick={onClose} data-testid="import-close">
            {t('act.close')}
          </button>
        </div>
      ) : null}
    </Dialog>
  );
}

/** Pastes a transcript's text into an interview. */
export function PasteDialog({
  interviewId,
  onClose,
  onImported,
}: {
  interviewId: string;
  onClose: () => void;
  onImported: () => void;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [names, setNames] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog
      title={t('paste.title')}
      onClose={onClose}
      className="paste-dialog"
      testId="paste-dialog"
      dismissable={!busy}
    >
      <form
        className="form-grid"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!text.trim()) return;
          setBusy(true);
          setError(null);
          try {
            const names_ = parseNames(names);
            const result = await api['transcripts.paste']({
              interviewId,
              text,
              ...(title.trim() ? { title: title.trim() } : {}),
              ...(names_.length ? { interviewerNames: names_ } : {}),
            });
            if (result.ok) {
              onImported();
              onClose();
            } else setError(result.reason ?? t('import.failed'));
          } catch (err) {
            setError(toShownError(err).message);
          } finally {
            setBusy(false);
          }
        }}
      >
        <label className="form-field">
          <span>{t('paste.name')}</span>
          <input
            type="text"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder={t('paste.namePlaceholder')}
          />
        </label>
        <label className="form-field">
          <span>{t('import.interviewerNames')}</span>
          <input
            type="text"
            value={names}
            onChange={(e) => setNames(e.target.value)}
            placeholder={t('import.interviewerNamesPlaceholder')}
          />
        </label>
        <label className="form-field">
          <span>{t('paste.text')}</span>
          <textarea
            rows={12}
            value={text}
            required
            data-autofocus
            onChange={(e) => setText(e.target.value)}
            placeholder={t('paste.placeholder')}
            data-testid="paste-text"
          />
        </label>
        <FormError error={error} />
        <FormActions onCancel={onClose} busy={busy} cancelLabel={t('act.cancel')}>
          <button
            type="submit"
            className="btn primary"
            disabled={busy || !text.trim()}
            data-testid="paste-submit"
          >
            {busy ? t('paste.busy') : t('paste.submit')}
          </button>
        </FormActions>
      </form>
    </Dialog>
  );
}
