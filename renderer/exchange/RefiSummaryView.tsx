import type { RefiPreview } from '../../shared/api/refi';
import { useT } from '../i18n';
import { usePresentationText } from '../privacy/presentation';
import { formatNumber } from '../lib/format';
import { summariseRefi } from './refi-summary';

const CODES_LISTED = 200;
const UNPLACED_LISTED = 50;
const CASE_ACTIONS = ['person', 'new-person', 'attributes'] as const;
const SET_ACTIONS = ['project', 'new-project', 'attributes', 'ignored'] as const;
const OTHER_TOTALS = ['memos', 'people', 'organisations', 'projects', 'attributes', 'users'] as const;

/**
 * What an import of a REFI-QDA file would do (a preview) or did (an import report): the figures first, then
 * the unplaced selections and the warnings, then the codes and sources in detail on demand.
 */
export function RefiSummaryView({ preview, done = false }: { preview: RefiPreview; done?: boolean }) {
  const t = useT();
  const present = usePresentationText();
  const n = (value: number) => formatNumber(t.lang, value);
  const s = summariseRefi(preview);
  const caseParts = CASE_ACTIONS.filter((a) => s.cases[a]).map((a) =>
    t(`refi.preview.case.${a}`, { n: n(s.cases[a] ?? 0) }),
  );
  const setParts = SET_ACTIONS.filter((a) => s.sets[a]).map((a) =>
    t(`refi.preview.set.${a}`, { n: n(s.sets[a] ?? 0) }),
  );
  const others = OTHER_TOTALS.filter((k) => preview.totals[k] > 0);

  return (
    <div className="rx-summary">
      <dl className="rx-file">
        <div>
          <dt>{t('refi.preview.file')}</dt>
          <dd>
            <span className="file-name">{present(preview.fileName)}</span>{' '}
            <span className="chip chip-neutral">{t(`refi.preview.kind.${preview.kind}`)}</span>
          </dd>
        </div>
        {preview.projectName || preview.origin ? (
          <div>
            <dt>{t('refi.preview.project')}</dt>
            <dd>
              {[preview.projectName, preview.origin ? `${t('refi.preview.origin')} ${preview.origin}` : null]
                .filter(Boolean)
                .join(' · ')}
            </dd>
          </div>
        ) : null}
      </dl>

      <h3 className="rx-h">{done ? t('refi.preview.added') : t('refi.preview.willAdd')}</h3>
      <dl className="rx-counts" data-testid="refi-counts">
        <div data-count="codes">
          <dt>{t('refi.preview.codes')}</dt>
          <dd>
            <span data-testid="refi-codes-added">
              {t('refi.preview.codesAdded', { n: n(s.codes.added) })}
            </span>
            {' · '}
            <span>{t('refi.preview.codesMergedGuid', { n: n(s.codes.mergedGuid) })}</span>
            {' · '}
            <span>{t('refi.preview.codesMergedName', { n: n(s.codes.mergedName) })}</span>
          </dd>
        </div>
        {preview.kind === 'qdpx' ? (
          <>
            <div data-count="sources">
              <dt>{t('refi.preview.sources')}</dt>
              <dd>
                <span data-testid="refi-sources-added">
                  {t('refi.preview.sourcesAdded', { n: n(s.sources.added) })}
                </span>
                {s.sources.merged
                  ? ` · ${t('refi.preview.sourcesMerged', { n: n(s.sources.merged) })}`
                  : null}
              </dd>
            </div>
            <div data-count="selections">
              <dt>{t('refi.preview.selections')}</dt>
              <dd>
                {t('refi.preview.selectionsDetail', { selections: n(s.selections), segments: n(s.segments) })}
              </dd>
            </div>
            <div data-count="codings">
              <dt>{t('refi.preview.codings')}</dt>
              <dd data-testid="refi-codings">{n(s.codings)}</dd>
            </div>
            <div data-count="cases">
              <dt>{t('refi.preview.cases')}</dt>
              <dd>{caseParts.length ? caseParts.join(' · ') : t('refi.preview.none')}</dd>
            </div>
            <div data-count="sets">
              <dt>{t('refi.preview.sets')}</dt>
              <dd>{setParts.length ? setParts.join(' · ') : t('refi.preview.none')}</dd>
            </div>
          </>
        ) : null}
        {preview.kind === 'qdpx' ? (
          <div data-count="unplaced">
            <dt>{t('refi.preview.unplaced')}</dt>
            <dd data-testid="refi-unplaced-count">
              {preview.unplaced.length ? n(preview.unplaced.length) : t('refi.preview.noneF')}
            </dd>
          </div>
        ) : null}
        <div data-count="warnings">
          <dt>{t('refi.preview.warnings')}</dt>
          <dd>{preview.warnings.length ? n(preview.warnings.length) : t('refi.preview.none')}</dd>
        </div>
        {others.length ? (
          <div data-count="others">
            <dt>{t('refi.preview.others')}</dt>
            <dd>
              {others
                .map((k) =>
                  t('refi.preview.other', { label: t(`refi.preview.${k}`), n: n(preview.totals[k]) }),
                )
                .join(' · ')}
            </dd>
          </div>
        ) : null}
      </dl>

      {preview.unplaced.length ? (
        <div className="rx-alert" data-testid="refi-unplaced">
          <h3 className="rx-h">
            {t('refi.preview.unplaced')} ({n(preview.unplaced.length)})
          </h3>
          <p className="small">{t('refi.preview.unplacedHelp')}</p>
          <div className="table-wrap rx-table">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col" className="plain-th">
                    {t('refi.preview.unplacedCol.source')}
                  </th>
                  <th scope="col" className="plain-th">
                    {t('refi.preview.unplacedCol.selection')}
                  </th>
                  <th scope="col" className="plain-th">
                    {t('refi.preview.unplacedCol.positions')}
                  </th>
                  <th scope="col" className="plain-th">
                    {t('refi.preview.unplacedCol.reason')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.unplaced.slice(0, UNPLACED_LISTED).map((u, i) => (
                  <tr key={i}>
                    <td>{u.source}</td>
                    <td>{u.selection}</td>
                    <td className="nowrap">
                      {u.startPosition}–{u.endPosition}
                    </td>
                    <td>{u.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.unplaced.length > UNPLACED_LISTED ? (
            <p className="muted small">
              {t('refi.preview.unplacedMore', { n: n(preview.unplaced.length - UNPLACED_LISTED) })}
            </p>
          ) : null}
        </div>
      ) : null}

      {preview.warnings.length ? (
        <div className="rx-warnings" data-testid="refi-warnings">
          <h3 className="rx-h">{t('refi.preview.warnings')}</h3>
          <ul>
            {preview.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {preview.sources.length ? (
        <details className="rx-details">
          <summary>{t('refi.preview.detailSources')}</summary>
          <div className="table-wrap rx-table">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col" className="plain-th">
                    {t('refi.preview.sourceCol.name')}
                  </th>
                  <th scope="col" className="plain-th">
                    {t('refi.preview.sourceCol.action')}
                  </th>
                  <th scope="col" className="plain-th num">
                    {t('refi.preview.sourceCol.characters')}
                  </th>
                  <th scope="col" className="plain-th num">
                    {t('refi.preview.sourceCol.segments')}
                  </th>
                  <th scope="col" className="plain-th num">
                    {t('refi.preview.sourceCol.codings')}
                  </th>
                  <th scope="col" className="plain-th">
                    {t('refi.preview.sourceCol.positions')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.sources.map((src) => (
                  <tr key={src.guid}>
                    <td>{present(src.name)}</td>
                    <td>{t(`refi.preview.action.${src.action}`)}</td>
                    <td className="num">{n(src.characters)}</td>
                    <td className="num">{n(src.newSegments)}</td>
                    <td className="num">{n(src.newCodings)}</td>
                    <td className="small">{src.positions}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}

      {preview.codes.length ? (
        <details className="rx-details">
          <summary>
            {t('refi.preview.detailCodes')} ({n(preview.codes.length)})
          </summary>
          <ul className="rx-codes">
            {preview.codes.slice(0, CODES_LISTED).map((c) => (
              <li key={c.guid} style={{ paddingLeft: `${(c.path.length - 1) * 14}px` }}>
                <span>{c.name}</span>{' '}
                <span className={`chip ${c.action === 'add' ? 'chip-neutral' : 'chip-ok'}`}>
                  {t(`refi.preview.action.${c.action}`)}
                </span>
                {c.targetName && c.targetName !== c.name ? (
                  <span className="muted small"> {t('refi.preview.into', { name: c.targetName })}</span>
                ) : null}
              </li>
            ))}
          </ul>
          {preview.codes.length > CODES_LISTED ? (
            <p className="muted small">
              {t('refi.preview.codesMore', { n: n(preview.codes.length - CODES_LISTED) })}
            </p>
          ) : null}
        </details>
      ) : null}
    </div>
  );
}
