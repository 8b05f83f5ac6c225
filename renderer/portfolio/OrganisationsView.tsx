import { usePersonLabel, usePresentationText } from '../privacy/presentation';
import { useMemo, useState } from 'react';
import type { InterviewSummary, Organisation, Person, ProjectDetail } from '../../shared/domain';
import { api } from '../api';
import { Chip, ProjectStatusChip } from '../components/Chips';
import { Field } from '../components/Details';
import { EmptyState, LoadFailed, Loading } from '../components/States';
import { useT } from '../i18n';
import { useReferenceLists } from '../lib/data';
import { refItems, refLabel } from '../lib/refs';
import { routeToHash } from '../lib/route';
import { useQuery } from '../lib/useQuery';
import { useNavStore } from '../stores/nav';
import { Confirm } from './Confirm';
import { orgName, useOrganisations, useProjectDetails, write } from './data';
import { NONE, filterOrganisations, matchedAlias, organisationLinks } from './filters';
import { MergeDialog } from './MergeDialog';
import { OrganisationForm } from './OrganisationForm';
import { RefSelect } from './RefSelect';
import { usePortfolioKey, usePortfolioStore } from './store';
import { FilterField } from '../components/FormParts';

type DialogKind = 'new' | 'edit' | 'merge' | 'delete' | null;

