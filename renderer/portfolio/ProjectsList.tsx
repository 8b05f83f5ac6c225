import { useMemo } from 'react';
import { PROJECT_STATUSES, type ProjectStatus, type ProjectSummary } from '../../shared/domain';
import { ProjectStatusChip, RoleChip } from '../components/Chips';
import { EmptyState, LoadFailed, Loading } from '../components/States';
import { useT } from '../i18n';
import { useReferenceLists } from '../lib/data';
import { formatEuros } from '../lib/format';
import { refItems, refLabel } from '../lib/refs';
import { routeToHash } from '../lib/route';
import { useNavStore } from '../stores/nav';
import { useProjects } from './data';
import { NONE, filterProjects } from './filters';
import { usePortfolioStore } from './store';
import { FilterField } from '../components/FormParts';

/** The portfolio's projects as cards, with a search and filters; a click opens the project's page. */
export function ProjectsList({ onNew, onImport }: { onNew: () => void; onImport: () => void }) {
  const t = useT();
  const query = useProjects();
  const lists = useReferenceLists();
  const filter = usePortfolioStore((s) => s.projectFilter);
  const setFilter = usePortfolioStore((s) => s.setProjectFilter);
  const projects = useMemo(() => query.data ?? [], [query.data]);
  const stepCount = refItems(lists.data, 'deployment-step').length || 8;
  const years = useMemo(
    () => [...new Set(projects.map((p) => p.callYear))].sort((a, b) => (b ?? 0) - (a ?? 0)),
    [projects],
  );
  const shown = useMemo(
    () =>
      filterProjects(projects, filter).sort(
        (a, b) => (b.callYear ?? 0) - (a.callYear ?? 0) || a.name.localeCompare(b.name, t.locale),
      ),
    [projects, filter, t.locale],
  );
  const filtered = !!(filter.query || filter.status || filter.callYear);

  if (query.loading && !query.data) return <Loading lines={8} />;
  if (query.error && !query.data) return <LoadFailed onRetry={query.reload} />;
  if (projects.length === 0)
    return (
      <EmptyState title={t('portfolio.empty.title')} icon="portefeuille">
        <p>{t('pf.projects.emptyBody')}</p>
        <div className="empty-actions">
          <button type="button" className="btn primary" onClick={onNew}>
            {t('pf.projects.new')}
          </button>
          <button type="button" className="btn" onClick={onImport}>
            {t('pf.import.open')}
          </button>
        </div>
      </EmptyState>
    );

  return (
    <>
      <div className="filter-bar" role="search">
        <FilterField label={t('pf.projects.search')}>
          <input
            type="search"
            className="search"
            value={filter.query}
            placeholder={t('pf.projects.searchPlaceholder')}
            onChange={(e) => setFilter({ ...filter, query: e.target.value })}
            data-testid="project-search"
          />
        </FilterField>
        <FilterField label={t('project.status')}>
          <select
            value={filter.status}
            onChange={(e) => setFilter({ ...filter, status: e.target.value as ProjectStatus | '' })}
          >
            <option value="">{t('pf.all')}</option>
            {PROJECT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`projectStatus.${s}`)}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField label={t('project.callYear')}>
          <select
            value={filter.callYear}
            onChange={(e) => setFilter({ ...filter, callYear: e.target.value })}
          >
            <option value="">{t('pf.all')}</option>
            {years.map((y) => (
              <option key={y ?? NONE} value={y === null ? NONE : String(y)}>
                {y ?? t('pf.notSet')}
              </option>
            ))}
          </select>
        </FilterField>
        {filtered ? (
          <button
            type="button"
            className="btn ghost"
            onClick={() => setFilter({ query: '', status: '', callYear: '' })}
          >
            {t('common.clearFilters')}
          </button>
        ) : null}
        <span className="muted small pf-shown" role="status">
          {filtered ? t('pf.projects.shown', { shown: shown.length, total: projects.length }) : ''}
        </span>
      </div>
      {shown.length === 0 ? (
        <p className="table-empty">{t('pf.projects.noMatch')}</p>
      ) : (
        <ul className="project-grid" aria-label={t('portfolio.tableLabel')}>
          {shown.map((p) => (
            <ProjectCard key={p.id} project={p} stepCount={stepCount} />
          ))}
        </ul>
      )}
    </>
  );
}

