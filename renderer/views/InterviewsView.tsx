import { useMemo, useState } from 'react';
import { create } from 'zustand';
import { INTERVIEW_STATUSES, type InterviewStatus, type InterviewSummary } from '../../shared/domain';
import { api } from '../api';
import { InterviewStatusChip } from '../components/Chips';
import { ImportDialog } from '../components/ImportDialog';
import { InterviewForm } from '../components/InterviewForm';
import { PageHeader } from '../components/PageHeader';
import { nextSort, SortHeader, type Sort } from '../components/SortHeader';
import { EmptyState, LoadFailed, Loading } from '../components/States';
import { useT, type T } from '../i18n';
import { useReferenceLists, useWorkspaceVersion } from '../lib/data';
import { formatDate } from '../lib/format';
import { routeToHash } from '../lib/route';
import { refLabel } from '../lib/refs';
import { matchesQuery } from '../lib/text';
import { useQuery } from '../lib/useQuery';
import { usePersonLabel, usePresentationText } from '../privacy/presentation';
import { useHistoryStore } from '../stores/history';
import { useNavStore } from '../stores/nav';
import { InterviewDetailView } from './InterviewDetail';
import { FilterField } from '../components/FormParts';

type SortKey = 'title' | 'date' | 'interviewee' | 'status' | 'mode' | 'segments';

interface Filters {
  search: string;
  status: InterviewStatus | '';
  interviewer: string;
  actorType: string;
  organisation: string;
  dateFrom: string;
  dateTo: string;
}

const NO_FILTERS: Filters = {
  search: '',
  status: '',
  interviewer: '',
  actorType: '',
  organisation: '',
  dateFrom: '',
  dateTo: '',
};

/** The list's filters and order survive a visit to an interview's detail and back. */
const useListState = create<
  Filters & {
    sort: Sort<SortKey>;
    set: (patch: Partial<Filters & { sort: Sort<SortKey> }>) => void;
  }
>()((set) => ({
  ...NO_FILTERS,
  sort: { key: 'date', dir: 'desc' },
  set: (patch) => set(patch),
}));

/** True when the interview passes every filter (search words, status, people, dates). */
export function matchesFilters(i: InterviewSummary, f: Filters): boolean {
  if (f.status && i.status !== f.status) return false;
  if (f.interviewer && (i.interviewer ?? '') !== f.interviewer) return false;
  if (f.actorType && !i.interviewees.some((p) => p.actorType === f.actorType)) return false;
  if (f.organisation.trim() && !i.interviewees.some((p) => matchesQuery(f.organisation, p.organisation)))
    return false;
  if ((f.dateFrom || f.dateTo) && !i.date) return false;
  if (f.dateFrom && i.date! < f.dateFrom) return false;
  if (f.dateTo && i.date!.slice(0, 10) > f.dateTo) return false;
  return matchesQuery(
    f.search,
    i.title,
    i.place,
    i.interviewer,
    ...i.interviewees.flatMap((p) => [p.pseudonym, p.name, p.organisation, p.position]),
  );
}

const uniqueSorted = (values: (string | null | undefined)[], locale: string) =>
  [...new Set(values.filter((v): v is string => Boolean(v)))].sort((a, b) => a.localeCompare(b, locale));

export function intervieweeLabel(i: InterviewSummary): string {
  return i.interviewees.map((p) => p.pseudonym || p.name).join(', ');
}

function compareInterviews(a: InterviewSummary, b: InterviewSummary, key: SortKey, t: T): number {
  const text = (x: string | null | undefined, y: string | null | undefined) => {
    if (!x && !y) return 0;
    if (!x) return 1; // blanks last
    if (!y) return -1;
    return x.localeCompare(y, t.locale, { sensitivity: 'base', numeric: true });
  };
  switch (key) {
    case 'title':
      return text(a.title, b.title);
    case 'date':
      return text(a.date, b.date);
    case 'interviewee':
      return text(intervieweeLabel(a), intervieweeLabel(b));
    case 'status':
      return INTERVIEW_STATUSES.indexOf(a.status) - INTERVIEW_STATUSES.indexOf(b.status);
    case 'mode':
      return text(a.mode ? t(`interviewMode.${a.mode}`) : null, b.mode ? t(`interviewMode.${b.mode}`) : null);
    case 'segments':
      return a.segmentCount - b.segmentCount;
  }
}

function isBlank(i: InterviewSummary, key: SortKey): boolean {
  return key === 'date'
    ? !i.date
    : key === 'mode'
      ? !i.mode
      : key === 'interviewee'
        ? i.interviewees.length === 0
        : false;
}

export function InterviewsView({ selectedId }: { selectedId: string | null }) {
  return selectedId ? <InterviewDetailView id={selectedId} /> : <InterviewList />;
}

