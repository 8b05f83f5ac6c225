import { useMemo } from 'react';
import type {
  InterviewSheet,
  InterviewsReport,
  PortfolioReport,
  ProjectSheet,
  RecurringChallenge,
  ReportCover,
  ReportModel,
  ReportQuote,
} from '../../shared/api/reports';
import { mapStrings } from '../../shared/pseudonymise';
import { PortfolioChart } from '../charts';
import { makeT, type T } from '../i18n';
import { usePresentationText } from '../privacy/presentation';
import { formatDate, formatEuros } from '../lib/format';

/** How many quotes a block shows before "… and N more" (the file holds what the generator picks). */
const QUOTES_SHOWN = 3;

/**
 * A report model drawn on screen as a reader would meet it: cover, indicators and charts, recurring challenges
 * with their quotes, one block per project (or per interview for a synthesis). Headings are in the report's
 * language, like the file; the interface around it stays in the user's.
 */
export function ReportPreview({ model: stored }: { model: ReportModel }) {
  const present = usePresentationText();
  // In presentation mode the preview shows pseudonyms whatever the report's option (the badge still says
  // what the file will hold).
  const model = useMemo(() => (present.on ? mapStrings(stored, present) : stored), [stored, present]);
  const t = useMemo(() => makeT(model.lang), [model.lang]);
  return (
    <article className="rp-paper" lang={model.lang} data-kind={model.kind}>
      <Cover cover={model.cover} t={t} pseudonymised={model.pseudonymised} withQuotes={model.withQuotes} />
      {model.kind === 'portfolio' ? <Portfolio model={model} t={t} /> : <Interviews model={model} t={t} />}
    </article>
  );
}

