import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import {
  MATRIX_COLUMNS,
  type MatrixCell,
  type MatrixColumn,
  type MatrixColumns,
  type MatrixRequest,
  type MatrixResult,
  type MatrixRow,
  type MatrixUnit,
} from '../../shared/analysis';
import { api } from '../api';
import { CodeSelect } from '../components/CodeSelect';
import { EmptyState, LoadFailed, Loading } from '../components/States';
import { useT, type T } from '../i18n';
import { codeLabel } from '../lib/codes';
import { useCodeIndex } from '../lib/data';
import { useQuery } from '../lib/useQuery';
import { usePresentationText } from '../privacy/presentation';
import { computeWindow } from '../lib/virtual';
import { useApiFilter, useDataVersion } from './data';
import { UnitField } from './ChartBits';
import { DrillDownPanel, type DrillTarget } from './DrillDown';
import {
  cellValue,
  formatPercent,
  heatLegend,
  heatStyle,
  HEAT_STEPS,
  matrixMax,
  normalised,
  parentIds,
  resolveBranch,
  sortRows,
  visibleRows,
} from './model';
import { Busy } from './Busy';
import { useAnalysisStore } from './store';

/** A row's name in the interface language. */
export function rowName(row: Pick<MatrixRow, 'name' | 'nameEn'>, lang: string): string {
  return lang === 'en' && row.nameEn ? row.nameEn : row.name;
}

export function columnName(col: Pick<MatrixColumn, 'label' | 'labelEn'>, lang: string): string {
  return lang === 'en' && col.labelEn ? col.labelEn : col.label;
}

/**
 * The matrix request of the current settings. The rows are sent as stored (a code id or a branch key, the API
 * takes both), so the first matrix does not wait for the codebook; once the codebook is known, a code that no
 * longer exists falls back to the challenges.
 */
export function useMatrixRequest(columns: MatrixColumns, unit: MatrixUnit): MatrixRequest {
  const { data: codes } = useCodeIndex();
  const settings = useAnalysisStore((s) => s.matrix);
  const filter = useApiFilter();
  const stored = settings.rows;
  const known = !codes || codes.some((c) => c.id === stored || (!c.parentId && c.taxonomyKey === stored));
  const rows = known ? stored : (resolveBranch(codes, stored) ?? stored);
  return useMemo(
    () => ({
      rows,
      columns,
      unit,
      threshold: settings.threshold,
      includeImplied: settings.includeImplied,
      ...(Object.keys(filter).length ? { filter } : {}),
    }),
    [rows, columns, unit, settings.threshold, settings.includeImplied, filter],
  );
}

/** Runs the matrix; the previous result stays on screen while a new one is computed. */
/**
 * The matrix of a request, with its column labels as the screen may show them (interview titles by
 * pseudonyms in presentation mode): the table, the charts and the drill-down titles all take them from here.
 */
export function useMatrix(request: MatrixRequest) {
  const version = useDataVersion();
  const present = usePresentationText();
  const query = useQuery(['analysis.matrix', version, request], () => api['analysis.matrix'](request), {
    keepPrevious: true,
  });
  const data = useMemo(
    () =>
      query.data && present.on
        ? {
            ...query.data,
            columns: query.data.columns.map((c) => ({
              ...c,
              label: present(c.label),
              labelEn: present(c.labelEn),
            })),
          }
        : query.data,
    [query.data, present],
  );
  return { ...query, data };
}

