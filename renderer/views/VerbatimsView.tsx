import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { ReferenceLists, VerbatimRow } from '../../shared/domain';
import type { Lang } from '../../shared/i18n';
import { api } from '../api';
import { CodeChip } from '../components/Chips';
import { CodeSelect } from '../components/CodeSelect';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, LoadFailed, Loading } from '../components/States';
import { VirtualList, type VirtualListHandle } from '../components/VirtualList';
import { useT } from '../i18n';
import { codeColor, codeLabel, codePath, type CodeIndex } from '../lib/codes';
import { useCodeIndex, useReferenceLists, useWorkspaceVersion } from '../lib/data';
import { formatDate, formatNumber } from '../lib/format';
import { useHistoryEvent } from '../lib/history-events';
import { copyText, openInTranscript } from '../lib/open-passage';
import { refItemLabel, refItems, refLabel } from '../lib/refs';
import { useQuery } from '../lib/useQuery';
import { usePresentationText } from '../privacy/presentation';
import { activeFilterCount, useVerbatimFilters, type VerbatimFilters } from '../verbatims/filters';
import { formatQuotation } from '../verbatims/quotation';
import { useVerbatimPages } from '../verbatims/useVerbatimPages';

/** Fixed row height of the windowed list: the quote is clamped to two lines. */
export const VERBATIM_ROW_HEIGHT = 72;

