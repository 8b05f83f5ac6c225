import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api } from '../api';
import { CodeSelect } from '../components/CodeSelect';
import { EmptyState, LoadFailed, Loading } from '../components/States';
import { useT } from '../i18n';
import { codeLabel } from '../lib/codes';
import { useCodeIndex } from '../lib/data';
import { useQuery } from '../lib/useQuery';
import { useNavStore } from '../stores/nav';
import { useVerbatimFilters } from '../verbatims/filters';
import { Busy } from './Busy';
import { legendProps } from './ChartBits';
import { seriesColor, shorten } from './charts';
import { useApiFilter, useDataVersion } from './data';
import { frequencyRows } from './frequency-model';
import { resolveBranch } from './model';
import { useAnalysisStore } from './store';

/** How often each code of a branch was applied: passages and distinct interviews. */
export function FrequenciesTab() {
  const t = useT();
  const settings = useAnalysisStore((s) => s.frequencies);
  const setFrequencies = useAnalysisStore((s) => s.setFrequencies);
  const { data: codes, index } = useCodeIndex();
  const filter = useApiFilter();
  const version = useDataVersion();
  const navigate = useNavStore((s) => s.navigate);
  const branchId = resolveBranch(codes, settings.branch);
  const input = useMemo(
    () => ({ rollUp: settings.rollUp, ...(Object.keys(filter).length ? { filter } : {}) }),
    [settings.rollUp, filter],
  );
  const query = useQuery(['analysis.frequencies', version, input], () => api['analysis.frequencies'](input), {
    keepPrevious: true,
  });
  const rows = useMemo(
    () =>
      codes && branchId && query.data
        ? frequencyRows(codes, branchId, query.data, (c) => codeLabel(c, t.lang))
        : [],
    [codes, branchId, query.data, t.lang],
  );
  const shown = rows.filter((r) => r.segments > 0);

  return (
    <div className="an-body">
      <div className="an-main" data-testid="frequencies">
        <div className="an-toolbar" role="group" aria-label={t('an.freq.settings')}>
          <label className="an-field">
            <span>{t('an.freq.branch')}</span>
            <CodeSelect
              index={index}
              value={branchId ?? ''}
              onChange={(id) => setFrequencies({ branch: id })}
              lang={t.lang}
              testId="freq-branch"
            />
          </label>
          <div className="an-checks">
            <label>
              <input
                type="checkbox"
                checked={settings.rollUp}
                onChange={(e) => setFrequencies({ rollUp: e.target.checked })}
                data-testid="freq-rollup"
              />
              {t('an.freq.rollUp')}
            </label>
          </div>
        </div>
        {!query.data ? (
          query.error ? (
            <LoadFailed onRetry={query.reload} />
          ) : (
            <Loading lines={6} />
          )
        ) : shown.length === 0 ? (
          <EmptyState title={t('an.freq.empty')} icon="analyses">
            <p>{t('an.freq.emptyBody')}</p>
          </EmptyState>
        ) : (
          <>
            <figure className="an-figure" aria-busy={query.loading}>
              {query.loading ? <Busy /> : null}
              <figcaption>{t('an.freq.caption')}</figcaption>
              <ResponsiveContainer width="100%" height={shown.length * 40 + 90}>
                <BarChart data={shown} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                  <XAxis type="number" allowDecimals={false} />
                  <YAxis
                    type="category"
                    dataKey="label"
                    width={250}
                    interval={0}
                    tickFormatter={(v: string) => shorten(v, 36)}
                    tick={{ fontSize: 12 }}
                  />
                  <Tooltip />
                  <Legend {...legendProps} />
                  <Bar
                    dataKey="segments"
                    name={t('an.freq.segments')}
                    fill={seriesColor(0)}
                    isAnimationActive={false}
                  />
                  <Bar
                    dataKey="interviews"
                    name={t('an.freq.interviews')}
                    fill={seriesColor(1)}
                    isAnimationActive={false}
                  />
                </BarChart>
              </ResponsiveContainer>
            </figure>
            <div className="an-table-wrap an-freq-wrap">
              <table className="data-table an-freq-table" data-testid="frequencies-table">
                <caption className="sr-only">{t('an.freq.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="an-th">
                      {t('an.freq.code')}
                    </th>
                    <th scope="col" className="an-th num">
                      {t('an.freq.segments')}
                    </th>
                    <th scope="col" className="an-th num">
                      {t('an.freq.interviews')}
                    </th>
                    <th scope="col" className="an-th">
                      <span className="sr-only">{t('an.freq.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r) => (
                    <tr key={r.codeId} data-testid="frequency-row" data-code-id={r.codeId}>
                      <th scope="row" style={{ paddingLeft: 10 + r.depth * 16 }} className="an-freq-name">
                        {r.name}
                      </th>
                      <td className="num">{r.segments}</td>
                      <td className="num">{r.interviews}</td>
                      <td>
                        <button
                          type="button"
                          className="btn ghost small-btn"
                          onClick={() => {
                            useVerbatimFilters.getState().clear();
                            useVerbatimFilters.getState().set({ codeId: r.codeId });
                            navigate('verbatims');
                          }}
                        >
                          {t('an.freq.seeVerbatims')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