function Cover({
  cover,
  t,
  pseudonymised,
  withQuotes,
}: {
  cover: ReportCover;
  t: T;
  pseudonymised: boolean;
  withQuotes: boolean;
}) {
  return (
    <header className="rp-cover" data-testid="report-preview-cover">
      <div className="rp-badges">
        <span className={`chip ${pseudonymised ? 'chip-ok' : 'chip-failed'}`}>
          {pseudonymised ? t('rpt.badge.pseudonymised') : t('rpt.badge.named')}
        </span>
        <span className="chip chip-neutral">
          {withQuotes ? t('rpt.badge.quotes') : t('rpt.badge.noQuotes')}
        </span>
      </div>
      <h2 className="rp-cover-title">{cover.title}</h2>
      <p className="rp-cover-subtitle">{cover.subtitle}</p>
      {cover.period ? <p className="rp-cover-period">{cover.period}</p> : null}
      <p className="rp-cover-meta">
        {[
          cover.author ? t('rpt.cover.by', { author: cover.author }) : null,
          t('rpt.cover.date', { date: cover.dateLabel }),
          cover.workspace ? t('rpt.cover.workspace', { name: cover.workspace }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </header>
  );
}

function Portfolio({ model, t }: { model: PortfolioReport; t: T }) {
  const charts = model.charts.filter((c) => c.bars.length > 0);
  return (
    <>
      <section className="rp-block" aria-label={t('rpt.h.indicators')}>
        <h3>{t('rpt.h.indicators')}</h3>
        <dl className="rp-indicators">
          {model.indicators.map((i) => (
            <div key={i.key} className="rp-indicator" data-indicator={i.key}>
              <dt>{i.label}</dt>
              <dd>{i.display}</dd>
            </div>
          ))}
        </dl>
      </section>

      {charts.length ? (
        <section className="rp-block" aria-label={t('rpt.h.charts')}>
          <h3>{t('rpt.h.charts')}</h3>
          <div className="rp-charts">
            {charts.map((c) => (
              <figure key={c.id} className={`rp-chart ${c.size}`} data-chart-id={c.id}>
                <figcaption>{c.title}</figcaption>
                <div className="rp-chart-scroll">
                  <PortfolioChart
                    id={c.id}
                    bars={c.bars}
                    lang={model.lang}
                    width={c.size === 'half' ? 330 : 660}
                    title={c.title}
                    isAnimationActive={false}
                  />
                </div>
                {c.note ? <p className="muted small">{c.note}</p> : null}
              </figure>
            ))}
          </div>
        </section>
      ) : null}

      <section className="rp-block" aria-label={t('rpt.h.recurring')} data-testid="report-preview-recurring">
        <h3>{t('rpt.h.recurring')}</h3>
        <p className="muted small">
          {t('rpt.recurring.source', {
            source: model.matrix.source,
            threshold: model.matrix.threshold,
            unit: model.matrix.unitLabel,
          })}
        </p>
        {model.recurring.length ? (
          <ol className="rp-recurring">
            {model.recurring.map((r) => (
              <Recurring key={r.codeId} item={r} unit={model.matrix.unitLabel} t={t} />
            ))}
          </ol>
        ) : (
          <p className="muted">{t('rpt.recurring.none')}</p>
        )}
      </section>

      <section className="rp-block" aria-label={t('rpt.h.projects')}>
        <h3>{t('rpt.h.projects')}</h3>
        {model.projects.length ? (
          model.projects.map((p) => <Project key={p.id} project={p} lang={model.lang} t={t} />)
        ) : (
          <p className="muted">{t('rpt.projects.noneInReport')}</p>
        )}
      </section>

      <Codebook codebook={model.codebook} t={t} />
    </>
  );
}

function Recurring({ item, unit, t }: { item: RecurringChallenge; unit: string; t: T }) {
  return (
    <li className="rp-challenge" data-testid="report-preview-challenge">
      <div className="rp-challenge-head">
        <strong>{item.label}</strong>
        <span className="chip chip-st-explicit">
          {t('rpt.recurring.count', { count: item.count, outOf: item.outOf, unit })}
        </span>
      </div>
      {item.definition ? <p className="rp-definition">{item.definition}</p> : null}
      <dl className="rp-seen">
        {item.seenIn.length ? (
          <div>
            <dt>{t('rpt.recurring.seenIn')}</dt>
            <dd>{item.seenIn.join(' · ')}</dd>
          </div>
        ) : null}
        {item.notSeenIn.length ? (
          <div>
            <dt>{t('rpt.recurring.notSeenIn')}</dt>
            <dd>{item.notSeenIn.join(' · ')}</dd>
          </div>
        ) : null}
      </dl>
      <Quotes quotes={item.quotes} t={t} />
    </li>
  );
}

function Quotes({ quotes, t }: { quotes: readonly ReportQuote[]; t: T }) {
  if (!quotes.length) return null;
  const shown = quotes.slice(0, QUOTES_SHOWN);
  const more = quotes.length - shown.length;
  return (
    <div className="rp-quotes">
      {shown.map((q) => (
        <figure key={q.segmentId} className="rp-quote">
          <blockquote className="quote">{q.text}</blockquote>
          <figcaption className="muted small">
            {q.important ? <span className="rp-important">{t('rpt.quote.important')} · </span> : null}
            {q.reference}
          </figcaption>
        </figure>
      ))}
      {more > 0 ? <p className="muted small">{t.count('rpt.moreQuotes', more)}</p> : null}
    </div>
  );
}

function Project({ project: p, lang, t }: { project: ProjectSheet; lang: 'fr' | 'en'; t: T }) {
  const period = [formatDate(lang, p.startDate), formatDate(lang, p.endDate)].filter(Boolean).join(' – ');
  const facts: [string, string][] = [];
  if (p.theme) facts.push([t('rpt.project.theme'), p.theme]);
  if (p.callYear) facts.push([t('rpt.project.callYear'), String(p.callYear)]);
  if (p.region) facts.push([t('rpt.project.region'), p.region]);
  if (period) facts.push([t('rpt.project.period'), period]);
  facts.push([t('rpt.project.funding'), formatEuros(p.totalFundingEur)]);
  return (
    <article className="rp-project" data-testid="report-preview-project">
      <header className="rp-project-head">
        <h4>{p.name}</h4>
        <div className="rp-project-chips">
          <span className="chip chip-neutral">{p.status}</span>
          {p.methodStep ? <span className="chip chip-neutral">{p.methodStep}</span> : null}
          {p.lifecycleStage ? <span className="chip chip-neutral">{p.lifecycleStage}</span> : null}
        </div>
      </header>
      {p.solution ? <p className="rp-solution">{p.solution}</p> : null}
      {p.summary ? <p className="rp-summary">{p.summary}</p> : null}
      <dl className="rp-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div>
          <dt>{t('rpt.project.steps', { done: p.stepsDone, total: p.steps.length })}</dt>
          <dd>
            <span className="rp-steps" aria-hidden="true">
              {p.steps.map((s) => (
                <span
                  key={s.key}
                  className={`rp-step rp-step-${s.statusKey}`}
                  title={`${s.label} — ${s.status}`}
                />
              ))}
            </span>
          </dd>
        </div>
      </dl>
      {p.partners.length ? (
        <div className="rp-sub">
          <h5>{t('rpt.project.partners')}</h5>
          <ul className="rp-partners">
            {p.partners.map((pa, i) => (
              <li key={`${pa.organisation}-${i}`}>
                <strong>{pa.organisation}</strong> <span className="muted">— {pa.role}</span>
                {pa.fundingEur ? <span className="rp-euro"> {formatEuros(pa.fundingEur)}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {p.compositionWarnings.length ? (
        <ul className="rp-composition">
          {p.compositionWarnings.map((w, i) => (
            <li key={i}>⚠ {w}</li>
          ))}
        </ul>
      ) : null}
      {p.sites.length ? (
        <div className="rp-sub">
          <h5>{t('rpt.project.sites')}</h5>
          <p className="rp-inline-list">
            {p.sites.map((s) => [s.organisation, s.region, s.status].filter(Boolean).join(', ')).join(' · ')}
          </p>
        </div>
      ) : null}
      <div className="rp-sub">
        <h5>{t('rpt.project.challenges')}</h5>
        {p.challenges.length ? (
          <ul className="rp-project-challenges">
            {p.challenges.map((c) => (
              <li key={c.codeId}>
                <div className="rp-challenge-head">
                  <strong>{c.label}</strong>
                  <span className="muted small">
                    {c.strength} · {c.status}
                  </span>
                </div>
                {c.levers ? (
                  <p className="small">
                    <span className="muted">{t('rpt.project.levers')} </span>
                    {c.levers}
                  </p>
                ) : null}
                <Quotes quotes={c.evidence} t={t} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">{t('rpt.project.noChallenges')}</p>
        )}
      </div>
    </article>
  );
}

function Codebook({ codebook, t }: { codebook: PortfolioReport['codebook']; t: T }) {
  const count = codebook.reduce((n, b) => n + b.entries.length, 0);
  if (!count) return null;
  return (
    <section className="rp-block">
      <details className="rp-codebook">
        <summary>
          <h3>{t('rpt.h.codebook')}</h3>{' '}
          <span className="muted small">{t.count('rpt.codebook.entries', count)}</span>
        </summary>
        {codebook.map((b) => (
          <div key={b.branch} className="rp-codebook-branch">
            <h4>{b.branch}</h4>
            <dl>
              {b.entries.map((e, i) => (
                <div key={`${e.name}-${i}`} style={{ paddingLeft: `${e.depth * 14}px` }}>
                  <dt>{e.name}</dt>
                  {e.definition ? <dd>{e.definition}</dd> : null}
                </div>
              ))}
            </dl>
          </div>
        ))}
      </details>
    </section>
  );
}

function Interviews({ model, t }: { model: InterviewsReport; t: T }) {
  return (
    <>
      <section className="rp-block" aria-label={t('rpt.h.interviews')}>
        <h3>{t('rpt.h.interviews')}</h3>
        {model.interviews.length ? (
          model.interviews.map((i) => <Interview key={i.id} sheet={i} lang={model.lang} t={t} />)
        ) : (
          <p className="muted">{t('rpt.interviews.noneInReport')}</p>
        )}
      </section>
      <Codebook codebook={model.codebook} t={t} />
    </>
  );
}

function Interview({ sheet: s, lang, t }: { sheet: InterviewSheet; lang: 'fr' | 'en'; t: T }) {
  const meta = [...new Set([formatDate(lang, s.date), s.place, s.mode, s.status].filter(Boolean))].join(
    ' · ',
  );
  return (
    <article className="rp-project" data-testid="report-preview-interview">
      <header className="rp-project-head">
        <h4>{s.title}</h4>
        <span className="muted small">{t.count('rpt.passages', s.segmentCount)}</span>
      </header>
      {meta ? <p className="muted small">{meta}</p> : null}
      {s.topic ? <p className="rp-solution">{s.topic}</p> : null}
      <dl className="rp-facts">
        {s.interviewees.length ? (
          <div>
            <dt>{t('rpt.interview.interviewees')}</dt>
            <dd>
              {s.interviewees
                .map((p) => [p.name, p.position, p.organisation].filter(Boolean).join(', '))
                .join(' ; ')}
            </dd>
          </div>
        ) : null}
        {s.interviewer ? (
          <div>
            <dt>{t('rpt.interview.interviewer')}</dt>
            <dd>{s.interviewer}</dd>
          </div>
        ) : null}
        {s.projects.length ? (
          <div>
            <dt>{t('rpt.interview.projects')}</dt>
            <dd>{s.projects.join(' · ')}</dd>
          </div>
        ) : null}
      </dl>
      {s.axisNotes.length ? (
        <div className="rp-sub">
          <h5>{t('rpt.interview.axisNotes')}</h5>
          <dl className="rp-axis-notes">
            {s.axisNotes.map((a) => (
              <div key={a.axis}>
                <dt>{a.axis}</dt>
                <dd className="prose">{a.note}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      <div className="rp-sub">
        <h5>{s.groupedBy === 'axis' ? t('rpt.interview.byAxis') : t('rpt.interview.byCode')}</h5>
        {s.groups.length ? (
          <ul className="rp-project-challenges">
            {s.groups.map((g) => (
              <li key={g.key}>
                <div className="rp-challenge-head">
                  <strong>
                    {g.branch ? <span className="muted">{g.branch} › </span> : null}
                    {g.label}
                  </strong>
                  <span className="muted small">{t.count('rpt.passages', g.count)}</span>
                </div>
                <Quotes quotes={g.quotes} t={t} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">{t('rpt.interview.noSegments')}</p>
        )}
      </div>
      {s.memos.length ? (
        <div className="rp-sub">
          <h5>{t('rpt.interview.memos')}</h5>
          {s.memos.map((m, i) => (
            <div key={i} className="rp-memo">
              {m.title ? <strong>{m.title}</strong> : null}
              <p className="prose">{m.body}</p>
            </div>
          ))}
        </div>
      ) : null}
    </article>
  );
}