/** The recurrence matrix: codes of a branch × a dimension, with the evidence behind every number. */
export function MatrixTab() {
  const t = useT();
  const settings = useAnalysisStore((s) => s.matrix);
  const request = useMatrixRequest(settings.columns, settings.unit);
  const query = useMatrix(request);
  const [drill, setDrill] = useState<(DrillTarget & { columns: MatrixColumns }) | null>(null);
  const data = query.data;
  const shownDrill =
    drill && (drill.column === undefined || drill.columns === settings.columns) ? drill : null;
  const columns = settings.columns;
  const onDrill = useCallback((target: DrillTarget) => setDrill({ ...target, columns }), [columns]);

  return (
    <div className={`an-body${shownDrill ? ' with-panel' : ''}`}>
      <div className="an-main">
        <MatrixToolbar />
        {query.error && data ? (
          <p className="inline-error" role="alert">
            {t('an.stale')}{' '}
            <button type="button" className="btn small-btn" onClick={query.reload}>
              {t('common.retry')}
            </button>
          </p>
        ) : null}
        {!data ? (
          query.error ? (
            <LoadFailed onRetry={query.reload} />
          ) : (
            <Loading lines={6} />
          )
        ) : (
          <MatrixTable data={data} busy={query.loading} onDrill={onDrill} selected={shownDrill} />
        )}
      </div>
      {shownDrill ? (
        <DrillDownPanel request={request} target={shownDrill} onClose={() => setDrill(null)} />
      ) : null}
    </div>
  );
}

