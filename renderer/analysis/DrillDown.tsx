import type { DrillDown as DrillDownResult, EvidenceItem, MatrixRequest } from '../../shared/analysis';
import { api } from '../api';
import { StrengthChip } from '../components/Chips';
import { LoadFailed, Loading } from '../components/States';
import { useT } from '../i18n';
import { openInTranscript } from '../lib/open-passage';
import { focusHash, routeToHash } from '../lib/route';
import { useQuery } from '../lib/useQuery';
import { usePresentationText } from '../privacy/presentation';
import { useNavStore } from '../stores/nav';
import { useDataVersion } from './data';
import { SidePanel } from './SidePanel';

/** What was clicked: a cell (row and column), a row total (row only) or a column total (column only). */
export interface DrillTarget {
  rowCodeId?: string;
  rowLabel?: string;
  column?: string;
  columnLabel?: string;
  /** The number shown where the user clicked, to say how many groups to expect. */
  count: number;
}

/**
 * The verbatims and observations behind a number of the matrix: one group per unit counted (project,
 * interview, person or passage), so there are exactly as many groups as the number clicked.
 */
export function DrillDownPanel({
  request,
  target,
  onClose,
}: {
  request: MatrixRequest;
  target: DrillTarget;
  onClose: () => void;
}) {
  const t = useT();
  const present = usePresentationText();
  const version = useDataVersion();
  const input = {
    ...request,
    ...(target.rowCodeId ? { rowCodeId: target.rowCodeId } : {}),
    ...(target.column !== undefined ? { column: target.column } : {}),
  };
  const query = useQuery(['analysis.drillDown', version, input], () => api['analysis.drillDown'](input));
  const title = present(
    target.rowLabel && target.columnLabel
      ? `${target.rowLabel} × ${target.columnLabel}`
      : (target.rowLabel ?? target.columnLabel ?? ''),
  );
  const scope = target.rowLabel
    ? target.columnLabel
      ? t('an.drill.scopeCell')
      : t('an.drill.scopeRow')
    : t('an.drill.scopeColumn');

  return (
    <SidePanel
      testId="drilldown"
      title={title}
      subtitle={
        <>
          <span>{scope}</span>
          {query.data ? (
            <strong
              className="an-drill-count"
              data-testid="drilldown-count"
              data-count={query.data.groups.length}
            >
              {t.count(`an.count.${request.unit}`, query.data.groups.length)}
            </strong>
          ) : null}
        </>
      }
      onClose={onClose}
    >
      {query.loading && !query.data ? (
        <Loading lines={3} />
      ) : query.error && !query.data ? (
        <LoadFailed onRetry={query.reload} />
      ) : query.data ? (
        <DrillDownBody data={query.data} />
      ) : null}
    </SidePanel>
  );
}

function DrillDownBody({ data }: { data: DrillDownResult }) {
  const t = useT();
  const present = usePresentationText();
  if (data.groups.length === 0 && data.impliedGroups.length === 0) {
    return <p className="muted">{t('an.drill.empty')}</p>;
  }
  return (
    <>
      <ol className="an-groups">
        {data.groups.map((g) => (
          <li key={g.unitKey} className="an-group" data-testid="drilldown-group" data-unit={g.unitKey}>
            <h3>{present(g.unitLabel)}</h3>
            <ul className="an-items">
              {g.items.map((item, i) => (
                <Evidence
                  key={`${item.segmentId ?? item.observationId ?? ''}-${item.codeId}-${i}`}
                  item={item}
                />
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {data.impliedGroups.length ? (
        <section className="an-implied">
          <h3>
            <span aria-hidden="true">○ </span>
            {t('an.drill.implied')}
          </h3>
          <p className="muted small">{t('an.drill.impliedHelp')}</p>
          <ol className="an-groups">
            {data.impliedGroups.map((g) => (
              <li key={g.unitKey} className="an-group implied" data-testid="drilldown-implied-group">
                <h3>{present(g.unitLabel)}</h3>
                <ul className="an-items">
                  {g.items.map((item, i) => (
                    <Evidence key={`${item.observationId ?? item.segmentId ?? ''}-${i}`} item={item} />
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}

function Evidence({ item }: { item: EvidenceItem }) {
  const t = useT();
  const present = usePresentationText();
  const navigate = useNavStore((s) => s.navigate);
  if (item.source === 'observation') {
    return (
      <li className="an-item observation" data-testid="drilldown-item" data-source="observation">
        <div className="an-item-kind">
          <span aria-hidden="true">{item.strength === 'implied' ? '○ ' : '● '}</span>
          {t('an.drill.observation')}
          {item.strength ? <StrengthChip strength={item.strength} /> : null}
        </div>
        <div className="an-item-meta">
          <span className="an-item-code">{item.code}</span>
          {item.projectId && item.project ? (
            <>
              {' · '}
              <a
                href={routeToHash({ view: 'portefeuille', id: item.projectId })}
                onClick={(e) => {
                  e.preventDefault();
                  navigate('portefeuille', item.projectId);
                }}
              >
                {item.project}
              </a>
            </>
          ) : null}
        </div>
      </li>
    );
  }
  const interviewId = item.interviewId;
  return (
    <li className="an-item verbatim" data-testid="drilldown-item" data-source="verbatim">
      <blockquote>{present(item.quote)}</blockquote>
      <div className="an-item-meta">
        {[item.pseudonym, item.organisation].filter(Boolean).join(' · ')}
        {item.interviewTitle ? (
          <span className="an-item-interview"> — {present(item.interviewTitle)}</span>
        ) : null}
      </div>
      <div className="an-item-foot">
        <span className="an-item-code" title={t('an.drill.codedAs')}>
          {item.code}
        </span>
        {interviewId ? (
          <a
            className="btn ghost small-btn"
            data-testid="open-in-transcript"
            href={focusHash(interviewId, { segmentId: item.segmentId })}
            onClick={(e) => {
              e.preventDefault();
              openInTranscript(interviewId, { segmentId: item.segmentId });
            }}
          >
            {t('an.drill.openTranscript')}
          </a>
        ) : null}
      </div>
    </li>
  );
}