export function VerbatimsView() {
  const t = useT();
  const present = usePresentationText();
  const version = useWorkspaceVersion();
  const filters = useVerbatimFilters((s) => s.filters);
  const setFilters = useVerbatimFilters((s) => s.set);
  const clearFilters = useVerbatimFilters((s) => s.clear);
  const codes = useCodeIndex();
  const lists = useReferenceLists();
  const organisations = useQuery(['organisations.list', version], () => api['organisations.list']({}));
  const projects = useQuery(['projects.list', version], () => api['projects.list']({}));
  const interviews = useQuery(['interviews.list', version], () => api['interviews.list']({}));
  const listRef = useRef<VirtualListHandle>(null);
  const key = `${version}|${JSON.stringify(filters)}`;
  const pages = useVerbatimPages(filters, key);
  const [notice, setNotice] = useState<string | null>(null);
  const ids = {
    code: useId(),
    actor: useId(),
    org: useId(),
    project: useId(),
    interviewer: useId(),
    role: useId(),
  };
  const dateFromId = useId();
  const dateToId = useId();
  const periodId = useId();

  useHistoryEvent(() => {
    codes.reload();
    pages.refresh();
  });

  const update = (patch: Partial<VerbatimFilters>) => {
    setFilters(patch);
    listRef.current?.scrollToTop();
  };

  const interviewers = useMemo(
    () =>
      [...new Set((interviews.data ?? []).map((i) => i.interviewer).filter((n): n is string => !!n))].sort(
        (a, b) => a.localeCompare(b, 'fr'),
      ),
    [interviews.data],
  );
  const actorTypes = refItems(lists.data, 'actor-type');
  const active = activeFilterCount(filters);
  const total = pages.total;

  const lang = t.lang;
  // What is copied is what is shown: pasted on the shared screen, it names nobody either.
  const onCopy = useCallback(
    async (row: VerbatimRow) => {
      const shown = { ...row, quote: present(row.quote), interviewTitle: present(row.interviewTitle) };
      const ok = await copyText(formatQuotation(shown, lang));
      setNotice(ok ? t('vb.copied') : t('vb.copyFailed'));
    },
    [lang, t, present],
  );
  // The confirmation fades after a few seconds (it stays in the live region for screen readers meanwhile).
  useEffect(() => {
    if (!notice) return;
    const handle = setTimeout(() => setNotice(null), 3500);
    return () => clearTimeout(handle);
  }, [notice]);

  return (
    <div className="view view-fill verbatims-view">
      <PageHeader
        title={t('verbatims.title')}
        meta={
          <span data-testid="verbatim-count" aria-live="polite">
            {total !== null
              ? t.count('verbatims.count', total)
              : pages.error
                ? t('common.none')
                : t('common.loading')}
          </span>
        }
      />
      <form className="vb-filter-bar" aria-label={t('vb.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="vb-filter">
          <label htmlFor={ids.code}>{t('vb.filter.code')}</label>
          <CodeSelect
            id={ids.code}
            index={codes.index}
            value={filters.codeId}
            onChange={(codeId) => update({ codeId })}
            lang={t.lang}
            emptyLabel={t('verbatims.allCodes')}
            showCounts
            testId="verbatim-code-filter"
          />
        </div>
        <div className="vb-filter">
          <label htmlFor={ids.actor}>{t('vb.filter.actorType')}</label>
          <select
            id={ids.actor}
            value={filters.actorType}
            onChange={(e) => update({ actorType: e.target.value })}
            data-testid="verbatim-actor-filter"
          >
            <option value="">{t('vb.filter.all')}</option>
            {actorTypes.map((item) => (
              <option key={item.key} value={item.key}>
                {refItemLabel(item, t.lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="vb-filter">
          <label htmlFor={ids.org}>{t('vb.filter.organisation')}</label>
          <select
            id={ids.org}
            value={filters.organisationId}
            onChange={(e) => update({ organisationId: e.target.value })}
            data-testid="verbatim-organisation-filter"
          >
            <option value="">{t('vb.filter.allFem')}</option>
            {[...(organisations.data ?? [])]
              .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
          </select>
        </div>
        <div className="vb-filter">
          <label htmlFor={ids.project}>{t('vb.filter.project')}</label>
          <select
            id={ids.project}
            value={filters.projectId}
            onChange={(e) => update({ projectId: e.target.value })}
            data-testid="verbatim-project-filter"
          >
            <option value="">{t('vb.filter.all')}</option>
            {(projects.data ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="vb-filter">
          <label htmlFor={ids.interviewer}>{t('vb.filter.interviewer')}</label>
          <select
            id={ids.interviewer}
            value={filters.interviewer}
            onChange={(e) => update({ interviewer: e.target.value })}
            data-testid="verbatim-interviewer-filter"
          >
            <option value="">{t('vb.filter.all')}</option>
            {interviewers.map((name) => (
              <option key={name} value={name}>
                {present(name)}
              </option>
            ))}
          </select>
        </div>
        <div className="vb-filter">
          <label htmlFor={ids.role}>{t('vb.filter.speakerRole')}</label>
          <select
            id={ids.role}
            value={filters.speakerRole}
            onChange={(e) => update({ speakerRole: e.target.value as VerbatimFilters['speakerRole'] })}
            data-testid="verbatim-role-filter"
          >
            <option value="">{t('vb.filter.allRoles')}</option>
            <option value="interviewee">{t('vb.role.interviewee')}</option>
            <option value="interviewer">{t('vb.role.interviewer')}</option>
            <option value="other">{t('vb.role.other')}</option>
          </select>
        </div>
        <div className="vb-filter date-range" role="group" aria-labelledby={periodId}>
          <span id={periodId} className="vb-filter-label">
            {t('vb.filter.period')}
          </span>
          <div className="date-range-inputs">
            <input
              id={dateFromId}
              type="date"
              value={filters.dateFrom}
              max={filters.dateTo || undefined}
              aria-label={t('vb.filter.dateFrom')}
              onChange={(e) => update({ dateFrom: e.target.value })}
              data-testid="verbatim-date-from"
            />
            <span aria-hidden="true">–</span>
            <input
              id={dateToId}
              type="date"
              value={filters.dateTo}
              min={filters.dateFrom || undefined}
              aria-label={t('vb.filter.dateTo')}
              onChange={(e) => update({ dateTo: e.target.value })}
              data-testid="verbatim-date-to"
            />
          </div>
        </div>
        <label className="checkbox-row vb-filter-check">
          <input
            type="checkbox"
            checked={filters.importantOnly}
            onChange={(e) => update({ importantOnly: e.target.checked })}
            data-testid="verbatim-important-filter"
          />
          {t('vb.filter.importantOnly')}
        </label>
        {active > 0 ? (
          <button
            type="button"
            className="btn ghost"
            onClick={() => {
              clearFilters();
              listRef.current?.scrollToTop();
            }}
            data-testid="verbatim-clear-filters"
          >
            {t('vb.clearFilters', { count: active })}
          </button>
        ) : null}
      </form>
      {filters.codeId ? <p className="muted small vb-filter-note">{t('vb.codeIncludesChildren')}</p> : null}
      <p className="sr-only" role="status" aria-live="polite">
        {notice}
      </p>
      {notice ? (
        <div className="vb-notice" aria-hidden="true">
          {notice}
          <button type="button" className="icon-button" tabIndex={-1} onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      ) : null}

      {pages.loading && total === null ? (
        <Loading lines={8} />
      ) : pages.error && total === null ? (
        <LoadFailed onRetry={pages.refresh} />
      ) : total === 0 && active === 0 ? (
        <EmptyState title={t('verbatims.empty.title')} icon="verbatims">
          <p>{t('verbatims.empty.body')}</p>
        </EmptyState>
      ) : total === 0 ? (
        <div className="table-empty">
          <p>{t('vb.emptyFiltered')}</p>
          <button type="button" className="btn" onClick={clearFilters}>
            {t('common.clearFilters')}
          </button>
        </div>
      ) : (
        <div
          className="vtable"
          role="table"
          aria-label={t('verbatims.listLabel')}
          aria-rowcount={(total ?? 0) + 1}
          aria-busy={pages.loading || undefined}
        >
          <div role="rowgroup" className="vhead">
            <div role="row" className="vrow-grid" aria-rowindex={1}>
              <span role="columnheader">{t('vb.col.quote')}</span>
              <span role="columnheader">{t('vb.col.codes')}</span>
              <span role="columnheader">{t('vb.col.person')}</span>
              <span role="columnheader">{t('vb.col.actorType')}</span>
              <span role="columnheader">{t('vb.col.organisation')}</span>
              <span role="columnheader">{t('vb.col.date')}</span>
              <span role="columnheader">
                <span className="sr-only">{t('vb.col.actions')}</span>
              </span>
            </div>
          </div>
          <VirtualList
            handle={listRef}
            count={total ?? 0}
            rowHeight={VERBATIM_ROW_HEIGHT}
            overscan={6}
            role="rowgroup"
            className="vbody"
            ariaLabel={t('vb.scrollLabel')}
            testId="verbatim-list"
            onRangeChange={pages.ensure}
            renderRow={(i, style) => {
              const row = pages.rowAt(i);
              return row ? (
                <VerbatimLine
                  key={i}
                  index={i}
                  row={row}
                  style={style}
                  codes={codes.index}
                  lists={lists.data}
                  lang={t.lang}
                  onCopy={onCopy}
                />
              ) : (
                <div
                  key={i}
                  role="row"
                  aria-rowindex={i + 2}
                  className="vrow vrow-grid placeholder"
                  style={style}
                >
                  <span role="cell" className="vcell">
                    <span className="skeleton" />
                    <span className="skeleton short" />
                  </span>
                </div>
              );
            }}
          />
        </div>
      )}
    </div>
  );
}

interface LineProps {
  index: number;
  row: VerbatimRow;
  style: CSSProperties;
  codes: CodeIndex | undefined;
  lists: ReferenceLists | undefined;
  lang: Lang;
  onCopy: (row: VerbatimRow) => void;
}

/** A row re-renders only when its data changes: its style depends on the index alone. */
const VerbatimLine = memo(function VerbatimLine({
  index,
  row,
  style,
  codes,
  lists,
  lang,
  onCopy,
}: LineProps) {
  const t = useT();
  const present = usePresentationText();
  const quote = present(row.quote);
  const title = present(row.interviewTitle);
  const actorType = refLabel(lists, 'actor-type', row.actorType, lang);
  const person = row.pseudonym || t('verbatims.anonymous');
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={`vrow vrow-grid${row.important ? ' important' : ''}`}
      style={style}
      data-testid="verbatim-row"
      data-segment-id={row.segmentId}
    >
      <div role="cell" className="vcell vcell-quote">
        <p className="vquote" title={quote}>
          {row.important ? (
            <span className="important-mark" title={t('vb.important')} aria-label={t('vb.important')}>
              ★{' '}
            </span>
          ) : null}
          <span className="vq">{quote}</span>
        </p>
      </div>
      <div role="cell" className="vcell vcell-codes">
        <ul className="chip-list">
          {row.codeIds.map((id) => {
            const code = codes?.byId.get(id);
            return (
              <li key={id}>
                <CodeChip
                  name={code ? codeLabel(code, lang) : id}
                  color={codes ? codeColor(codes, id) : '#6b7280'}
                  title={codes ? codePath(codes, id, lang).join(' › ') : id}
                />
              </li>
            );
          })}
        </ul>
      </div>
      <div role="cell" className="vcell vcell-person">
        <span className={row.pseudonym ? 'person-name' : 'muted'}>{person}</span>
        {row.speakerRole === 'interviewer' ? (
          <span className="muted small">{t('vb.role.interviewer')}</span>
        ) : null}
      </div>
      <div role="cell" className="vcell vcell-clamp small">
        {actorType ?? <span className="muted">{t('common.none')}</span>}
      </div>
      <div role="cell" className="vcell vcell-clamp">
        {row.organisation ?? <span className="muted">{t('common.none')}</span>}
      </div>
      <div role="cell" className="vcell vcell-date">
        {row.interviewDate ? (
          formatDate(lang, row.interviewDate)
        ) : (
          <span className="muted">{t('common.none')}</span>
        )}
      </div>
      <div role="cell" className="vcell vcell-actions">
        <button
          type="button"
          className="btn ghost small-btn"
          onClick={() => openInTranscript(row.interviewId, { segmentId: row.segmentId, at: row.start })}
          aria-label={t('vb.openLabel', { title })}
          title={t('vb.openLabel', { title })}
          data-testid="verbatim-open"
        >
          {t('vb.open')}
        </button>
        <button
          type="button"
          className="btn ghost small-btn"
          onClick={() => onCopy(row)}
          aria-label={t('vb.copyLabel', { n: formatNumber(lang, index + 1) })}
          title={t('vb.copyLabel', { n: formatNumber(lang, index + 1) })}
          data-testid="verbatim-copy"
        >
          {t('vb.copy')}
        </button>
      </div>
    </div>
  );
}, sameLine);

function sameLine(a: LineProps, b: LineProps): boolean {
  return (
    a.index === b.index &&
    a.row === b.row &&
    a.codes === b.codes &&
    a.lists === b.lists &&
    a.lang === b.lang &&
    a.onCopy === b.onCopy &&
    a.style.height === b.style.height
  );
}
