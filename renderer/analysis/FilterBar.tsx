import { useMemo } from 'react';
import { INTERVIEW_STATUSES } from '../../shared/domain';
import { useT } from '../i18n';
import { useReferenceLists } from '../lib/data';
import { usePresentationText } from '../privacy/presentation';
import { refItemLabel, refItems } from '../lib/refs';
import { useFilterSources } from './data';
import { activeFilters, dropsObservations } from './model';
import { MultiSelect, type Option } from './MultiSelect';
import { useAnalysisStore } from './store';

/** The one filter bar of every analysis tab; its state lives in the analysis store, so tabs share it. */
export function FilterBar() {
  const t = useT();
  const present = usePresentationText();
  const filters = useAnalysisStore((s) => s.filters);
  const setFilters = useAnalysisStore((s) => s.setFilters);
  const clearFilters = useAnalysisStore((s) => s.clearFilters);
  const lists = useReferenceLists();
  const { projects, organisations, interviews } = useFilterSources();
  const locale = t.locale;

  const projectOptions = useMemo<Option[]>(
    () =>
      [...(projects.data ?? [])]
        .sort((a, b) => a.name.localeCompare(b.name, locale))
        .map((p) => ({ value: p.id, label: p.name })),
    [projects.data, locale],
  );
  const actorOptions = useMemo<Option[]>(
    () => refItems(lists.data, 'actor-type').map((i) => ({ value: i.key, label: refItemLabel(i, t.lang) })),
    [lists.data, t.lang],
  );
  const organisationOptions = useMemo<Option[]>(
    () =>
      [...(organisations.data ?? [])]
        .sort((a, b) => a.name.localeCompare(b.name, locale))
        .map((o) => ({ value: o.id, label: o.name })),
    [organisations.data, locale],
  );
  const interviewerOptions = useMemo<Option[]>(() => {
    const names = new Set<string>();
    for (const i of interviews.data ?? []) if (i.interviewer) names.add(i.interviewer);
    return [...names]
      .sort((a, b) => a.localeCompare(b, locale))
      .map((n) => ({ value: n, label: present(n) }));
  }, [interviews.data, locale, present]);
  const statusOptions = useMemo<Option[]>(
    () => INTERVIEW_STATUSES.map((s) => ({ value: s, label: t(`interviewStatus.${s}`) })),
    [t],
  );
  const count = activeFilters(filters);

  return (
    <section className="an-filters" data-testid="filter-bar" aria-label={t('an.filter.label')}>
      <div className="an-filter-row">
        <label className="an-date">
          <span>{t('an.filter.dateFrom')}</span>
          <input
            type="date"
            value={filters.dateFrom}
            max={filters.dateTo || undefined}
            onChange={(e) => setFilters({ dateFrom: e.target.value })}
            data-testid="filter-date-from"
          />
        </label>
        <label className="an-date">
          <span>{t('an.filter.dateTo')}</span>
          <input
            type="date"
            value={filters.dateTo}
            min={filters.dateFrom || undefined}
            onChange={(e) => setFilters({ dateTo: e.target.value })}
            data-testid="filter-date-to"
          />
        </label>
        <MultiSelect
          label={t('an.filter.projects')}
          options={projectOptions}
          selected={filters.projectIds}
          onChange={(projectIds) => setFilters({ projectIds })}
          testId="filter-projects"
        />
        <MultiSelect
          label={t('an.filter.actorTypes')}
          options={actorOptions}
          selected={filters.actorTypes}
          onChange={(actorTypes) => setFilters({ actorTypes })}
          testId="filter-actor-types"
        />
        <MultiSelect
          label={t('an.filter.organisations')}
          options={organisationOptions}
          selected={filters.organisationIds}
          onChange={(organisationIds) => setFilters({ organisationIds })}
          testId="filter-organisations"
        />
        <MultiSelect
          label={t('an.filter.interviewers')}
          options={interviewerOptions}
          selected={filters.interviewers}
          onChange={(interviewers) => setFilters({ interviewers })}
          testId="filter-interviewers"
        />
        <MultiSelect
          label={t('an.filter.statuses')}
          options={statusOptions}
          selected={filters.interviewStatuses}
          onChange={(interviewStatuses) => setFilters({ interviewStatuses })}
          testId="filter-statuses"
        />
        {count ? (
          <button type="button" className="btn ghost small-btn" onClick={clearFilters}>
            {t('common.clearFilters')} ({count})
          </button>
        ) : null}
      </div>
      {dropsObservations(filters) ? (
        <p className="an-filter-note" role="note">
          {t('an.filter.noObservations')}
        </p>
      ) : null}
    </section>
  );
}