function InterviewList() {
  const t = useT();
  const present = usePresentationText();
  const personLabel = usePersonLabel();
  const version = useWorkspaceVersion();
  const historyVersion = useHistoryStore((s) => s.version);
  const navigate = useNavStore((s) => s.navigate);
  const state = useListState();
  const { search, status, interviewer, actorType, organisation, dateFrom, dateTo, sort, set } = state;
  const query = useQuery(['interviews.list', version, historyVersion], () => api['interviews.list']({}), {
    keepPrevious: true,
  });
  const lists = useReferenceLists();
  const [dialog, setDialog] = useState<'import' | 'new' | null>(null);

  const all = query.data;
  const options = useMemo(() => {
    const rows = all ?? [];
    return {
      interviewers: uniqueSorted(
        rows.map((i) => i.interviewer),
        t.locale,
      ),
      organisations: uniqueSorted(
        rows.flatMap((i) => i.interviewees.map((p) => p.organisation)),
        t.locale,
      ),
      actorTypes: uniqueSorted(
        rows.flatMap((i) => i.interviewees.map((p) => p.actorType)),
        t.locale,
      ),
    };
  }, [all, t.locale]);

  const rows = useMemo(() => {
    const filters = { search, status, interviewer, actorType, organisation, dateFrom, dateTo };
    const filtered = (all ?? []).filter((i) => matchesFilters(i, filters));
    const sign = sort.dir === 'asc' ? 1 : -1;
    // Blanks stay last in both directions; ties keep a stable, readable order by title.
    return filtered.sort((a, b) => {
      const blankA = isBlank(a, sort.key);
      const blankB = isBlank(b, sort.key);
      if (blankA !== blankB) return blankA ? 1 : -1;
      const byKey = compareInterviews(a, b, sort.key, t);
      return byKey * sign || a.title.localeCompare(b.title, t.locale);
    });
  }, [all, search, status, interviewer, actorType, organisation, dateFrom, dateTo, sort, t]);

  const total = all?.length ?? 0;
  const filtering = Boolean(
    search.trim() || status || interviewer || actorType || organisation.trim() || dateFrom || dateTo,
  );
  const clear = () => set(NO_FILTERS);
  const onSort = (key: SortKey) => set({ sort: nextSort(sort, key) });

  return (
    <div className="view">
      <PageHeader
        title={t('interviews.title')}
        meta={
          query.data
            ? filtering
              ? t('interviews.shown', { shown: rows.length, total })
              : t.count('interviews.count', total)
            : null
        }
      >
        <button
          type="button"
          className="btn primary"
          onClick={() => setDialog('new')}
          data-testid="interview-new-button"
        >
          + {t('ilist.new')}
        </button>
        <button type="button" className="btn" onClick={() => setDialog('import')} data-testid="import-button">
          {t('ilist.import')}
        </button>
      </PageHeader>

      <div className="filter-bar" role="search" aria-label={t('ilist.filters')}>
        <label className="field">
          <span className="sr-only">{t('interviews.search')}</span>
          <input
            type="search"
            className="search"
            value={search}
            placeholder={t('interviews.searchPlaceholder')}
            aria-label={t('interviews.search')}
            onChange={(e) => set({ search: e.target.value })}
            data-testid="interview-search"
          />
        </label>
        <FilterField label={t('ilist.filter.status')}>
          <select
            value={status}
            onChange={(e) => set({ status: e.target.value as InterviewStatus | '' })}
            data-testid="interview-status-filter"
          >
            <option value="">{t('interviews.allStatuses')}</option>
            {INTERVIEW_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`interviewStatus.${s}`)}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField label={t('ilist.filter.interviewer')}>
          <select
            value={interviewer}
            onChange={(e) => set({ interviewer: e.target.value })}
            data-testid="interview-interviewer-filter"
          >
            <option value="">{t('ilist.filter.all')}</option>
            {options.interviewers.map((v) => (
              <option key={v} value={v}>
                {present(v)}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField label={t('ilist.filter.actorType')}>
          <select
            value={actorType}
            onChange={(e) => set({ actorType: e.target.value })}
            data-testid="interview-actor-filter"
          >
            <option value="">{t('ilist.filter.all')}</option>
            {options.actorTypes.map((v) => (
              <option key={v} value={v}>
                {refLabel(lists.data, 'actor-type', v, t.lang)}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField label={t('ilist.filter.organisation')}>
          <input
            type="search"
            className="org-filter"
            value={organisation}
            list="interview-org-options"
            placeholder={t('ilist.filter.all')}
            onChange={(e) => set({ organisation: e.target.value })}
            data-testid="interview-org-filter"
          />
          {/* options as values, not text: a datalist stays out of the page's visible text */}
          <datalist id="interview-org-options">
            {options.organisations.map((v) => (
              <option key={v} value={v} />
            ))}
          </datalist>
        </FilterField>
        <FilterField label={t('ilist.filter.from')}>
          <input
            type="date"
            value={dateFrom}
            onChange={(e) => set({ dateFrom: e.target.value })}
            data-testid="interview-date-from"
          />
        </FilterField>
        <FilterField label={t('ilist.filter.to')}>
          <input
            type="date"
            value={dateTo}
            onChange={(e) => set({ dateTo: e.target.value })}
            data-testid="interview-date-to"
          />
        </FilterField>
        {filtering ? (
          <button type="button" className="btn ghost" onClick={clear}>
            {t('common.clearFilters')}
          </button>
        ) : null}
      </div>

      {query.loading && !query.data ? (
        <Loading lines={8} />
      ) : query.error && !query.data ? (
        <LoadFailed onRetry={query.reload} />
      ) : total === 0 ? (
        <EmptyState title={t('interviews.empty.title')} icon="entretiens">
          <p>{t('ilist.empty.body')}</p>
          <div className="empty-actions">
            <button type="button" className="btn primary" onClick={() => setDialog('new')}>
              + {t('ilist.new')}
            </button>
            <button type="button" className="btn" onClick={() => setDialog('import')}>
              {t('ilist.import')}
            </button>
          </div>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data-table interviews-table" aria-label={t('interviews.tableLabel')}>
            <thead>
              <tr>
                <SortHeader column="title" label={t('interviews.col.title')} sort={sort} onSort={onSort} />
                <SortHeader
                  column="date"
                  label={t('interviews.col.date')}
                  sort={sort}
                  onSort={onSort}
                  className="col-date"
                />
                <SortHeader
                  column="interviewee"
                  label={t('interviews.col.interviewee')}
                  sort={sort}
                  onSort={onSort}
                />
                <SortHeader column="status" label={t('interviews.col.status')} sort={sort} onSort={onSort} />
                <SortHeader column="mode" label={t('interviews.col.mode')} sort={sort} onSort={onSort} />
                <SortHeader
                  column="segments"
                  label={t('interviews.col.segments')}
                  sort={sort}
                  onSort={onSort}
                  className="num"
                />
              </tr>
            </thead>
            <tbody>
              {rows.map((i) => (
                <tr
                  key={i.id}
                  data-testid="interview-row"
                  data-id={i.id}
                  className="clickable"
                  onClick={(e) => {
                    if ((e.target as HTMLElement).closest('a')) return;
                    navigate('entretiens', i.id);
                  }}
                >
                  <td className="cell-title">
                    <a
                      href={routeToHash({ view: 'entretiens', id: i.id })}
                      onClick={(e) => {
                        e.preventDefault();
                        navigate('entretiens', i.id);
                      }}
                    >
                      {present(i.title)}
                    </a>
                  </td>
                  <td className="col-date">
                    {formatDate(t.lang, i.date) || <span className="muted">{t('common.none')}</span>}
                  </td>
                  <td>
                    {i.interviewees.length ? (
                      i.interviewees.map((p) => (
                        <div key={p.personId} className="person-cell">
                          <span className="person-name">
                            {present.on ? personLabel(p.name, p.pseudonym) : p.pseudonym || p.name}
                          </span>
                          {p.organisation ? <span className="muted"> · {p.organisation}</span> : null}
                        </div>
                      ))
                    ) : (
                      <span className="muted">{t('common.none')}</span>
                    )}
                  </td>
                  <td>
                    <InterviewStatusChip status={i.status} />
                  </td>
                  <td>
                    {i.mode ? (
                      t(`interviewMode.${i.mode}`)
                    ) : (
                      <span className="muted">{t('common.none')}</span>
                    )}
                  </td>
                  <td className="num">{i.segmentCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 ? (
            <div className="table-empty">
              <p>{t('interviews.noMatch')}</p>
              <button type="button" className="btn" onClick={clear}>
                {t('common.clearFilters')}
              </button>
            </div>
          ) : null}
        </div>
      )}
      {dialog === 'import' ? (
        <ImportDialog
          onClose={() => setDialog(null)}
          onImported={query.reload}
          onOpenInterview={(id) => {
            setDialog(null);
            navigate('entretiens', id);
          }}
        />
      ) : null}
      {dialog === 'new' ? (
        <InterviewForm
          interviewers={options.interviewers}
          onClose={() => setDialog(null)}
          onSaved={(id) => {
            setDialog(null);
            navigate('entretiens', id);
          }}
        />
      ) : null}
    </div>
  );
}
