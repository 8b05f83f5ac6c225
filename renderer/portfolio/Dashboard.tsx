import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Bar, Dashboard as DashboardData } from '../../shared/dashboard';
import { PROJECT_STATUSES } from '../../shared/domain';
import { api } from '../api';
import {
  FundingByActorTypeChart,
  FundingByCallYearChart,
  FunnelChart,
  LifecycleChart,
  SitesByRegionChart,
  StatusChart,
  formatValue,
  fromDashboard,
  type ChartBar,
} from '../charts';
import { EmptyState, LoadFailed, Loading } from '../components/States';
import { useT } from '../i18n';
import { formatEuros, formatNumber } from '../lib/format';
import { routeToHash } from '../lib/route';
import { useQuery } from '../lib/useQuery';
import { useNavStore } from '../stores/nav';
import { useProjects } from './data';
import { dashboardInput, isFiltered, toggle } from './filters';
import { usePortfolioKey, usePortfolioStore } from './store';

type ChartKey = 'funnel' | 'lifecycle' | 'status' | 'funding-actor' | 'funding-year' | 'sites-region';

interface ChartSpec {
  key: ChartKey;
  bars: (d: DashboardData) => Bar[];
  Chart: typeof FunnelChart;
  unit: 'count' | 'eur';
  wide?: boolean;
}

const CHARTS: ChartSpec[] = [
  { key: 'funnel', bars: (d) => d.funnel, Chart: FunnelChart, unit: 'count' },
  { key: 'status', bars: (d) => d.byStatus, Chart: StatusChart, unit: 'count' },
  { key: 'lifecycle', bars: (d) => d.byLifecycleStage, Chart: LifecycleChart, unit: 'count' },
  { key: 'sites-region', bars: (d) => d.sitesByRegion, Chart: SitesByRegionChart, unit: 'count' },
  { key: 'funding-actor', bars: (d) => d.fundingByActorType, Chart: FundingByActorTypeChart, unit: 'eur' },
  { key: 'funding-year', bars: (d) => d.fundingByCallYear, Chart: FundingByCallYearChart, unit: 'eur' },
];

/** The width of an element, followed as the window resizes (charts draw at a fixed pixel size). */
function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

function Chip({
  pressed,
  onClick,
  children,
}: {
  pressed: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button type="button" className="pf-toggle" aria-pressed={pressed} onClick={onClick}>
      {children}
    </button>
  );
}

/**
 * The portfolio at a glance, for the alliance's members: indicator cards and charts computed by the
 * workspace, all for the projects the filter keeps; a click on a bar lists the projects behind it.
 */
export function Dashboard({ onNew }: { onNew: () => void }) {
  const t = useT();
  const key = usePortfolioKey();
  const filter = usePortfolioStore((s) => s.filter);
  const setFilter = usePortfolioStore((s) => s.setFilter);
  const input = dashboardInput(filter);
  const query = useQuery(['projects.dashboard', ...key, input], () => api['projects.dashboard'](input), {
    keepPrevious: true,
  });
  const [open, setOpen] = useState<{ chart: ChartKey; bar: string } | null>(null);
  const data = query.data;

  if (!data && query.loading) return <Loading lines={8} />;
  if (!data) return <LoadFailed onRetry={query.reload} />;
  const filtered = isFiltered(filter);
  if (!filtered && data.indicators.projects === 0)
    return (
      <EmptyState title={t('pf.dash.emptyTitle')} icon="portefeuille">
        <p>{t('pf.dash.emptyBody')}</p>
        <button type="button" className="btn primary" onClick={onNew}>
          {t('pf.projects.new')}
        </button>
      </EmptyState>
    );

  const ind = data.indicators;
  const statusLabel = (s: string) => t(`projectStatus.${s as 'active'}`);
  return (
    <div className="pf-dashboard" data-testid="dashboard" aria-busy={query.loading}>
      <div className="filter-bar pf-dash-filters" role="group" aria-label={t('pf.dash.filterLabel')}>
        <div className="pf-filter-group">
          <span className="filter-label">{t('project.callYear')}</span>
          <div className="pf-toggle-chips" data-testid="dashboard-filter-year">
            {data.options.callYears.map((y) => (
              <Chip
                key={y ?? 'none'}
                pressed={!!filter.callYears?.includes(y)}
                onClick={() => setFilter({ ...filter, callYears: toggle(filter.callYears ?? [], y) })}
              >
                {y ?? t('pf.notSet')}
              </Chip>
            ))}
          </div>
        </div>
        <div className="pf-filter-group">
          <span className="filter-label">{t('project.status')}</span>
          <div className="pf-toggle-chips" data-testid="dashboard-filter-status">
            {PROJECT_STATUSES.filter((s) => data.options.statuses.includes(s)).map((s) => (
              <Chip
                key={s}
                pressed={!!filter.statuses?.includes(s)}
                onClick={() => setFilter({ ...filter, statuses: toggle(filter.statuses ?? [], s) })}
              >
                {statusLabel(s)}
              </Chip>
            ))}
          </div>
        </div>
        {data.options.themes.length ? (
          <div className="pf-filter-group">
            <span className="filter-label">{t('project.theme')}</span>
            <div className="pf-toggle-chips" data-testid="dashboard-filter-theme">
              {data.options.themes.map((theme) => (
                <Chip
                  key={theme}
                  pressed={!!filter.themes?.includes(theme)}
                  onClick={() => setFilter({ ...filter, themes: toggle(filter.themes ?? [], theme) })}
                >
                  {theme}
                </Chip>
              ))}
            </div>
          </div>
        ) : null}
        {filtered ? (
          <button type="button" className="btn ghost pf-push" onClick={() => setFilter({})}>
            {t('common.clearFilters')}
          </button>
        ) : null}
      </div>

      <div className="pf-indicators">
        <Indicator k="projects" label={t('pf.dash.projects')} value={formatNumber(t.lang, ind.projects)} />
        <Indicator
          k="establishments"
          label={t('pf.dash.establishments')}
          value={formatNumber(t.lang, ind.establishmentsReached)}
          detail={`${t.count('pf.dash.sites', ind.sites)}, ${t.count('pf.dash.regions', ind.regions)}`}
        />
        <Indicator k="funding" label={t('pf.dash.funding')} value={formatEuros(ind.totalFundingEur)} />
        <Indicator
          k="avg-industrial"
          label={t('pf.dash.avgIndustrial')}
          value={
            ind.avgFundingPerProjectPerIndustrialEur === null
              ? t('common.none')
              : formatEuros(ind.avgFundingPerProjectPerIndustrialEur)
          }
          detail={t('pf.dash.avgIndustrialDetail')}
        />
      </div>

      {filtered && ind.projects === 0 ? (
        <p className="table-empty">{t('pf.dash.noMatch')}</p>
      ) : (
        <div className="pf-charts">
          {CHARTS.map((spec) => (
            <ChartCard
              key={spec.key}
              spec={spec}
              bars={spec.bars(data)}
              openBar={open?.chart === spec.key ? open.bar : null}
              onOpen={(bar) => setOpen(bar === null ? null : { chart: spec.key, bar })}
            />
          ))}
        </div>
      )}
    </div>
  );
}

