import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { RefiImportReport, RefiPreview } from '../../shared/api/refi';
import { api, detectShell } from '../api';
import { useT } from '../i18n';
import { formatBytes } from '../lib/format';
import { useQuery } from '../lib/useQuery';
import { toShownError } from '../stores/errors';
import { refreshHistory } from '../stores/history';
import { useNavStore } from '../stores/nav';
import { useWorkspaceStore } from '../stores/workspace';
import { Dialog } from '../workbench/Dialog';
import { readFileBase64 } from './read-file';
import {
  isRefiFile,
  maxRefiBytes,
  REFI_ACCEPT,
  suggestedWorkspacePath,
  withTerrainExtension,
} from './refi-summary';
import { RefiSummaryView } from './RefiSummaryView';
import { FileDropzone } from '../components/FileDropzone';

interface ReadFile {
  name: string;
  base64: string;
}

type Phase =
  | { name: 'choose' }
  | { name: 'reading'; fileName: string; step: 'read' | 'analyse' }
  | { name: 'preview'; file: ReadFile; preview: RefiPreview }
  | { name: 'newPath'; file: ReadFile; preview: RefiPreview }
  | { name: 'importing'; step: 'creating' | 'writing' }
  | { name: 'done'; report: RefiImportReport; workspaceName: string | null };

/**
 * Importing a REFI-QDA project (.qdpx) or codebook (.qdc): the file is read in pieces and previewed (what
 * would be added or merged, nothing written), then merged into the open workspace or imported into a new one.
 */