function ProjectCard({ project: p, stepCount }: { project: ProjectSummary; stepCount: number }) {
  const t = useT();
  const navigate = useNavStore((s) => s.navigate);
  const lists = useReferenceLists();
  const methodStep = refLabel(lists.data, 'method-step', p.methodStep, t.lang);
  const lifecycle = refLabel(lists.data, 'lifecycle-stage', p.lifecycleStage, t.lang);
  const open = () => navigate('portefeuille', p.id);
  const done = Math.min(p.stepsDone, stepCount);

  return (
    <li
      className="project-card clickable"
      data-testid="project-row"
      data-id={p.id}
      onClick={(e) => {
        if (!(e.target as HTMLElement).closest('a')) open();
      }}
    >
      <div className="project-card-head">
        <h2>
          <a
            href={routeToHash({ view: 'portefeuille', id: p.id })}
            onClick={(e) => {
              e.preventDefault();
              open();
            }}
          >
            {p.name}
          </a>
        </h2>
        <ProjectStatusChip status={p.status} />
      </div>
      {p.solution ? <p className="project-solution">{p.solution}</p> : null}
      <dl className="project-facts">
        <div>
          <dt>{t('portfolio.col.year')}</dt>
          <dd>{p.callYear ?? <span className="muted">{t('common.none')}</span>}</dd>
        </div>
        <div>
          <dt>{t('portfolio.col.methodStep')}</dt>
          <dd>{methodStep ?? <span className="muted">{t('common.none')}</span>}</dd>
        </div>
        <div>
          <dt>{t('portfolio.col.lifecycle')}</dt>
          <dd>{lifecycle ?? <span className="muted">{t('common.none')}</span>}</dd>
        </div>
      </dl>
      <table className="mini-table">
        <caption className="sr-only">{t('portfolio.col.partners')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('portfolio.col.partners')}</th>
            <th scope="col">{t('project.role')}</th>
            <th scope="col" className="num">
              {t('portfolio.col.funding')}
            </th>
          </tr>
        </thead>
        <tbody>
          {p.partners.length ? (
            p.partners.map((partner) => (
              <tr key={partner.id}>
                <td>{partner.organisation}</td>
                <td>
                  <RoleChip role={partner.role} />
                </td>
                <td className="num">
                  {partner.fundingEur != null ? (
                    formatEuros(partner.fundingEur)
                  ) : (
                    <span className="muted">{t('common.none')}</span>
                  )}
                </td>
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={3} className="muted">
                {t('project.noPartners')}
              </td>
            </tr>
          )}
        </tbody>
        {p.totalFundingEur ? (
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t('project.totalFunding')}
              </th>
              <td className="num">{formatEuros(p.totalFundingEur)}</td>
            </tr>
          </tfoot>
        ) : null}
      </table>
      <div className="project-card-foot">
        <span>
          <span className="muted">{t('portfolio.col.observations')} </span>
          <strong data-testid="project-observation-count">{p.observationCount}</strong>
        </span>
        <span className="steps-mini-wrap">
          <span className="muted">{t('portfolio.col.steps')} </span>
          <span className="steps-mini" aria-hidden="true">
            {Array.from({ length: stepCount }, (_, i) => (
              <span key={i} className={i < done ? 'on' : undefined} />
            ))}
          </span>
          <strong title={t('project.stepsDone', { done, total: stepCount })}>
            {t('portfolio.stepsDone', { done, total: stepCount })}
          </strong>
        </span>
      </div>
    </li>
  );
}
