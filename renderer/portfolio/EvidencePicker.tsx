import { useMemo, useState } from 'react';
import type { VerbatimRow } from '../../shared/domain';
import { api } from '../api';
import { CodeSelect } from '../components/CodeSelect';
import { useT } from '../i18n';
import { useCodeIndex } from '../lib/data';
import { formatDate } from '../lib/format';
import { matchesQuery } from '../lib/text';
import { useQuery } from '../lib/useQuery';
import { usePresentationText } from '../privacy/presentation';
import { Dialog } from '../workbench/Dialog';
import { usePortfolioKey } from './store';

export interface Evidence {
  segmentId: string;
  quote: string;
  interviewId: string;
  interviewTitle: string;
}

const LIMIT = 300;

/** The reference under a quote: who said it, where, when. */
export function verbatimReference(row: VerbatimRow, lang: 'fr' | 'en'): string {
  return [
    row.pseudonym ?? row.speaker,
    row.organisation,
    row.interviewTitle,
    formatDate(lang, row.interviewDate),
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Chooses the verbatims that support a challenge: the coded passages, first those coded with the challenge
 * itself (any code, or all, on request), narrowed by words of the quote or its reference.
 */
export function EvidencePicker({
  projectId,
  codeId,
  chosen,
  onToggle,
  onClose,
}: {
  projectId: string;
  codeId: string | null;
  chosen: readonly string[];
  onToggle: (evidence: Evidence, add: boolean) => void;
  onClose: () => void;
}) {
  const t = useT();
  const present = usePresentationText();
  const key = usePortfolioKey();
  const codes = useCodeIndex();
  const [filterCode, setFilterCode] = useState<string>(codeId ?? '');
  const [query, setQuery] = useState('');
  const [onlyProject, setOnlyProject] = useState(false);
  const rows = useQuery(
    ['verbatims.list', ...key, filterCode, onlyProject],
    () =>
      api['verbatims.list']({
        ...(filterCode ? { codeId: filterCode } : {}),
        ...(onlyProject ? { projectId } : {}),
        limit: LIMIT,
      }),
    { keepPrevious: true },
  );
  const shown = useMemo(
    () =>
      (rows.data?.rows ?? []).filter((r) =>
        matchesQuery(query, r.quote, r.pseudonym, r.speaker, r.organisation, r.interviewTitle),
      ),
    [rows.data, query],
  );
  const chosenSet = new Set(chosen);

  return (
    <Dialog
      title={t('pf.evidence.title')}
      onClose={onClose}
      className="pf-evidence-dialog"
      testId="evidence-picker"
    >
      <div className="pf-evidence-filters">
        <label className="form-field">
          <span>{t('pf.evidence.byCode')}</span>
          <CodeSelect
            index={codes.index}
            value={filterCode}
            onChange={setFilterCode}
            lang={t.lang}
            emptyLabel={t('pf.evidence.allCodes')}
            showCounts
            testId="evidence-code"
          />
        </label>
        <label className="form-field pf-grow">
          <span>{t('pf.evidence.search')}</span>
          <input
            type="search"
            value={query}
            placeholder={t('pf.evidence.searchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
            data-testid="evidence-search"
          />
        </label>
        <label className="radio pf-only-project">
          <input
            type="checkbox"
            checked={onlyProject}
            onChange={(e) => setOnlyProject(e.target.checked)}
            data-testid="evidence-only-project"
          />
          {t('pf.evidence.onlyProject')}
        </label>
      </div>
      <p className="muted small" role="status">
        {rows.data
          ? t('pf.evidence.count', {
              shown: shown.length,
              total: rows.data.total,
            })
          : ''}
      </p>
      {rows.loading && !rows.data ? (
        <p className="muted">{t('common.loading')}</p>
      ) : rows.error && !rows.data ? (
        <p className="form-error">{t('error.loadFailed')}</p>
      ) : shown.length === 0 ? (
        <div className="pf-empty-inline">
          <p>{filterCode || onlyProject ? t('pf.evidence.noneForCode') : t('pf.evidence.none')}</p>
          {filterCode || onlyProject ? (
            <button
              type="button"
              className="btn small-btn"
              onClick={() => {
                setFilterCode('');
                setOnlyProject(false);
              }}
            >
              {t('pf.evidence.showAll')}
            </button>
          ) : null}
        </div>
      ) : (
        <ul className="pf-evidence-list">
          {shown.map((r) => {
            const isChosen = chosenSet.has(r.segmentId);
            return (
              <li key={r.segmentId} className={isChosen ? 'chosen' : undefined}>
                <figure className="evidence-quote">
                  <blockquote>{present(r.quote)}</blockquote>
                  <figcaption className="muted">{present(verbatimReference(r, t.lang))}</figcaption>
                </figure>
                <button
                  type="button"
                  className={`btn small-btn${isChosen ? '' : ' primary'}`}
                  aria-pressed={isChosen}
                  data-testid="evidence-option"
                  onClick={() =>
                    onToggle(
                      {
                        segmentId: r.segmentId,
                        quote: r.quote,
                        interviewId: r.interviewId,
                        interviewTitle: r.interviewTitle,
                      },
                      !isChosen,
                    )
                  }
                >
                  {isChosen ? t('pf.evidence.remove') : t('pf.evidence.add')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="form-actions">
        <button type="button" className="btn primary" onClick={onClose} data-testid="evidence-done">
          {t.count('pf.evidence.done', chosen.length)}
        </button>
      </div>
    </Dialog>
  );
}
