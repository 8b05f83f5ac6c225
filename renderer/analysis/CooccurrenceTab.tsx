import { useMemo, useState } from 'react';
import type { AnalysisFilter, CooccurrencePair } from '../../shared/analysis';
import type { VerbatimRow } from '../../shared/domain';
import { api } from '../api';
import { CodeSelect } from '../components/CodeSelect';
import { EmptyState, LoadFailed, Loading } from '../components/States';
import { useT } from '../i18n';
import { codeLabel, type CodeIndex } from '../lib/codes';
import { useCodeIndex } from '../lib/data';
import { openInTranscript } from '../lib/open-passage';
import { focusHash } from '../lib/route';
import { useQuery } from '../lib/useQuery';
import { usePresentationText } from '../privacy/presentation';
import { Busy } from './Busy';
import { useApiFilter, useDataVersion } from './data';
import { cooccurrenceGrid, strongestPairs } from './cooccurrence-model';
import { descendantIds, heatStyle, resolveBranch } from './model';
import { MultiSelect } from './MultiSelect';
import { SidePanel } from './SidePanel';
import { useAnalysisStore } from './store';

/** Codes applied together (on one passage or on overlapping passages): a heat matrix and the strongest pairs. */
export function CooccurrenceTab() {
  const t = useT();
  const settings = useAnalysisStore((s) => s.cooccurrence);
  const setCooccurrence = useAnalysisStore((s) => s.setCooccurrence);
  const { data: codes, index } = useCodeIndex();
  const filter = useApiFilter();
  const version = useDataVersion();
  const branchId = resolveBranch(codes, settings.branch);
  const codeIds = useMemo(() => {
    if (!codes || !branchId) return null;
    const known = new Set(codes.map((c) => c.id));
    const chosen = settings.codeIds.filter((id) => known.has(id));
    return chosen.length ? chosen : descendantIds(codes, branchId);
  }, [codes, branchId, settings.codeIds]);
  const input = useMemo(
    () => ({ ...(codeIds ? { codeIds } : {}), ...(Object.keys(filter).length ? { filter } : {}) }),
    [codeIds, filter],
  );
  const query = useQuery(
    ['analysis.cooccurrence', version, input],
    () => api['analysis.cooccurrence'](input),
    {
      enabled: codeIds !== null,
      keepPrevious: true,
    },
  );
  const [pair, setPair] = useState<CooccurrencePair | null>(null);
  const codeOptions = useMemo(
    () =>
      (index?.ordered ?? []).map((c) => ({
        value: c.id,
        label: codeLabel(c, t.lang),
        depth: index?.depth.get(c.id) ?? 0,
      })),
    [index, t.lang],
  );
  const data = query.data;

  return (
    <div className={`an-body${pair ? ' with-panel' : ''}`}>
      <div className="an-main" data-testid="cooccurrence">
        <div className="an-toolbar" role="group" aria-label={t('an.cooc.settings')}>
          <label className="an-field">
            <span>{t('an.cooc.branch')}</span>
            <CodeSelect
              index={index}
              value={branchId ?? ''}
              onChange={(id) => setCooccurrence({ branch: id, codeIds: [] })}
              lang={t.lang}
              disabled={settings.codeIds.length > 0}
              testId="cooc-branch"
            />
          </label>
          <div className="an-field">
            <span>{t('an.cooc.orCodes')}</span>
            <MultiSelect
              label={t('an.cooc.codes')}
              options={codeOptions}
              selected={settings.codeIds}
              onChange={(ids) => setCooccurrence({ codeIds: ids })}
              allLabel={t('an.cooc.wholeBranch')}
              testId="cooc-codes"
            />
          </div>
        </div>
        {!data ? (
          query.error ? (
            <LoadFailed onRetry={query.reload} />
          ) : (
            <Loading lines={6} />
          )
        ) : data.pairs.length === 0 ? (
          <EmptyState title={t('an.cooc.empty')} icon="analyses">
            <p>{t('an.cooc.emptyBody')}</p>
          </EmptyState>
        ) : index ? (
          <div className="an-cooc" aria-busy={query.loading}>
            {query.loading ? <Busy /> : null}
            <CooccurrenceMatrix pairs={data.pairs} index={index} onPick={setPair} selected={pair} />
            <StrongestPairs pairs={data.pairs} index={index} onPick={setPair} selected={pair} />
          </div>
        ) : null}
      </div>
      {pair && index ? (
        <PairEvidence pair={pair} index={index} filter={filter} onClose={() => setPair(null)} />
      ) : null}
    </div>
  );
}