export function RefiImportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ids = useId();
  const info = useWorkspaceStore((s) => s.info);
  const navigate = useNavStore((s) => s.navigate);
  const appInfo = useQuery(['app.info'], () => api['app.info']({}));
  const [phase, setPhase] = useState<Phase>({ name: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const [newPath, setNewPath] = useState('');
  /** Bumped to drop the answer of a read or preview the user cancelled (or of a closed dialog). */
  const token = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  useEffect(
    () => () => {
      token.current++;
    },
    [],
  );
  // Each step puts the focus on its main button (Merge, Close), as the dialog did on opening.
  useEffect(() => {
    bodyRef.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [phase.name]);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    if (inputRef.current) inputRef.current.value = '';
    if (!isRefiFile(file.name)) return setError(t('refi.import.wrongType', { name: file.name }));
    const max = maxRefiBytes(detectShell());
    if (file.size > max)
      return setError(
        t('refi.import.tooBig', { size: formatBytes(t.lang, file.size), max: formatBytes(t.lang, max) }),
      );
    const mine = ++token.current;
    const live = () => token.current === mine;
    setPhase({ name: 'reading', fileName: file.name, step: 'read' });
    const base64 = await readFileBase64(file, { cancelled: () => !live() });
    if (base64 === null || !live()) return;
    setPhase({ name: 'reading', fileName: file.name, step: 'analyse' });
    try {
      const preview = await api['refi.preview']({ fileName: file.name, contentBase64: base64 });
      if (!live()) return;
      setPhase({ name: 'preview', file: { name: file.name, base64 }, preview });
    } catch (err) {
      if (!live()) return;
      setError(toShownError(err).message);
      setPhase({ name: 'choose' });
    }
  };

  const cancelReading = () => {
    token.current++;
    setPhase({ name: 'choose' });
  };

  /** After an import: every view reloads from the workspace (the new interviews, codes…). */
  const reloadWorkspace = async () => {
    await useWorkspaceStore.getState().load();
    refreshHistory();
  };

  const merge = async (file: ReadFile, preview: RefiPreview) => {
    const mine = ++token.current;
    setError(null);
    setPhase({ name: 'importing', step: 'writing' });
    try {
      const report = await api['refi.import']({
        fileName: file.name,
        contentBase64: file.base64,
        mode: 'merge',
      });
      void reloadWorkspace();
      if (token.current !== mine) return;
      setPhase({ name: 'done', report, workspaceName: null });
    } catch (err) {
      if (token.current !== mine) return;
      setError(toShownError(err).message);
      setPhase({ name: 'preview', file, preview });
    }
  };

  const importNew = async (e: FormEvent, file: ReadFile, preview: RefiPreview) => {
    e.preventDefault();
    const path = newPath.trim();
    if (!path) return;
    const mine = ++token.current;
    setError(null);
    setPhase({ name: 'importing', step: 'creating' });
    let created: { path: string; name: string };
    try {
      created = await api['workspace.create']({ path: withTerrainExtension(path) });
    } catch (err) {
      if (token.current !== mine) return;
      setError(toShownError(err).message);
      setPhase({ name: 'newPath', file, preview });
      return;
    }
    if (token.current === mine) setPhase({ name: 'importing', step: 'writing' });
    try {
      const report = await api['refi.import']({
        fileName: file.name,
        contentBase64: file.base64,
        mode: 'new',
      });
      await reloadWorkspace();
      if (token.current !== mine) return;
      setPhase({ name: 'done', report, workspaceName: created.name });
    } catch (err) {
      await reloadWorkspace();
      if (token.current !== mine) return;
      setError(t('refi.import.createdButFailed', { path: created.path, message: toShownError(err).message }));
      // The new workspace is open and empty: the preview's choices still apply to it.
      setPhase({ name: 'preview', file, preview });
    }
  };

  const canMerge = Boolean(info) && !info?.readOnly;

  return (
    <Dialog
      title={t('refi.import.title')}
      onClose={onClose}
      className="rx-dialog"
      testId="refi-import-dialog"
      dismissable={phase.name !== 'importing'}
    >
      <div ref={bodyRef}>
        {phase.name === 'choose' ? (
          <>
            <p className="muted">{t('refi.import.intro')}</p>
            <FileDropzone
              dropLabel={t('refi.import.drop')}
              chooseLabel={t('refi.import.choose')}
              formatsLabel={t('refi.import.formats')}
              accept={REFI_ACCEPT}
              inputRef={inputRef}
              onFiles={(files) => void choose(files[0])}
              inputTestId="refi-import-input"
            />
          </>
        ) : null}

        {phase.name === 'reading' || phase.name === 'importing' ? (
          <div className="import-progress" role="status" aria-live="polite" data-testid="refi-progress">
            <progress aria-label={t('refi.import.progressLabel')} />
            <p>
              {phase.name === 'reading'
                ? phase.step === 'read'
                  ? t('refi.import.reading', { name: phase.fileName })
                  : t('refi.import.analysing')
                : phase.step === 'creating'
                  ? t('refi.import.creating')
                  : t('refi.import.writing')}
            </p>
            {phase.name === 'reading' ? (
              <button type="button" className="btn" onClick={cancelReading} data-testid="refi-cancel">
                {t('refi.import.cancel')}
              </button>
            ) : null}
          </div>
        ) : null}

        {error ? (
          <div className="form-error" role="alert" data-testid="refi-error">
            <p>{error}</p>
          </div>
        ) : null}

        {phase.name === 'preview' ? (
          <div data-testid="refi-preview">
            <RefiSummaryView preview={phase.preview} />
            {canMerge ? (
              <p className="muted small rx-merge-help">{t('refi.import.mergeHelp')}</p>
            ) : (
              <p className="muted small rx-merge-help">
                {info ? t('refi.import.readOnly') : t('refi.import.noWorkspace')}
              </p>
            )}
            <div className="form-actions rx-actions">
              <button type="button" className="btn ghost" onClick={() => setPhase({ name: 'choose' })}>
                {t('refi.import.another')}
              </button>
              <span className="rx-spacer" />
              <button
                type="button"
                className={`btn${canMerge ? '' : ' primary'}`}
                onClick={() => {
                  setError(null);
                  setNewPath(suggestedWorkspacePath(appInfo.data?.workspacesDir, phase.file.name));
                  setPhase({ name: 'newPath', file: phase.file, preview: phase.preview });
                }}
                data-testid="refi-new-workspace"
              >
                {t('refi.import.newWorkspace')}
              </button>
              {canMerge ? (
                <button
                  type="button"
                  className="btn primary"
                  onClick={() => void merge(phase.file, phase.preview)}
                  data-testid="refi-merge"
                  data-autofocus
                >
                  {t('refi.import.merge')}
                </button>
              ) : null}
            </div>
          </div>
        ) : null}

        {phase.name === 'newPath' ? (
          <form className="ws-form rx-new" onSubmit={(e) => void importNew(e, phase.file, phase.preview)}>
            <h3 className="rx-h">{t('refi.import.newTitle')}</h3>
            <label htmlFor={`${ids}-path`}>{t('refi.import.newPath')}</label>
            <input
              id={`${ids}-path`}
              type="text"
              spellCheck={false}
              value={newPath}
              onChange={(e) => setNewPath(e.target.value)}
              aria-describedby={`${ids}-path-help`}
              data-testid="refi-new-path"
            />
            <p id={`${ids}-path-help`} className="muted small">
              {t('refi.import.newHelp')}
            </p>
            <div className="form-actions">
              <button
                type="button"
                className="btn"
                onClick={() => setPhase({ name: 'preview', file: phase.file, preview: phase.preview })}
              >
                {t('refi.import.back')}
              </button>
              <button
                type="submit"
                className="btn primary"
                disabled={!newPath.trim()}
                data-testid="refi-new-submit"
              >
                {t('refi.import.newSubmit')}
              </button>
            </div>
          </form>
        ) : null}

        {phase.name === 'done' ? (
          <div data-testid="refi-report">
            <p className="success-note" role="status">
              {phase.workspaceName
                ? t('refi.import.doneNew', { name: phase.workspaceName })
                : t('refi.import.done')}
            </p>
            <RefiSummaryView preview={phase.report} done />
            <div className="form-actions">
              {phase.report.interviewIds.length ? (
                <button
                  type="button"
                  className="btn"
                  onClick={() => {
                    onClose();
                    navigate('entretiens');
                  }}
                  data-testid="refi-open-interviews"
                >
                  {t('refi.import.openInterviews')}
                </button>
              ) : null}
              <button type="button" className="btn primary" onClick={onClose} data-autofocus>
                {t('refi.import.close')}
              </button>
            </div>
          </div>
        ) : null}
      </div>
    </Dialog>
  );
}
