import { useId, useState } from 'react';
import { TerrainError } from '../../shared/errors';
import { api } from '../api';
import { ProjectStatusChip } from '../components/Chips';
import { BackLink, Field } from '../components/Details';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, LoadFailed, Loading } from '../components/States';
import { StepTimeline } from '../components/StepTimeline';
import { useT } from '../i18n';
import { usePresentationText } from '../privacy/presentation';
import { useReferenceLists } from '../lib/data';
import { formatDate } from '../lib/format';
import { refItemLabel, refItems, refLabel } from '../lib/refs';
import { useQuery } from '../lib/useQuery';
import { useNavStore } from '../stores/nav';
import { Confirm } from '../portfolio/Confirm';
import { orgName, useOrganisations, write } from '../portfolio/data';
import { ObservationsCard } from '../portfolio/ObservationsCard';
import { PartnersCard } from '../portfolio/PartnersCard';
import { ProjectForm } from '../portfolio/ProjectForm';
import { SitesCard } from '../portfolio/SitesCard';
import { StepEditor } from '../portfolio/StepEditor';
import { usePortfolioKey, usePortfolioStore } from '../portfolio/store';
import { tabHash } from '../portfolio/tabs';

/** A project's page: its facts, partners and composition, sites, deployment steps and observed challenges. */
export function ProjectDetailView({ id }: { id: string }) {
  const t = useT();
  const present = usePresentationText();
  const key = usePortfolioKey();
  const navigate = useNavStore((s) => s.navigate);
  const tab = usePortfolioStore((s) => s.tab);
  const query = useQuery(['projects.get', ...key, id], () => api['projects.get']({ id }), {
    keepPrevious: true,
  });
  const lists = useReferenceLists();
  const orgs = useOrganisations();
  const editorId = useId();
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const [stepKey, setStepKey] = useState<string | null>(null);
  // keepPrevious keeps the project on screen while it reloads, never another project
  const project = query.data?.id === id ? query.data : undefined;

  const back = (
    <BackLink
      label={t('project.back')}
      href={tabHash(tab)}
      onClick={() => {
        navigate('portefeuille');
        usePortfolioStore.getState().setTab(tab);
      }}
    />
  );
  if (!project && query.loading)
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
          <EmptyState title={t('project.notFound')} icon="portefeuille">
            <p>{t('pf.project.notFoundHelp')}</p>
          </EmptyState>
        ) : (
          <LoadFailed onRetry={query.reload} />
        )}
      </div>
    );

  const label = (taxonomy: string, k: string | null) => refLabel(lists.data, taxonomy, k, t.lang);
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
  const selectedRef = stepRefs.find((r) => r.key === stepKey);

  return (
    <div className="view project-detail" data-testid="project-detail">
      {back}
      <PageHeader title={project.name} meta={<ProjectStatusChip status={project.status} />}>
        <button type="button" className="btn" onClick={() => setDialog('edit')} data-testid="project-edit">
          {t('pf.project.edit')}
        </button>
        <button
          type="button"
          className="btn danger-outline"
          onClick={() => setDialog('delete')}
          data-testid="project-delete"
        >
          {t('pf.project.delete')}
        </button>
      </PageHeader>

      <section className="card" aria-labelledby="pj-details">
        <h2 id="pj-details">{t('project.details')}</h2>
        <dl className="fields pf-fields-2">
          <Field label={t('project.solution')}>{project.solution}</Field>
          <Field label={t('pf.form.provider')}>{orgName(orgs.data, project.providerOrganisationId)}</Field>
          <Field label={t('project.theme')}>{project.theme}</Field>
          <Field label={t('project.callYear')}>{project.callYear}</Field>
          {project.wave ? <Field label={t('pf.form.wave')}>{project.wave}</Field> : null}
          <Field label={t('project.region')}>{project.region}</Field>
          <Field label={t('project.methodStep')}>{label('method-step', project.methodStep)}</Field>
          <Field label={t('project.lifecycle')}>{label('lifecycle-stage', project.lifecycleStage)}</Field>
          {project.triggers.length ? (
            <Field label={t('project.triggers')}>
              {project.triggers.map((k) => label('lifecycle-trigger', k)).join(' ; ')}
            </Field>
          ) : null}
          {project.dtaCategory ? (
            <Field label={t('project.dtaCategory')}>{label('dta-category', project.dtaCategory)}</Field>
          ) : null}
          {project.hasLevel || project.hasType ? (
            <Field label={t('pf.project.has')}>
              {[label('has-level', project.hasLevel), project.hasType].filter(Boolean).join(' · ')}
            </Field>
          ) : null}
          {project.ansTags.length ? (
            <Field label={t('pf.form.ansTags')}>
              <ul className="chip-list">
                {project.ansTags.map((k) => {
                  const item = lists.data?.['ans-subdomain']?.find((i) => i.key === k);
                  return (
                    <li key={k} className="chip chip-neutral">
                      {item ? refItemLabel(item, t.lang) : k}
                    </li>
                  );
                })}
              </ul>
            </Field>
          ) : null}
          {period ? <Field label={t('project.period')}>{period}</Field> : null}
        </dl>
        {project.summary ? (
          <>
            <h3>{t('project.summary')}</h3>
            <p className="prose">{present(project.summary)}</p>
          </>
        ) : null}
      </section>

      <PartnersCard project={project} />

      <SitesCard project={project} />

      <section className="card" aria-labelledby="pj-steps">
        <div className="card-head">
          <h2 id="pj-steps">{t('project.steps')}</h2>
          <span className="muted" data-testid="steps-done">
            {t('project.stepsDone', { done, total: stepTotal })}
          </span>
        </div>
        <p className="muted small pf-help">{t('pf.steps.help')}</p>
        <StepTimeline
          reference={stepRefs}
          steps={project.steps}
          selectedKey={stepKey}
          editorId={editorId}
          onSelect={(k) => setStepKey((current) => (current === k ? null : k))}
        />
        {stepKey ? (
          <StepEditor
            key={stepKey}
            id={editorId}
            projectId={project.id}
            stepKey={stepKey}
            label={selectedRef ? refItemLabel(selectedRef, t.lang) : stepKey}
            step={project.steps.find((s) => s.stepKey === stepKey)}
            onClose={() => setStepKey(null)}
          />
        ) : null}
      </section>

      <ObservationsCard project={project} />

      {dialog === 'edit' ? (
        <ProjectForm project={project} onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />
      ) : null}
      {dialog === 'delete' ? (
        <Confirm
          title={t('pf.project.deleteTitle', { name: project.name })}
          confirmLabel={t('pf.project.deleteConfirm')}
          danger
          testId="project-delete-dialog"
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await write(() => api['projects.delete']({ id: project.id }));
            navigate('portefeuille');
          }}
        >
          <p>{t('pf.project.deleteBody')}</p>
        </Confirm>
      ) : null}
    </div>
  );
}