function CooccurrenceMatrix({
  pairs,
  index,
  onPick,
  selected,
}: {
  pairs: CooccurrencePair[];
  index: CodeIndex;
  onPick: (pair: CooccurrencePair) => void;
  selected: CooccurrencePair | null;
}) {
  const t = useT();
  const grid = useMemo(
    () =>
      cooccurrenceGrid(
        pairs,
        index.ordered.map((c) => c.id),
      ),
    [pairs, index],
  );
  const name = (id: string) => {
    const code = index.byId.get(id);
    return code ? codeLabel(code, t.lang) : id;
  };
  return (
    <section className="an-card">
      <h2>{t('an.cooc.matrix')}</h2>
      <div className="an-table-wrap an-cooc-wrap">
        <table className="an-matrix an-cooc-matrix" data-testid="cooccurrence-matrix">
          <caption className="sr-only">{t('an.cooc.matrixCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="an-corner">
                {t('an.cooc.code')}
              </th>
              {grid.ids.map((id, i) => (
                <th key={id} scope="col" className="an-col-head an-cooc-head" title={name(id)}>
                  <span className="an-col-num">{i + 1}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.ids.map((a, i) => (
              <tr key={a}>
                <th scope="row" className="an-row-head" title={name(a)}>
                  <span className="an-row-label">
                    <span className="an-col-num">{i + 1}</span>
                    <span className="an-row-name">{name(a)}</span>
                  </span>
                </th>
                {grid.ids.map((b) => {
                  const n = grid.count(a, b);
                  const isSelected =
                    !!selected &&
                    ((selected.a === a && selected.b === b) || (selected.a === b && selected.b === a));
                  if (a === b)
                    return <td key={b} className="an-cell an-diag" aria-label={t('an.cooc.same')} />;
                  return (
                    <td
                      key={b}
                      className={`an-cell${isSelected ? ' selected' : ''}`}
                      style={heatStyle(n, grid.max)}
                      data-testid="cooc-cell"
                      data-count={n}
                      title={`${name(a)} × ${name(b)} : ${n}`}
                    >
                      {n > 0 ? (
                        <button
                          type="button"
                          aria-label={`${name(a)} × ${name(b)} : ${t.count('an.cooc.count', n)}`}
                          onClick={() => onPick({ a, b, count: n })}
                        >
                          <span className="an-n">{n}</span>
                        </button>
                      ) : (
                        <span className="an-empty">·</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function StrongestPairs({
  pairs,
  index,
  onPick,
  selected,
}: {
  pairs: CooccurrencePair[];
  index: CodeIndex;
  onPick: (pair: CooccurrencePair) => void;
  selected: CooccurrencePair | null;
}) {
  const t = useT();
  const top = strongestPairs(pairs, 15);
  const max = top[0]?.count ?? 1;
  const name = (id: string) => {
    const code = index.byId.get(id);
    return code ? codeLabel(code, t.lang) : id;
  };
  return (
    <section className="an-card an-pairs-card">
      <h2>{t('an.cooc.strongest')}</h2>
      <ol className="an-pairs" data-testid="cooc-pairs">
        {top.map((p) => (
          <li key={`${p.a}|${p.b}`}>
            <button
              type="button"
              className={`an-pair${selected && selected.a === p.a && selected.b === p.b ? ' selected' : ''}`}
              onClick={() => onPick(p)}
              data-testid="cooc-pair"
            >
              <span className="an-pair-names">
                {name(p.a)} <span aria-hidden="true">↔</span>
                <span className="sr-only"> {t('an.cooc.and')} </span> {name(p.b)}
              </span>
              <span className="an-pair-bar" aria-hidden="true">
                <span style={{ width: `${(p.count / max) * 100}%` }} />
              </span>
              <span className="an-pair-n">{t.count('an.cooc.count', p.count)}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * The passages behind a pair. The API gives segment ids (one for a passage coded with both, two for
 * overlapping passages); their quotes come from the verbatims list of either code, read page by page until
 * every id is found.
 */
async function pairEvidence(
  a: string,
  b: string,
  filter: AnalysisFilter,
): Promise<{ entries: string[][]; rows: Map<string, VerbatimRow> }> {
  const { segmentIds } = await api['analysis.cooccurrenceEvidence']({
    a,
    b,
    ...(Object.keys(filter).length ? { filter } : {}),
  });
  const missing = new Set(segmentIds.flat());
  const rows = new Map<string, VerbatimRow>();
  const PAGE = 1000;
  for (const codeId of [a, b]) {
    for (let offset = 0, pages = 0; missing.size > 0 && pages < 50; pages++, offset += PAGE) {
      const page = await api['verbatims.list']({
        codeId,
        limit: PAGE,
        offset,
        ...(filter.dateFrom ? { dateFrom: filter.dateFrom } : {}),
        ...(filter.dateTo ? { dateTo: filter.dateTo } : {}),
      });
      for (const row of page.rows) {
        if (missing.delete(row.segmentId)) rows.set(row.segmentId, row);
      }
      if (offset + PAGE >= page.total) break;
    }
  }
  return { entries: segmentIds, rows };
}

function PairEvidence({
  pair,
  index,
  filter,
  onClose,
}: {
  pair: CooccurrencePair;
  index: CodeIndex;
  filter: AnalysisFilter;
  onClose: () => void;
}) {
  const t = useT();
  const present = usePresentationText();
  const version = useDataVersion();
  const query = useQuery(['cooc-evidence', version, pair.a, pair.b, filter], () =>
    pairEvidence(pair.a, pair.b, filter),
  );
  const name = (id: string) => {
    const code = index.byId.get(id);
    return code ? codeLabel(code, t.lang) : id;
  };
  return (
    <SidePanel
      testId="drilldown"
      title={`${name(pair.a)} × ${name(pair.b)}`}
      subtitle={
        query.data ? (
          <strong
            className="an-drill-count"
            data-testid="drilldown-count"
            data-count={query.data.entries.length}
          >
            {t.count('an.cooc.count', query.data.entries.length)}
          </strong>
        ) : null
      }
      onClose={onClose}
    >
      {query.loading && !query.data ? (
        <Loading lines={3} />
      ) : query.error && !query.data ? (
        <LoadFailed onRetry={query.reload} />
      ) : query.data ? (
        <ol className="an-groups">
          {query.data.entries.map((ids) => {
            const first = query.data!.rows.get(ids[0]!);
            return (
              <li key={ids.join('+')} className="an-group" data-testid="drilldown-group">
                <h3>
                  {first ? present(first.interviewTitle) : t('an.cooc.unknownPassage')}
                  <span className="muted small">
                    {' '}
                    — {ids.length > 1 ? t('an.cooc.overlap') : t('an.cooc.samePassage')}
                  </span>
                </h3>
                <ul className="an-items">
                  {ids.map((id) => {
                    const row = query.data!.rows.get(id);
                    return (
                      <li key={id} className="an-item verbatim" data-testid="drilldown-item">
                        {row ? (
                          <>
                            <blockquote>{present(row.quote)}</blockquote>
                            <div className="an-item-meta">
                              {[row.pseudonym, row.organisation].filter(Boolean).join(' · ')}
                            </div>
                            <div className="an-item-foot">
                              <span className="an-item-code">
                                {row.codeIds
                                  .filter((c) => c === pair.a || c === pair.b)
                                  .map(name)
                                  .join(', ')}
                              </span>
                              <a
                                className="btn ghost small-btn"
                                data-testid="open-in-transcript"
                                href={focusHash(row.interviewId, { segmentId: id })}
                                onClick={(e) => {
                                  e.preventDefault();
                                  openInTranscript(row.interviewId, { segmentId: id });
                                }}
                              >
                                {t('an.drill.openTranscript')}
                              </a>
                            </div>
                          </>
                        ) : (
                          <span className="muted">{t('an.cooc.unknownPassage')}</span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </li>
            );
          })}
        </ol>
      ) : null}
    </SidePanel>
  );
}