/** The directory of organisations: who they are, and at a glance their people, projects and interviews. */
export function OrganisationsView() {
  const t = useT();
  const key = usePortfolioKey();
  const lists = useReferenceLists();
  const orgs = useOrganisations();
  const details = useProjectDetails();
  const people = useQuery(['people.list', ...key], () => api['people.list']({}), { keepPrevious: true });
  const interviews = useQuery(['interviews.list', ...key], () => api['interviews.list']({}), {
    keepPrevious: true,
  });
  const selectedId = usePortfolioStore((s) => s.organisationId);
  const select = usePortfolioStore((s) => s.setOrganisationId);
  const filter = usePortfolioStore((s) => s.orgFilter);
  const setFilter = usePortfolioStore((s) => s.setOrgFilter);
  const [dialog, setDialog] = useState<DialogKind>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const all = useMemo(() => orgs.data ?? [], [orgs.data]);
  const shown = useMemo(() => filterOrganisations(all, filter), [all, filter]);
  const selected = all.find((o) => o.id === selectedId) ?? null;
  const projectCount = useMemo(() => {
    const m = new Map<string, number>();
    for (const p of details.data ?? []) {
      const ids = new Set([
        ...p.partners.map((x) => x.organisationId),
        ...p.sites.map((x) => x.organisationId),
        ...(p.providerOrganisationId ? [p.providerOrganisationId] : []),
      ]);
      for (const id of ids) m.set(id, (m.get(id) ?? 0) + 1);
    }
    return m;
  }, [details.data]);
  const regionsUsed = useMemo(() => {
    const listed = refItems(lists.data, 'region');
    const extra = [...new Set(all.map((o) => o.region).filter((r): r is string => !!r))].filter(
      (r) => !listed.some((i) => i.labelFr === r),
    );
    return [...listed.map((i) => i.labelFr), ...extra];
  }, [lists.data, all]);
  const filtered = !!(filter.query || filter.actorType || filter.region);

  const toolbar = (
    <div className="filter-bar" role="search">
      <FilterField label={t('pf.org.search')}>
        <input
          type="search"
          className="search"
          value={filter.query}
          placeholder={t('pf.org.searchPlaceholder')}
          onChange={(e) => setFilter({ ...filter, query: e.target.value })}
          data-testid="org-search"
        />
      </FilterField>
      <FilterField label={t('project.actorType')}>
        <RefSelect
          items={refItems(lists.data, 'actor-type')}
          groups={refItems(lists.data, 'actor-group')}
          value={filter.actorType}
          onChange={(actorType) => setFilter({ ...filter, actorType })}
          emptyLabel={t('pf.all')}
          testId="org-filter-actor-type"
        />
      </FilterField>
      <FilterField label={t('project.region')}>
        <select
          value={filter.region}
          onChange={(e) => setFilter({ ...filter, region: e.target.value })}
          data-testid="org-filter-region"
        >
          <option value="">{t('pf.all')}</option>
          <option value={NONE}>{t('pf.notSet')}</option>
          {regionsUsed.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </FilterField>
      {filtered ? (
        <button
          type="button"
          className="btn ghost"
          onClick={() => setFilter({ query: '', actorType: '', region: '' })}
        >
          {t('common.clearFilters')}
        </button>
      ) : null}
      <span className="muted small pf-shown" role="status">
        {filtered
          ? t.count('pf.org.shown', shown.length, { total: all.length })
          : t.count('pf.org.count', all.length)}
      </span>
      <button
        type="button"
        className="btn primary pf-push"
        onClick={() => setDialog('new')}
        data-testid="org-new"
      >
        + {t('pf.org.new')}
      </button>
    </div>
  );

  let body;
  if (orgs.loading && !orgs.data) body = <Loading lines={8} />;
  else if (orgs.error && !orgs.data) body = <LoadFailed onRetry={orgs.reload} />;
  else if (all.length === 0)
    body = (
      <EmptyState title={t('pf.org.emptyTitle')} icon="portefeuille">
        <p>{t('pf.org.emptyBody')}</p>
      </EmptyState>
    );
  else
    body = (
      <div className="pf-directory">
        <div className="table-wrap">
          {shown.length === 0 ? (
            <p className="table-empty">{t('pf.org.noMatch')}</p>
          ) : (
            <table className="data-table" aria-label={t('pf.org.tableLabel')}>
              <thead>
                <tr>
                  <th scope="col" className="plain-th">
                    {t('pf.org.name')}
                  </th>
                  <th scope="col" className="plain-th">
                    {t('project.actorType')}
                  </th>
                  <th scope="col" className="plain-th">
                    {t('project.region')}
                  </th>
                  <th scope="col" className="plain-th num">
                    {t('pf.org.projects')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((o) => {
                  const alias = matchedAlias(o, filter.query);
                  return (
                    <tr
                      key={o.id}
                      className={`clickable${o.id === selectedId ? ' selected' : ''}`}
                      data-testid="org-row"
                      data-id={o.id}
                      aria-selected={o.id === selectedId}
                      onClick={() => select(o.id)}
                    >
                      <td className="cell-title">
                        <button type="button" className="pf-row-link" onClick={() => select(o.id)}>
                          {o.name}
                        </button>
                        {alias ? (
                          <div className="muted small">{t('pf.picker.alias', { alias })}</div>
                        ) : o.aliases.length ? (
                          <div className="muted small">{o.aliases.join(' · ')}</div>
                        ) : null}
                      </td>
                      <td>
                        {refLabel(lists.data, 'actor-type', o.actorType, t.lang) ?? (
                          <span className="muted">{t('common.none')}</span>
                        )}
                      </td>
                      <td>{o.region ?? <span className="muted">{t('common.none')}</span>}</td>
                      <td className="num">{details.data ? (projectCount.get(o.id) ?? 0) : '…'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </div>
        <aside className="pf-org-panel" aria-label={t('pf.org.panelLabel')}>
          {notice ? (
            <p className="success-note" role="status">
              {notice}
            </p>
          ) : null}
          {selected ? (
            <OrganisationPanel
              org={selected}
              orgs={all}
              projects={details.data}
              people={people.data}
              interviews={interviews.data}
              onEdit={() => setDialog('edit')}
              onMerge={() => setDialog('merge')}
              onDelete={() => setDialog('delete')}
            />
          ) : (
            <p className="muted pf-panel-empty">{t('pf.org.pick')}</p>
          )}
        </aside>
      </div>
    );

  return (
    <div className="pf-organisations">
      {toolbar}
      {body}
      {dialog === 'new' || (dialog === 'edit' && selected) ? (
        <OrganisationForm
          organisation={dialog === 'edit' ? (selected ?? undefined) : undefined}
          onClose={() => setDialog(null)}
          onSaved={(id) => {
            setDialog(null);
            setNotice(null);
            select(id);
          }}
        />
      ) : null}
      {dialog === 'merge' && selected ? (
        <MergeDialog
          first={selected}
          orgs={all}
          projects={details.data ?? []}
          people={people.data ?? []}
          onClose={() => setDialog(null)}
          onMerged={(keptId, message) => {
            select(keptId);
            setNotice(message);
          }}
        />
      ) : null}
      {dialog === 'delete' && selected ? (
        <Confirm
          title={t('pf.org.deleteTitle', { name: selected.name })}
          confirmLabel={t('pf.org.deleteConfirm')}
          danger
          testId="org-delete-dialog"
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await write(() => api['organisations.delete']({ id: selected.id }));
            select(null);
            setNotice(t('pf.org.deleted', { name: selected.name }));
          }}
        >
          <p>{t('pf.org.deleteBody')}</p>
        </Confirm>
      ) : null}
    </div>
  );
}

function OrganisationPanel({
  org,
  orgs,
  projects,
  people,
  interviews,
  onEdit,
  onMerge,
  onDelete,
}: {
  org: Organisation;
  orgs: Organisation[];
  projects: ProjectDetail[] | undefined;
  people: Person[] | undefined;
  interviews: InterviewSummary[] | undefined;
  onEdit: () => void;
  onMerge: () => void;
  onDelete: () => void;
}) {
  const personLabel = usePersonLabel();
  const present = usePresentationText();
  const t = useT();
  const lists = useReferenceLists();
  const navigate = useNavStore((s) => s.navigate);
  const links =
    projects && people && interviews
      ? organisationLinks(org.id, { projects, people, interviews, orgs })
      : null;
  const roleLabel = (role: string) =>
    role === 'provider'
      ? t('pf.org.asProvider')
      : role === 'site'
        ? t('pf.org.asSite')
        : t(`partnerRole.${role as 'other'}`);

  return (
    <div className="card pf-org-card" data-testid="org-panel">
      <div className="card-head">
        <h2>{org.name}</h2>
      </div>
      <div className="pf-panel-actions">
        <button type="button" className="btn small-btn" onClick={onEdit} data-testid="org-edit">
          {t('pf.edit')}
        </button>
        <button type="button" className="btn small-btn" onClick={onMerge} data-testid="org-merge-open">
          {t('pf.org.merge')}
        </button>
        <button
          type="button"
          className="btn small-btn danger-outline"
          onClick={onDelete}
          data-testid="org-delete"
        >
          {t('pf.org.delete')}
        </button>
      </div>
      <dl className="fields">
        {org.aliases.length ? <Field label={t('pf.org.aliases')}>{org.aliases.join(' · ')}</Field> : null}
        <Field label={t('project.actorType')}>
          {refLabel(lists.data, 'actor-type', org.actorType, t.lang)}
        </Field>
        <Field label={t('pf.org.structureType')}>
          {refLabel(lists.data, 'structure-type', org.structureType, t.lang)}
        </Field>
        <Field label={t('project.region')}>{[org.city, org.region].filter(Boolean).join(', ')}</Field>
        <Field label={t('pf.org.sector')}>{org.sector ? t(`pf.sector.${org.sector}`) : null}</Field>
        {org.parentId ? <Field label={t('pf.org.parent')}>{orgName(orgs, org.parentId)}</Field> : null}
        {links?.children.length ? (
          <Field label={t('pf.org.children')}>{links.children.map((c) => c.name).join(' · ')}</Field>
        ) : null}
      </dl>
      {org.notes ? <p className="prose small pf-notes">{present(org.notes)}</p> : null}

      {!links ? (
        <p className="muted small">{t('common.loading')}</p>
      ) : (
        <>
          <h3>
            {t('pf.org.projects')} <span className="muted">{links.projects.length}</span>
          </h3>
          {links.projects.length ? (
            <ul className="pf-link-list" data-testid="org-projects">
              {links.projects.map(({ project, roles }) => (
                <li key={project.id}>
                  <a
                    href={routeToHash({ view: 'portefeuille', id: project.id })}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate('portefeuille', project.id);
                    }}
                  >
                    {project.name}
                  </a>{' '}
                  <span className="pf-role-list">
                    {roles.map((r) => (
                      <Chip key={r} tone="neutral">
                        {roleLabel(r)}
                      </Chip>
                    ))}
                    <ProjectStatusChip status={project.status} />
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small">{t('pf.org.noProjects')}</p>
          )}
          <h3>
            {t('pf.org.people')} <span className="muted">{links.people.length}</span>
          </h3>
          {links.people.length ? (
            <ul className="pf-link-list">
              {links.people.map((p) => (
                <li key={p.id}>
                  {personLabel(p.fullName, p.pseudonym)}
                  {p.pseudonym && !present.on ? <span className="muted"> ({p.pseudonym})</span> : null}
                  {p.position ? <span className="muted small"> · {present(p.position)}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small">{t('pf.org.noPeople')}</p>
          )}
          <h3>
            {t('pf.org.interviews')} <span className="muted">{links.interviews.length}</span>
          </h3>
          {links.interviews.length ? (
            <ul className="pf-link-list">
              {links.interviews.map((i) => (
                <li key={i.id}>
                  <a
                    href={routeToHash({ view: 'entretiens', id: i.id })}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate('entretiens', i.id);
                    }}
                  >
                    {present(i.title)}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small">{t('pf.org.noInterviews')}</p>
          )}
        </>
      )}
    </div>
  );
}