function Indicator({
  k,
  label,
  value,
  detail,
}: {
  k: string;
  label: string;
  value: string;
  detail?: string;
}) {
  return (
    <div className="pf-indicator" data-testid="indicator" data-indicator={k}>
      <span className="pf-indicator-label">{label}</span>
      <strong className="pf-indicator-value" data-testid="indicator-value">
        {value}
      </strong>
      {detail ? <span className="pf-indicator-detail">{detail}</span> : null}
    </div>
  );
}

function ChartCard({
  spec,
  bars,
  openBar,
  onOpen,
}: {
  spec: ChartSpec;
  bars: Bar[];
  openBar: string | null;
  onOpen: (bar: string | null) => void;
}) {
  const t = useT();
  const [ref, width] = useWidth<HTMLDivElement>();
  const chartBars: ChartBar[] = fromDashboard(bars, t.lang);
  const title = t(`pf.chart.${spec.key}`);
  const empty = bars.every((b) => b.value === 0);
  const bar = openBar !== null ? bars.find((b) => b.key === openBar) : undefined;
  const { Chart } = spec;
  return (
    <section
      className="card pf-chart-card"
      data-testid="chart"
      data-chart={spec.key}
      aria-labelledby={`chart-${spec.key}`}
    >
      <div className="card-head">
        <h2 id={`chart-${spec.key}`}>{title}</h2>
      </div>
      <p className="muted small pf-chart-help">{t(`pf.chart.${spec.key}.help`)}</p>
      <div ref={ref} className="pf-chart-box">
        {empty ? (
          <p className="pf-chart-empty">{t('pf.chart.noData')}</p>
        ) : width > 0 ? (
          <Chart
            bars={chartBars}
            lang={t.lang}
            width={width}
            title={title}
            onBarClick={(k) => onOpen(k === openBar ? null : k)}
          />
        ) : null}
      </div>
      {!empty ? (
        <details className="pf-chart-data">
          <summary>{t('pf.chart.data')}</summary>
          <table className="mini-table">
            <tbody>
              {bars.map((b, i) => (
                <tr key={b.key}>
                  <th scope="row">{chartBars[i]?.label}</th>
                  <td className="num">{formatValue(b.value, spec.unit, t.lang, false)}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      disabled={!b.projectIds.length}
                      onClick={() => onOpen(b.key)}
                    >
                      {t.count('pf.chart.listProjects', b.projectIds.length)}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
      {bar ? (
        <BarProjects
          title={title}
          label={chartBars[bars.indexOf(bar)]?.label ?? bar.label}
          value={formatValue(bar.value, spec.unit, t.lang, false)}
          projectIds={bar.projectIds}
          onClose={() => onOpen(null)}
        />
      ) : null}
    </section>
  );
}

/** The projects behind a bar, each a link to its page. */
function BarProjects({
  title,
  label,
  value,
  projectIds,
  onClose,
}: {
  title: string;
  label: string;
  value: string;
  projectIds: string[];
  onClose: () => void;
}) {
  const t = useT();
  const projects = useProjects();
  const navigate = useNavStore((s) => s.navigate);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [label]);
  const byId = new Map((projects.data ?? []).map((p) => [p.id, p]));
  const list = projectIds
    .map((id) => byId.get(id))
    .filter((p) => p !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name, t.locale));
  return (
    <div
      className="pf-bar-projects"
      data-testid="chart-bar-projects"
      ref={ref}
      tabIndex={-1}
      role="region"
      aria-label={t('pf.chart.panelLabel', { chart: title, bar: label })}
    >
      <div className="pf-bar-projects-head">
        <h3>
          {label} <span className="muted">· {value}</span>
        </h3>
        <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <p className="muted small">{t.count('pf.chart.projectsBehind', projectIds.length)}</p>
      {projects.loading && !projects.data ? (
        <p className="muted small">{t('common.loading')}</p>
      ) : (
        <ul className="pf-link-list">
          {list.map((p) => (
            <li key={p.id} data-testid="chart-bar-project">
              <a
                href={routeToHash({ view: 'portefeuille', id: p.id })}
                onClick={(e) => {
                  e.preventDefault();
                  navigate('portefeuille', p.id);
                }}
              >
                {p.name}
              </a>
              {p.solution ? <span className="muted small"> · {p.solution}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
