import type { CSSProperties } from 'react';
import { TerrainError } from '../../shared/errors';
import { api } from '../api';
import { ObservationStatusChip, ProjectStatusChip, RoleChip, StrengthChip } from '../components/Chips';
import { PageHeader } from '../components/PageHeader';
import { StepTimeline } from '../components/StepTimeline';
import { EmptyState, LoadFailed, Loading } from '../components/States';
import { useT } from '../i18n';
import { codeColor, codeLabel, codePath } from '../lib/codes';
import { useCodeIndex, useReferenceLists, useWorkspaceVersion } from '../lib/data';
import { formatDate, formatEuros } from '../lib/format';
import { refItems, refLabel } from '../lib/refs';
import { routeToHash } from '../lib/route';
import { useQuery } from '../lib/useQuery';
import { useNavStore } from '../stores/nav';
import { BackLink, Field } from '../components/Details';

export function ProjectDetailView({ id }: { id: string }) {
  const t = useT();
  const version = useWorkspaceVersion();
  const navigate = useNavStore((s) => s.navigate);
  const query = useQuery(['projects.get', version, id], () => api['projects.get']({ id }));
  const lists = useReferenceLists();
  const codes = useCodeIndex();
  const project = query.data;

  const back = (
    <BackLink
      label={t('project.back')}
      href={routeToHash({ view: 'portefeuille', id: null })}
      onClick={() => navigate('portefeuille')}
    />
  );
  if (query.loading && !project)
    return (
      <div className="view">
        {back}
        <Loading lines={10} />
      </div>
    );
  if (!project)
    return (
      <div className="view">
        {back}
        {query.error instanceof TerrainError && query.error.code === 'not_found' ? (
          <EmptyState title={t('project.notFound')} icon="portefeuille" />
        ) : (
          <LoadFailed onRetry={query.reload} />
        )}
      </div>
    );

  const label = (taxonomy: string, key: string | null) => refLabel(lists.data, taxonomy, key, t.lang);
  const stepRefs = refItems(lists.data, 'deployment-step');
  const done = project.steps.filter((s) => s.status === 'done').length;
  const stepTotal = stepRefs.length || project.steps.length;
  const period =
    project.startDate || project.endDate
      ? t('project.periodValue', {
          start: formatDate(t.lang, project.startDate) || '…',
          end: formatDate(t.lang, project.endDate) || '…',
        })
      : null;

  return (
    <div className="view project-detail" data-testid="project-detail">
      {back}
      <PageHeader title={project.name} meta={<ProjectStatusChip status={project.status} />} />

      <div className="detail-cards">
        <section className="card" aria-labelledby="pj-details">
          <h2 id="pj-details">{t('project.details')}</h2>
          <dl className="fields">
            <Field label={t('project.solution')}>{project.solution}</Field>
            <Field label={t('project.theme')}>{project.theme}</Field>
            <Field label={t('project.callYear')}>{project.callYear}</Field>
            <Field label={t('project.region')}>{project.region}</Field>
            <Field label={t('project.methodStep')}>{label('method-step', project.methodStep)}</Field>
            <Field label={t('project.lifecycle')}>{label('lifecycle-stage', project.lifecycleStage)}</Field>
            {project.dtaCategory ? (
              <Field label={t('project.dtaCategory')}>{label('dta-category', project.dtaCategory)}</Field>
            ) : null}
            {project.triggers.length ? (
              <Field label={t('project.triggers')}>
                {project.triggers.map((k) => label('lifecycle-trigger', k)).join(' ; ')}
              </Field>
            ) : null}
            {period ? <Field label={t('project.period')}>{period}</Field> : null}
          </dl>
          {project.summary ? (
            <>
              <h3>{t('project.summary')}</h3>
              <p className="prose">{project.summary}</p>
            </>
          ) : null}
        </section>

        <section className="card" aria-labelledby="pj-partners">
          <h2 id="pj-partners">{t('project.partners')}</h2>
          {project.partners.length ? (
            <table className="mini-table" data-testid="project-partners">
              <thead>
                <tr>
                  <th scope="col">{t('project.organisation')}</th>
                  <th scope="col">{t('project.actorType')}</th>
                  <th scope="col">{t('project.role')}</th>
                  <th scope="col" className="num">
                    {t('project.funding')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {project.partners.map((p) => (
                  <tr key={p.id}>
                    <td>{p.organisation}</td>
                    <td>
                      {label('actor-type', p.actorType) ?? <span className="muted">{t('common.none')}</span>}
                    </td>
                    <td>
                      <RoleChip role={p.role} />
                    </td>
                    <td className="num">
                      {p.fundingEur != null ? (
                        formatEuros(p.fundingEur)
                      ) : (
                        <span className="muted">{t('common.none')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
              {project.totalFundingEur ? (
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={3}>
                      {t('project.totalFunding')}
                    </th>
                    <td className="num">{formatEuros(project.totalFundingEur)}</td>
                  </tr>
                </tfoot>
              ) : null}
            </table>
          ) : (
            <p className="muted">{t('project.noPartners')}</p>
          )}
          {project.sites.length ? (
            <>
              <h3>{t('project.sites')}</h3>
              <ul className="plain-list">
                {project.sites.map((s) => (
                  <li key={s.id}>
                    {s.organisation}
                    {s.region ? <span className="muted"> · {s.region}</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      </div>

      <section className="card" aria-labelledby="pj-steps">
        <div className="card-head">
          <h2 id="pj-steps">{t('project.steps')}</h2>
          <span className="muted">{t('project.stepsDone', { done, total: stepTotal })}</span>
        </div>
        <StepTimeline reference={stepRefs} steps={project.steps} />
      </section>

      <section className="card" aria-labelledby="pj-obs">
        <div className="card-head">
          <h2 id="pj-obs">{t('project.observations')}</h2>
          <span className="muted">{project.observations.length}</span>
        </div>
        {project.observations.length === 0 ? (
          <p className="muted">{t('project.noObservations')}</p>
        ) : (
          <ul className="observations">
            {project.observations.map((o) => {
              const code = codes.index?.byId.get(o.codeId);
              const name = code
                ? codeLabel(code, t.lang)
                : (label('challenge', o.challengeKey) ?? o.challenge);
              const color = codes.index ? codeColor(codes.index, o.codeId) : '#6b7280';
              // The challenge's parents below the codebook branch, for context ("End-user adoption › Patients").
              const parents = code && codes.index ? codePath(codes.index, code.id, t.lang).slice(1, -1) : [];
              return (
                <li
                  key={o.id}
                  className="observation"
                  style={{ '--code': color } as CSSProperties}
                  data-testid="observation"
                >
                  <div className="observation-head">
                    <h3>
                      {parents.length ? (
                        <span className="observation-parent">{parents.join(' › ')} › </span>
                      ) : null}
                      {name}
                    </h3>
                    <span className="observation-chips">
                      <span className="sr-only">{t('project.strength')} </span>
                      <StrengthChip strength={o.strength} />
                      <span className="sr-only">{t('project.status')} </span>
                      <ObservationStatusChip status={o.status} />
                    </span>
                  </div>
                  {o.levers ? (
                    <p>
                      <span className="label">{t('project.levers')}</span> {o.levers}
                    </p>
                  ) : null}
                  {o.notes ? (
                    <p>
                      <span className="label">{t('project.notes')}</span> {o.notes}
                    </p>
                  ) : null}
                  {o.evidence.length ? (
                    <div className="evidence">
                      <span className="label">{t('project.evidence')}</span>
                      {o.evidence.map((ev) => (
                        <figure key={ev.segmentId} className="evidence-quote">
                          <blockquote>{ev.quote}</blockquote>
                          <figcaption>
                            <a
                              href={routeToHash({ view: 'entretiens', id: ev.interviewId })}
                              onClick={(e) => {
                                e.preventDefault();
                                navigate('entretiens', ev.interviewId);
                              }}
                            >
                              {ev.interviewTitle}
                            </a>
                          </figcaption>
                        </figure>
                      ))}
                    </div>
                  ) : (
                    <p className="muted small">{t('project.noEvidence')}</p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
