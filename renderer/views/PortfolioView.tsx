import type { ProjectSummary } from '../../shared/domain';
import { api } from '../api';
import { ProjectStatusChip, RoleChip } from '../components/Chips';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, LoadFailed, Loading } from '../components/States';
import { useT } from '../i18n';
import { useReferenceLists, useWorkspaceVersion } from '../lib/data';
import { formatEuros } from '../lib/format';
import { refItems, refLabel } from '../lib/refs';
import { routeToHash } from '../lib/route';
import { useQuery } from '../lib/useQuery';
import { useNavStore } from '../stores/nav';
import { ProjectDetailView } from './ProjectDetail';

export function PortfolioView({ selectedId }: { selectedId: string | null }) {
  return selectedId ? <ProjectDetailView id={selectedId} /> : <ProjectList />;
}

function ProjectList() {
  const t = useT();
  const version = useWorkspaceVersion();
  const query = useQuery(['projects.list', version], () => api['projects.list']({}));
  const lists = useReferenceLists();
  const projects = query.data ?? [];
  const stepCount = refItems(lists.data, 'deployment-step').length || 8;
  const totalFunding = projects.reduce((sum, p) => sum + (p.totalFundingEur || 0), 0);

  return (
    <div className="view">
      <PageHeader
        title={t('portfolio.title')}
        meta={
          query.data ? (
            <>
              {t.count('portfolio.count', projects.length)}
              {totalFunding ? ` · ${t('portfolio.totalFunding', { amount: formatEuros(totalFunding) })}` : ''}
            </>
          ) : null
        }
      />
      {query.loading && !query.data ? (
        <Loading lines={8} />
      ) : query.error && !query.data ? (
        <LoadFailed onRetry={query.reload} />
      ) : projects.length === 0 ? (
        <EmptyState title={t('portfolio.empty.title')} icon="portefeuille">
          <p>{t('portfolio.empty.body')}</p>
        </EmptyState>
      ) : (
        <ul className="project-grid" aria-label={t('portfolio.tableLabel')}>
          {[...projects]
            .sort((a, b) => (b.callYear ?? 0) - (a.callYear ?? 0) || a.name.localeCompare(b.name, t.locale))
            .map((p) => (
              <ProjectCard key={p.id} project={p} stepCount={stepCount} />
            ))}
        </ul>
      )}
    </div>
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
