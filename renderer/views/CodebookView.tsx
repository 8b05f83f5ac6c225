import { useMemo, useRef, useState } from 'react';
import type { CodeNode } from '../../shared/domain';
import { api } from '../api';
import { CodebookContext, type CodebookContextValue } from '../codebook/context';
import { CodeEditPanel, draftOf, type CodeChanges } from '../codebook/CodeEditPanel';
import {
  CreateCodeDialog,
  DeleteCodeDialog,
  ImportReportDialog,
  MergeCodeDialog,
  MoveCodeDialog,
} from '../codebook/CodeDialogs';
import { CodeTree } from '../codebook/CodeTree';
import { downloadText, extrasFromCsv } from '../codebook/csv-file';
import { rollUpCounts } from '../codebook/tree-model';
import { useTreeState } from '../codebook/tree-state';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, LoadFailed, Loading } from '../components/States';
import { useT } from '../i18n';
import { codeLabel, filterCodes } from '../lib/codes';
import { useCodeIndex, useWorkspaceVersion } from '../lib/data';
import { notifyHistory, useHistoryEvent } from '../lib/history-events';
import { useQuery } from '../lib/useQuery';
import { useVerbatimFilters } from '../verbatims/filters';
import { reportError } from '../stores/errors';
import { useNavStore } from '../stores/nav';

type Dialog =
  | { kind: 'create'; parentId: string | null }
  | { kind: 'move' | 'merge' | 'delete'; id: string }
  | { kind: 'import'; fileName: string; report: Awaited<ReturnType<(typeof api)['codes.importCsv']>> };

interface Status {
  text: string;
  /** Offer the global undo right here (after merges and deletions). */
  undo?: boolean;
}