function MatrixToolbar() {
  const t = useT();
  const settings = useAnalysisStore((s) => s.matrix);
  const setMatrix = useAnalysisStore((s) => s.setMatrix);
  const { data: codes, index } = useCodeIndex();
  const rowsId = resolveBranch(codes, settings.rows) ?? '';
  const [draft, setDraft] = useState<string | null>(null);

  return (
    <div className="an-toolbar" role="group" aria-label={t('an.matrix.settings')}>
      <label className="an-field">
        <span>{t('an.matrix.rows')}</span>
        <CodeSelect
          index={index}
          value={rowsId}
          onChange={(id) => setMatrix({ rows: id, collapsed: [] })}
          lang={t.lang}
          testId="matrix-rows"
        />
      </label>
      <label className="an-field">
        <span>{t('an.matrix.columns')}</span>
        <select
          value={settings.columns}
          onChange={(e) => setMatrix({ columns: e.target.value as MatrixColumns })}
          data-testid="matrix-columns"
        >
          {MATRIX_COLUMNS.map((c) => (
            <option key={c} value={c}>
              {t(`an.columns.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <UnitField value={settings.unit} onChange={(unit) => setMatrix({ unit })} testId="matrix-unit" />
      <label className="an-field an-threshold">
        <span>{t('an.matrix.threshold')}</span>
        <input
          type="number"
          min={1}
          step={1}
          inputMode="numeric"
          value={draft ?? String(settings.threshold)}
          onChange={(e) => {
            setDraft(e.target.value);
            const n = Number(e.target.value);
            if (Number.isInteger(n) && n >= 1 && n <= 100_000) setMatrix({ threshold: n });
          }}
          onBlur={() => setDraft(null)}
          data-testid="matrix-threshold"
        />
      </label>
      <div className="an-field">
        <span id="an-sort-label">{t('an.matrix.sort')}</span>
        <div className="segmented" role="group" aria-labelledby="an-sort-label">
          {(['tree', 'total'] as const).map((s) => (
            <button
              key={s}
              type="button"
              className={settings.sort === s ? 'active' : undefined}
              aria-pressed={settings.sort === s}
              onClick={() => setMatrix({ sort: s })}
              data-testid={`matrix-sort-${s}`}
            >
              {t(`an.matrix.sort.${s}`)}
            </button>
          ))}
        </div>
      </div>
      <div className="an-checks">
        <label>
          <input
            type="checkbox"
            checked={settings.includeImplied}
            onChange={(e) => setMatrix({ includeImplied: e.target.checked })}
            data-testid="matrix-implied"
          />
          {t('an.matrix.includeImplied')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.normalise}
            onChange={(e) => setMatrix({ normalise: e.target.checked })}
            data-testid="matrix-normalise"
          />
          {t('an.matrix.normalise')}
        </label>
      </div>
    </div>
  );
}

/** Why a number is what it is, in words (tooltip and screen readers). */
function cellSources(t: T, cell: MatrixCell | undefined): string {
  if (!cell) return t('an.cell.none');
  const parts: string[] = [];
  if (cell.count > 0)
    parts.push(t('an.cell.sources', { obs: cell.fromObservations, verb: cell.fromVerbatims }));
  if (cell.implied > 0) parts.push(t('an.cell.implied', { n: cell.implied }));
  return parts.join(' ; ') || t('an.cell.none');
}

function CellContent({
  cell,
  size,
  normalise,
  locale,
}: {
  cell: MatrixCell | undefined;
  size: number;
  normalise: boolean;
  locale: string;
}) {
  const count = cell?.count ?? 0;
  const implied = cell?.implied ?? 0;
  return (
    <>
      <span className="an-n">
        {count > 0
          ? normalise
            ? formatPercent(normalised(count, size), locale)
            : count
          : implied
            ? ''
            : '·'}
      </span>
      <span className="an-marks" aria-hidden="true">
        {cell?.fromObservations ? <span className="mk-obs">●</span> : null}
        {cell?.fromVerbatims ? <span className="mk-verb">❝</span> : null}
        {implied ? (
          <span className="mk-imp">{count > 0 ? `+${implied}○` : `○${implied > 1 ? implied : ''}`}</span>
        ) : null}
      </span>
    </>
  );
}

/** Past this many columns (interviews, people at M size: hundreds), only the columns in view are mounted. */
const WINDOW_FROM = 40;
/** The width of a data column when windowing (px), and what the sticky first and last columns take. */
const COL_WIDTH = 96;
const FIXED_WIDTH = 260 + 72;

/** The columns to mount for the table's horizontal scroll, and the width of what is left out on each side. */
function useColumnWindow(count: number, wrap: RefObject<HTMLDivElement | null>) {
  const windowed = count > WINDOW_FROM;
  const [view, setView] = useState({ left: 0, width: 1600 });
  const frame = useRef(0);
  useLayoutEffect(() => {
    const el = wrap.current;
    if (!windowed || !el) return;
    const measure = () => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => setView({ left: el.scrollLeft, width: el.clientWidth }));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    el.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', measure);
      cancelAnimationFrame(frame.current);
    };
  }, [windowed, wrap]);
  if (!windowed) return { windowed, start: 0, end: count, padLeft: 0, padRight: 0 };
  const { start, end } = computeWindow({
    scrollTop: view.left,
    viewportHeight: Math.max(COL_WIDTH, view.width - FIXED_WIDTH),
    rowHeight: COL_WIDTH,
    count,
    overscan: 4,
  });
  return { windowed, start, end, padLeft: start * COL_WIDTH, padRight: (count - end) * COL_WIDTH };
}

function Pad({ width, head }: { width: number; head?: boolean }) {
  if (width <= 0) return null;
  const style = { width, minWidth: width, maxWidth: width, padding: 0 };
  return head ? (
    <th aria-hidden="true" className="an-pad" style={style} />
  ) : (
    <td aria-hidden="true" className="an-pad" style={style} />
  );
}

function MatrixTable({
  data,
  busy,
  onDrill,
  selected,
}: {
  data: MatrixResult;
  busy: boolean;
  onDrill: (target: DrillTarget) => void;
  selected: DrillTarget | null;
}) {
  const t = useT();
  const settings = useAnalysisStore((s) => s.matrix);
  const setMatrix = useAnalysisStore((s) => s.setMatrix);
  const normalise = settings.normalise;
  const collapsed = useMemo(() => new Set(settings.collapsed), [settings.collapsed]);
  const parents = useMemo(() => parentIds(data.rows), [data.rows]);
  const rows = useMemo(
    () => visibleRows(sortRows(data.rows, settings.sort), collapsed),
    [data.rows, settings.sort, collapsed],
  );
  const max = useMemo(
    () => matrixMax(data.rows, data.columns, normalise),
    [data.rows, data.columns, normalise],
  );
  const { index } = useCodeIndex();
  const rootCode = index?.byId.get(data.rowsRoot.id);
  const rootName = rootCode ? codeLabel(rootCode, t.lang) : data.rowsRoot.name;
  const wrap = useRef<HTMLDivElement>(null);
  const win = useColumnWindow(data.columns.length, wrap);
  const columns = useMemo(() => data.columns.slice(win.start, win.end), [data.columns, win.start, win.end]);
  const unitCount = (n: number) => t.count(`an.count.${data.unit}`, n);

  if (data.rows.length === 0) {
    return (
      <EmptyState title={t('an.matrix.noRows')} icon="analyses">
        <p>{t('an.matrix.noRowsBody')}</p>
      </EmptyState>
    );
  }
  if (data.columns.length === 0) {
    return (
      <EmptyState title={t('an.matrix.noColumnsTitle')} icon="analyses">
        <p>{t('an.matrix.noColumns')}</p>
      </EmptyState>
    );
  }

  return (
    <>
      <RecurringSummary data={data} onDrill={onDrill} />
      <div className="an-legend" aria-label={t('an.legend.label')} role="note">
        <span className="an-legend-title">
          {normalise ? t('an.legend.share') : t('an.legend.count', { unit: t(`an.unit.${data.unit}`) })}
        </span>
        <span className="an-swatches">
          {heatLegend(max, !normalise).map((l) => (
            <span
              key={l.level}
              className="an-swatch"
              style={{ background: HEAT_STEPS[l.level]!.bg, color: HEAT_STEPS[l.level]!.fg }}
            >
              {normalise
                ? l.level === 1
                  ? `≤ ${l.to} %`
                  : `${l.from}–${l.to} %`
                : l.from === l.to
                  ? l.from
                  : `${l.from}–${l.to}`}
            </span>
          ))}
        </span>
        <span className="an-legend-marks">
          <span>
            <span className="mk-obs" aria-hidden="true">
              ●
            </span>{' '}
            {t('an.legend.observations')}
          </span>
          <span>
            <span className="mk-verb" aria-hidden="true">
              ❝
            </span>{' '}
            {t('an.legend.verbatims')}
          </span>
          <span>
            <span className="mk-imp" aria-hidden="true">
              ○
            </span>{' '}
            {t('an.legend.implied')}
          </span>
        </span>
        {parents.size ? (
          <span className="an-legend-actions">
            <button
              type="button"
              className="btn ghost small-btn"
              onClick={() => setMatrix({ collapsed: [...parents] })}
            >
              {t('an.matrix.collapseAll')}
            </button>
            <button
              type="button"
              className="btn ghost small-btn"
              onClick={() => setMatrix({ collapsed: [] })}
            >
              {t('an.matrix.expandAll')}
            </button>
          </span>
        ) : null}
      </div>
      <div className="an-table-wrap" aria-busy={busy} ref={wrap}>
        {busy ? <Busy /> : null}
        <table
          className={`an-matrix${win.windowed ? ' windowed' : ''}`}
          data-testid="matrix"
          data-unit={data.unit}
          data-columns={settings.columns}
          aria-colcount={data.columns.length + 2}
        >
          <caption className="sr-only">
            {t('an.matrix.caption', {
              rows: rootName,
              columns: t(`an.columns.${settings.columns}`),
              unit: t(`an.unit.${data.unit}`),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="an-corner">
                {rootName}
              </th>
              <Pad width={win.padLeft} head />
              {columns.map((col, i) => (
                <th
                  key={col.key}
                  scope="col"
                  className="an-col-head"
                  title={columnName(col, t.lang)}
                  data-col={col.key}
                  aria-colindex={win.start + i + 2}
                >
                  <span>{columnName(col, t.lang)}</span>
                  {normalise ? <span className="an-size">{t('an.matrix.size', { n: col.size })}</span> : null}
                </th>
              ))}
              <Pad width={win.padRight} head />
              <th scope="col" className="an-total-head">
                {t('an.matrix.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <MatrixRowView
                key={row.codeId}
                row={row}
                columns={columns}
                firstIndex={win.start}
                padLeft={win.padLeft}
                padRight={win.padRight}
                max={max}
                normalise={normalise}
                unit={data.unit}
                threshold={data.threshold}
                isParent={parents.has(row.codeId)}
                open={!collapsed.has(row.codeId)}
                selectedColumn={
                  selected && selected.rowCodeId === row.codeId ? (selected.column ?? null) : undefined
                }
                onDrill={onDrill}
              />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="an-row-head an-foot-head">
                {t('an.matrix.columnTotal')}
              </th>
              <Pad width={win.padLeft} />
              {columns.map((col) => {
                const colName = columnName(col, t.lang);
                const isSelected = !!selected && !selected.rowCodeId && selected.column === col.key;
                return (
                  <td
                    key={col.key}
                    data-testid="matrix-col-total"
                    data-col={col.key}
                    data-count={col.total}
                    className={`an-total${isSelected ? ' selected' : ''}`}
                  >
                    {col.total > 0 ? (
                      <button
                        type="button"
                        aria-label={`${colName}, ${t('an.matrix.total')} : ${unitCount(col.total)}`}
                        onClick={() => onDrill({ column: col.key, columnLabel: colName, count: col.total })}
                      >
                        <span className="an-n">
                          {normalise ? formatPercent(normalised(col.total, col.size), t.locale) : col.total}
                        </span>
                      </button>
                    ) : (
                      <span className="an-empty" aria-label={t('an.cell.zero')}>
                        0
                      </span>
                    )}
                  </td>
                );
              })}
              <Pad width={win.padRight} />
              <td className="an-total an-row-total an-corner-end" aria-hidden="true" />
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

/** How many chips the summary shows before "show all": at M size dozens of codes can recur. */
const CHIPS_SHOWN = 8;

/** The recurring codes, most frequent first, each opening its evidence. */
function RecurringSummary({ data, onDrill }: { data: MatrixResult; onDrill: (target: DrillTarget) => void }) {
  const t = useT();
  const [all, setAll] = useState(false);
  const recurring = data.rows.filter((r) => r.recurring).sort((a, b) => b.total.count - a.total.count);
  const unit = t.count(`an.count.${data.unit}`, data.threshold);
  if (recurring.length === 0)
    return (
      <div className="an-summary">
        <span className="muted" role="status">
          {t('an.recurring.none', { unit })}
        </span>
      </div>
    );
  const shown = all ? recurring : recurring.slice(0, CHIPS_SHOWN);
  return (
    <div className="an-summary">
      <strong role="status">
        {t.count('an.recurring.count', recurring.length)} {t('an.recurring.rule', { unit })}
      </strong>
      <ul className="an-recurring-list">
        {shown.map((r) => (
          <li key={r.codeId}>
            <button
              type="button"
              className="an-recurring-chip"
              onClick={() =>
                onDrill({ rowCodeId: r.codeId, rowLabel: rowName(r, t.lang), count: r.total.count })
              }
            >
              {rowName(r, t.lang)} <span className="an-recurring-n">{r.total.count}</span>
            </button>
          </li>
        ))}
        {recurring.length > CHIPS_SHOWN ? (
          <li>
            <button
              type="button"
              className="btn ghost small-btn"
              onClick={() => setAll(!all)}
              aria-expanded={all}
            >
              {all ? t('an.recurring.fewer') : t('an.recurring.more', { n: recurring.length - CHIPS_SHOWN })}
            </button>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

/**
 * One row of the matrix. Memoised: opening a cell, collapsing a branch or scrolling within the same columns
 * re-renders only the rows that change, which keeps a 50-row × 1,000-column matrix responsive.
 */
const MatrixRowView = memo(function MatrixRowView({
  row,
  columns,
  firstIndex,
  padLeft,
  padRight,
  max,
  normalise,
  unit,
  threshold,
  isParent,
  open,
  selectedColumn,
  onDrill,
}: {
  row: MatrixRow;
  columns: readonly MatrixColumn[];
  firstIndex: number;
  padLeft: number;
  padRight: number;
  max: number;
  normalise: boolean;
  unit: MatrixUnit;
  threshold: number;
  isParent: boolean;
  open: boolean;
  /** undefined: nothing selected in this row; null: its total; a key: that cell. */
  selectedColumn: string | null | undefined;
  onDrill: (target: DrillTarget) => void;
}) {
  const t = useT();
  const toggleCollapsed = useAnalysisStore((s) => s.toggleCollapsed);
  const name = rowName(row, t.lang);
  const unitCount = (n: number) => t.count(`an.count.${unit}`, n);
  const totalSources = cellSources(t, row.total);
  return (
    <tr
      data-testid="matrix-row"
      data-code-key={row.taxonomyKey ?? row.codeId}
      data-code-id={row.codeId}
      data-recurring={row.recurring ? 'true' : 'false'}
      className={row.recurring ? 'recurring' : undefined}
    >
      <th scope="row" className="an-row-head" style={{ paddingLeft: 8 + row.depth * 18 }}>
        <span className="an-row-label">
          {isParent ? (
            <button
              type="button"
              className="an-twisty"
              aria-expanded={open}
              aria-label={open ? t('an.matrix.collapse', { name }) : t('an.matrix.expand', { name })}
              onClick={() => toggleCollapsed(row.codeId)}
            >
              {open ? '▾' : '▸'}
            </button>
          ) : (
            <span className="an-twisty-space" aria-hidden="true" />
          )}
          {row.color ? (
            <span className="code-dot" style={{ background: row.color }} aria-hidden="true" />
          ) : null}
          <span className="an-row-name" title={name}>
            {name}
          </span>
          {row.recurring ? (
            <span
              className="an-badge"
              data-testid="recurring-badge"
              title={t('an.recurring.help', { unit: unitCount(threshold) })}
            >
              {t('an.recurring.badge')}
            </span>
          ) : null}
        </span>
      </th>
      <Pad width={padLeft} />
      {columns.map((col, i) => {
        const cell = row.cells[col.key];
        const value = cellValue(cell, col.size, normalise);
        const clickable = !!cell && (cell.count > 0 || cell.implied > 0);
        const colName = columnName(col, t.lang);
        const sources = cellSources(t, cell);
        return (
          <td
            key={col.key}
            data-testid="matrix-cell"
            data-col={col.key}
            data-count={cell?.count ?? 0}
            aria-colindex={firstIndex + i + 2}
            className={`an-cell${selectedColumn === col.key ? ' selected' : ''}`}
            style={heatStyle(value, max)}
            title={`${name} × ${colName}\n${sources}${
              normalise ? `\n${t('an.cell.ofSize', { count: cell?.count ?? 0, size: col.size })}` : ''
            }`}
          >
            {clickable ? (
              <button
                type="button"
                aria-label={`${name} × ${colName} : ${unitCount(cell.count)} (${sources})`}
                onClick={() =>
                  onDrill({
                    rowCodeId: row.codeId,
                    rowLabel: name,
                    column: col.key,
                    columnLabel: colName,
                    count: cell.count,
                  })
                }
              >
                <CellContent cell={cell} size={col.size} normalise={normalise} locale={t.locale} />
              </button>
            ) : (
              <span className="an-empty" aria-label={t('an.cell.zero')}>
                ·
              </span>
            )}
          </td>
        );
      })}
      <Pad width={padRight} />
      <td
        data-testid="matrix-row-total"
        data-count={row.total.count}
        className={`an-total an-row-total${selectedColumn === null ? ' selected' : ''}`}
        title={totalSources}
      >
        {row.total.count > 0 || row.total.implied > 0 ? (
          <button
            type="button"
            aria-label={`${name}, ${t('an.matrix.total')} : ${unitCount(row.total.count)} (${totalSources})`}
            onClick={() => onDrill({ rowCodeId: row.codeId, rowLabel: name, count: row.total.count })}
          >
            <CellContent cell={row.total} size={0} normalise={false} locale={t.locale} />
          </button>
        ) : (
          <span className="an-empty" aria-label={t('an.cell.zero')}>
            0
          </span>
        )}
      </td>
    </tr>
  );
});
