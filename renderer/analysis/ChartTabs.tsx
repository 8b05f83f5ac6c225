import { useMemo, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { type MatrixColumns, type MatrixResult } from '../../shared/analysis';
import { CodeSelect } from '../components/CodeSelect';
import { EmptyState, LoadFailed, Loading } from '../components/States';
import { useT } from '../i18n';
import { useCodeIndex } from '../lib/data';
import { Busy } from './Busy';
import { legendProps, UnitField } from './ChartBits';
import { chartRows, columnRows, seriesColor, shorten } from './charts';
import { DrillDownPanel, type DrillTarget } from './DrillDown';
import { columnName, rowName, useMatrix, useMatrixRequest } from './MatrixTab';
import { resolveBranch, type ChartSettings } from './model';
import { useAnalysisStore } from './store';

/** "Qui soulève quoi": each challenge's evidence split by the actor type of the people who raised it. */
export function ActorsTab() {
  const settings = useAnalysisStore((s) => s.actors);
  const setActors = useAnalysisStore((s) => s.setActors);
  return (
    <ChartTab
      columns="actor-types"
      settings={settings}
      onChange={setActors}
      testId="actors-chart"
      render={(data, normalise, drill) => <ActorsChart data={data} normalise={normalise} onDrill={drill} />}
    />
  );
}

/** The challenges by call year of the projects: how they evolve. */
export function YearsTab() {
  const settings = useAnalysisStore((s) => s.years);
  const setYears = useAnalysisStore((s) => s.setYears);
  return (
    <ChartTab
      columns="years"
      settings={settings}
      onChange={setYears}
      testId="years-chart"
      render={(data, normalise, drill) => <YearsChart data={data} normalise={normalise} onDrill={drill} />}
    />
  );
}

function ChartTab({
  columns,
  settings,
  onChange,
  render,
  testId,
}: {
  columns: MatrixColumns;
  settings: ChartSettings;
  onChange: (patch: Partial<ChartSettings>) => void;
  render: (data: MatrixResult, normalise: boolean, drill: (target: DrillTarget) => void) => React.ReactNode;
  testId: string;
}) {
  const t = useT();
  const matrix = useAnalysisStore((s) => s.matrix);
  const setMatrix = useAnalysisStore((s) => s.setMatrix);
  const setTab = useAnalysisStore((s) => s.setTab);
  const { data: codes, index } = useCodeIndex();
  const request = useMatrixRequest(columns, settings.unit);
  const query = useMatrix(request);
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const data = query.data;
  const hasData = !!data && data.rows.some((r) => r.total.count > 0) && data.columns.length > 0;

  return (
    <div className={`an-body${drill ? ' with-panel' : ''}`}>
      <div className="an-main">
        <div className="an-toolbar" role="group" aria-label={t('an.matrix.settings')}>
          <label className="an-field">
            <span>{t('an.matrix.rows')}</span>
            <CodeSelect
              index={index}
              value={resolveBranch(codes, matrix.rows) ?? ''}
              onChange={(id) => setMatrix({ rows: id, collapsed: [] })}
              lang={t.lang}
            />
          </label>
          <UnitField
            value={settings.unit}
            onChange={(unit) => onChange({ unit })}
            testId={`${testId}-unit`}
          />
          <div className="an-checks">
            <label>
              <input
                type="checkbox"
                checked={settings.normalise}
                onChange={(e) => onChange({ normalise: e.target.checked })}
              />
              {t('an.matrix.normalise')}
            </label>
          </div>
          <button
            type="button"
            className="btn"
            onClick={() => {
              setMatrix({ columns, unit: settings.unit, normalise: settings.normalise });
              setTab('matrix');
            }}
          >
            {t('an.chart.asTable')}
          </button>
        </div>
        {!data ? (
          query.error ? (
            <LoadFailed onRetry={query.reload} />
          ) : (
            <Loading lines={6} />
          )
        ) : !hasData ? (
          <EmptyState title={t('an.chart.empty')} icon="analyses">
            <p>{t(columns === 'years' ? 'an.chart.emptyYears' : 'an.chart.emptyActors')}</p>
          </EmptyState>
        ) : (
          <figure className="an-figure" data-testid={testId} aria-busy={query.loading}>
            {query.loading ? <Busy /> : null}
            <figcaption>
              {t(columns === 'years' ? 'an.chart.yearsCaption' : 'an.chart.actorsCaption', {
                unit: t(`an.unit.${data.unit}`),
              })}
              {settings.normalise ? ` — ${t('an.chart.normalised')}` : ''}
              <span className="muted small"> {t('an.chart.clickHint')}</span>
            </figcaption>
            {render(data, settings.normalise, setDrill)}
          </figure>
        )}
      </div>
      {drill && request ? (
        <DrillDownPanel request={request} target={drill} onClose={() => setDrill(null)} />
      ) : null}
    </div>
  );
}

function ActorsChart({
  data,
  normalise,
  onDrill,
}: {
  data: MatrixResult;
  normalise: boolean;
  onDrill: (target: DrillTarget) => void;
}) {
  const t = useT();
  const rows = useMemo(() => chartRows(data, { normalise, lang: t.lang }), [data, normalise, t.lang]);
  const perRow = normalise ? Math.max(24, data.columns.length * 7 + 8) : 30;
  const height = rows.length * perRow + 110;
  const format = (v: unknown) => (normalise ? `${String(v)} %` : String(v));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tickFormatter={format} />
        <YAxis
          type="category"
          dataKey="label"
          width={250}
          interval={0}
          tickFormatter={(v: string) => shorten(v, 36)}
          tick={{ fontSize: 12 }}
        />
        <Tooltip formatter={format} />
        <Legend {...legendProps} />
        {data.columns.map((col, i) => (
          <Bar
            key={col.key}
            name={columnName(col, t.lang)}
            dataKey={(d: (typeof rows)[number]) => d.values[col.key] ?? 0}
            stackId={normalise ? undefined : 'actors'}
            fill={seriesColor(i)}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(_, index) => {
              const row = rows[index];
              const source = row && data.rows.find((r) => r.codeId === row.codeId);
              if (!row || !source) return;
              onDrill({
                rowCodeId: row.codeId,
                rowLabel: rowName(source, t.lang),
                column: col.key,
                columnLabel: columnName(col, t.lang),
                count: source.cells[col.key]?.count ?? 0,
              });
            }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

function YearsChart({
  data,
  normalise,
  onDrill,
}: {
  data: MatrixResult;
  normalise: boolean;
  onDrill: (target: DrillTarget) => void;
}) {
  const t = useT();
  const series = useMemo(() => data.rows.filter((r) => r.depth === 0 && r.total.count > 0), [data.rows]);
  const points = useMemo(
    () => columnRows(data, { normalise, rowIds: series.map((s) => s.codeId) }),
    [data, normalise, series],
  );
  const format = (v: unknown) => (normalise ? `${String(v)} %` : String(v));
  const drillAt = (index: number, rowId: string) => {
    const point = points[index];
    const row = data.rows.find((r) => r.codeId === rowId);
    if (!point || !row) return;
    onDrill({
      rowCodeId: rowId,
      rowLabel: rowName(row, t.lang),
      column: point.key,
      columnLabel: point.label,
      count: row.cells[point.key]?.count ?? 0,
    });
  };
  // An evolution reads as lines once there are a few years; with one or two, grouped bars say more.
  if (points.length >= 3) {
    return (
      <ResponsiveContainer width="100%" height={380}>
        <LineChart data={points} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} tickFormatter={format} />
          <Tooltip formatter={format} />
          <Legend {...legendProps} />
          {series.map((s, i) => (
            <Line
              key={s.codeId}
              name={rowName(s, t.lang)}
              dataKey={(d: (typeof points)[number]) => d.values[s.codeId] ?? 0}
              stroke={seriesColor(i)}
              strokeWidth={2}
              isAnimationActive={false}
              activeDot={{
                r: 6,
                cursor: 'pointer',
                onClick: (_: unknown, e: unknown) => {
                  const index = (e as { index?: number } | undefined)?.index;
                  if (typeof index === 'number') drillAt(index, s.codeId);
                },
              }}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    );
  }
  return (
    <ResponsiveContainer width="100%" height={380}>
      <BarChart data={points} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" />
        <YAxis allowDecimals={false} tickFormatter={format} />
        <Tooltip formatter={format} />
        <Legend {...legendProps} />
        {series.map((s, i) => (
          <Bar
            key={s.codeId}
            name={rowName(s, t.lang)}
            dataKey={(d: (typeof points)[number]) => d.values[s.codeId] ?? 0}
            fill={seriesColor(i)}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(_, index) => drillAt(index, s.codeId)}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