export function CodebookView() {
  const t = useT();
  const codes = useCodeIndex();
  const version = useWorkspaceVersion();
  const navigate = useNavStore((s) => s.navigate);
  const [dataVersion, setDataVersion] = useState(0);
  useHistoryEvent(() => {
    codes.reload();
    setDataVersion((v) => v + 1);
  });
  const search = useTreeState((s) => s.search);
  const selectedId = useTreeState((s) => s.selectedId);
  const { setSearch, setAll, select, reveal, rename: startRename, focus } = useTreeState.getState();
  const index = codes.index;
  const filter = useMemo(() => (index ? filterCodes(index, search) : null), [index, search]);
  const rolled = useMemo(() => (index ? rollUpCounts(index) : new Map()), [index]);
  const selected = selectedId ? index?.byId.get(selectedId) : undefined;
  const extras = useQuery(
    ['codes.exportCsv', version, dataVersion],
    async () => extrasFromCsv((await api['codes.exportCsv']({})).csv),
    { enabled: !!selected, keepPrevious: true },
  );
  const [status, setStatus] = useState<Status | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [csvBusy, setCsvBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const label = (code: CodeNode | undefined) => (code ? codeLabel(code, t.lang) : '');

  /** Every change goes through here: the call, then the history event that reloads every view. */
  const change = async <T,>(call: () => Promise<T>, message?: (result: T) => Status | null) => {
    const result = await call();
    notifyHistory();
    setStatus(message ? message(result) : null);
    return result;
  };
  /** The same for changes made outside a dialog: a failure goes to the global error banner. */
  const changeOrReport = async <T,>(call: () => Promise<T>, message?: (result: T) => Status | null) => {
    try {
      return await change(call, message);
    } catch (error) {
      reportError(error);
      return undefined;
    }
  };

  const context: CodebookContextValue | null = index
    ? {
        index,
        filter,
        rolled,
        move: async (id, parentId, at) => {
          const code = index.byId.get(id);
          await changeOrReport(
            () => api['codes.move']({ id, parentId, index: at }),
            () => ({
              text: parentId
                ? t('cb.status.movedUnder', { name: label(code), parent: label(index.byId.get(parentId)) })
                : t('cb.status.movedRoot', { name: label(code) }),
              undo: true,
            }),
          );
        },
        rename: async (id, name) => {
          const code = index.byId.get(id);
          await changeOrReport(
            () => api['codes.update'](t.lang === 'en' ? { id, nameEn: name } : { id, name }),
            () => ({ text: t('cb.status.renamed', { before: label(code), after: name }) }),
          );
        },
      }
    : null;

  const save = async (code: CodeNode, changes: CodeChanges) => {
    const ok = await changeOrReport(
      () => api['codes.update']({ id: code.id, ...changes }),
      () => ({ text: t('cb.status.saved', { name: changes.name ?? label(code) }) }),
    );
    return ok !== undefined;
  };

  const exportCsv = async () => {
    setCsvBusy(true);
    try {
      const { csv } = await api['codes.exportCsv']({});
      downloadText('codebook.csv', csv);
      setStatus({ text: t('cb.status.exported') });
    } catch (error) {
      reportError(error);
    } finally {
      setCsvBusy(false);
    }
  };

  const importCsv = async (file: File) => {
    setCsvBusy(true);
    try {
      const csv = await file.text();
      const report = await change(() => api['codes.importCsv']({ csv }));
      setDialog({ kind: 'import', fileName: file.name, report });
      setStatus({
        text: t('cb.status.imported', { created: report.created, updated: report.updated }),
        undo: report.created + report.updated > 0,
      });
    } catch (error) {
      reportError(error);
    } finally {
      setCsvBusy(false);
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  const undo = async () => {
    try {
      const { undone } = await api['history.undo']({});
      notifyHistory();
      setStatus(undone ? { text: t('cb.status.undone', { label: undone }) } : null);
    } catch (error) {
      reportError(error);
    }
  };

  const dialogCode =
    dialog && dialog.kind !== 'create' && dialog.kind !== 'import' ? index?.byId.get(dialog.id) : undefined;

  return (
    <div className="view codebook-view">
      <PageHeader
        title={t('codebook.title')}
        meta={index ? t.count('codebook.count', index.ordered.length) : null}
      >
        <label className="field">
          <span className="sr-only">{t('codebook.search')}</span>
          <input
            type="search"
            className="search"
            value={search}
            placeholder={t('codebook.searchPlaceholder')}
            aria-label={t('codebook.search')}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="codebook-search"
          />
        </label>
        {index && !filter ? (
          <>
            <button type="button" className="btn ghost" onClick={() => setAll(index, true)}>
              {t('codebook.expandAll')}
            </button>
            <button type="button" className="btn ghost" onClick={() => setAll(index, false)}>
              {t('codebook.collapseAll')}
            </button>
          </>
        ) : null}
        <span className="toolbar-spacer" />
        {index ? (
          <button
            type="button"
            className="btn"
            onClick={() => setDialog({ kind: 'create', parentId: null })}
            data-testid="code-new-root"
          >
            {t('cb.action.newRoot')}
          </button>
        ) : null}
        <button
          type="button"
          className="btn"
          onClick={() => void exportCsv()}
          disabled={csvBusy || !index}
          data-testid="codebook-export-csv"
        >
          {t('cb.csv.export')}
        </button>
        <label className={`btn file-btn${csvBusy ? ' disabled' : ''}`}>
          {t('cb.csv.import')}
          <input
            ref={fileRef}
            type="file"
            accept=".csv,text/csv"
            className="sr-only"
            disabled={csvBusy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void importCsv(file);
            }}
            data-testid="codebook-import-csv"
          />
        </label>
      </PageHeader>

      <div className="codebook-status" role="status" aria-live="polite" data-testid="codebook-status">
        {status ? (
          <>
            <span>{status.text}</span>
            {status.undo ? (
              <button type="button" className="btn ghost small-btn" onClick={() => void undo()}>
                {t('cb.status.undo')}
              </button>
            ) : null}
            <button
              type="button"
              className="icon-button"
              aria-label={t('cb.status.dismiss')}
              onClick={() => setStatus(null)}
            >
              ×
            </button>
          </>
        ) : null}
      </div>

      {codes.loading && !index ? (
        <Loading lines={10} />
      ) : codes.error && !index ? (
        <LoadFailed onRetry={codes.reload} />
      ) : !index || !context || index.ordered.length === 0 ? (
        <EmptyState title={t('codebook.empty.title')} icon="codebook">
          <p>{t('codebook.empty.body')}</p>
          <button
            type="button"
            className="btn primary"
            onClick={() => setDialog({ kind: 'create', parentId: null })}
          >
            {t('cb.action.newRoot')}
          </button>
        </EmptyState>
      ) : (
        <CodebookContext.Provider value={context}>
          <div className="codebook-layout with-panel">
            {filter && filter.matches.size === 0 ? (
              <div className="table-empty">
                <p>{t('codebook.noMatch', { query: search.trim() })}</p>
                <button type="button" className="btn" onClick={() => setSearch('')}>
                  {t('common.clearFilters')}
                </button>
              </div>
            ) : (
              <div className="tree-panel">
                <div className="tree-header" aria-hidden="true">
                  <span>{t('codebook.col.code')}</span>
                  <span className="num">{t('codebook.col.segments')}</span>
                  <span className="num">{t('codebook.col.interviews')}</span>
                </div>
                <CodeTree />
                <p className="muted small tree-foot" id="codebook-dnd-help">
                  {t('cb.treeHelp')}
                </p>
              </div>
            )}
            {selected ? (
              <CodeEditPanel
                key={`${selected.id}:${JSON.stringify(draftOf(selected, extras.data?.get(selected.id)))}`}
                code={selected}
                index={index}
                rolled={rolled.get(selected.id)}
                extras={extras.data?.get(selected.id)}
                extrasLoading={extras.loading}
                onSave={(changes) => save(selected, changes)}
                onClose={() => select(null)}
                onShowVerbatims={() => {
                  useVerbatimFilters.getState().set({ codeId: selected.id });
                  navigate('verbatims');
                }}
                onAction={(action) => {
                  if (action === 'child') setDialog({ kind: 'create', parentId: selected.id });
                  else if (action === 'rename') {
                    reveal(index, selected.id);
                    setSearch('');
                    startRename(selected.id);
                  } else setDialog({ kind: action, id: selected.id });
                }}
              />
            ) : (
              <aside className="code-panel card code-panel-empty" data-testid="code-panel-empty">
                <p>{t('cb.panel.empty')}</p>
                <p className="muted small">{t('cb.panel.emptyHelp')}</p>
              </aside>
            )}
          </div>
        </CodebookContext.Provider>
      )}

      {dialog?.kind === 'create' && index ? (
        <CreateCodeDialog
          parent={dialog.parentId ? (index.byId.get(dialog.parentId) ?? null) : null}
          lang={t.lang}
          onClose={() => setDialog(null)}
          onCreate={async (name) => {
            const { id } = await change(
              () => api['codes.create']({ parentId: dialog.parentId, name }),
              () => ({ text: t('cb.status.created', { name }) }),
            );
            if (dialog.parentId) reveal(index, dialog.parentId, true);
            select(id);
            focus(id);
          }}
        />
      ) : null}
      {dialog?.kind === 'move' && dialogCode && index ? (
        <MoveCodeDialog
          code={dialogCode}
          index={index}
          lang={t.lang}
          onClose={() => setDialog(null)}
          onMove={async (parentId, at) => {
            await change(
              () => api['codes.move']({ id: dialogCode.id, parentId, index: at }),
              () => ({
                text: parentId
                  ? t('cb.status.movedUnder', {
                      name: label(dialogCode),
                      parent: label(index.byId.get(parentId)),
                    })
                  : t('cb.status.movedRoot', { name: label(dialogCode) }),
                undo: true,
              }),
            );
            if (parentId) reveal(index, parentId, true);
          }}
        />
      ) : null}
      {dialog?.kind === 'merge' && dialogCode && index ? (
        <MergeCodeDialog
          code={dialogCode}
          index={index}
          lang={t.lang}
          onClose={() => setDialog(null)}
          onMerge={async (targetId) => {
            const target = index.byId.get(targetId);
            await change(
              () => api['codes.merge']({ sourceId: dialogCode.id, targetId }),
              (r) => ({
                text: t.count('cb.status.merged', r.movedCodings, {
                  source: label(dialogCode),
                  target: label(target),
                }),
                undo: true,
              }),
            );
            reveal(index, targetId);
            select(targetId);
          }}
        />
      ) : null}
      {dialog?.kind === 'delete' && dialogCode && index ? (
        <DeleteCodeDialog
          code={dialogCode}
          rolled={rolled.get(dialogCode.id)}
          lang={t.lang}
          onClose={() => setDialog(null)}
          onDelete={async () => {
            await change(
              () => api['codes.delete']({ id: dialogCode.id }),
              (r) => ({
                text: t('cb.status.deleted', { name: label(dialogCode), codes: r.codes, codings: r.codings }),
                undo: true,
              }),
            );
            select(null);
          }}
        />
      ) : null}
      {dialog?.kind === 'import' ? (
        <ImportReportDialog
          report={dialog.report}
          fileName={dialog.fileName}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}
