import { useId } from 'react';
import { REPORT_KINDS, type ReportLang } from '../../shared/api/reports';
import type { InterviewSummary, ProjectSummary } from '../../shared/domain';
import { LANGS } from '../../shared/i18n';
import { useT } from '../i18n';
import { PresentableInput } from '../privacy/Presentation';
import { usePresentationText } from '../privacy/presentation';
import { formatDate } from '../lib/format';
import { CheckList, type CheckItem } from './CheckList';
import { chosenIds, selectionOf, toggleSelection, type ReportDraft } from './request';

export interface SavedMatrix {
  id: string;
  name: string;
}

/** The left column of the Reports view: which report, what it covers, how it reads. */
export function ReportOptions({
  draft,
  onChange,
  projects,
  interviews,
  matrices,
}: {
  draft: ReportDraft;
  onChange: (patch: Partial<ReportDraft>) => void;
  projects: readonly ProjectSummary[] | undefined;
  interviews: readonly InterviewSummary[] | undefined;
  matrices: readonly SavedMatrix[] | undefined;
}) {
  const t = useT();
  const present = usePresentationText();
  const ids = useId();

  const projectItems: CheckItem[] = (projects ?? []).map((p) => ({
    id: p.id,
    label: p.name,
    hint: p.solution,
  }));
  const allProjects = projectItems.map((p) => p.id);
  const interviewItems: CheckItem[] = (interviews ?? []).map((i) => ({
    id: i.id,
    label: present(i.title),
    hint:
      [formatDate(t.lang, i.date), i.transcriptCount === 0 ? t('rpt.interviews.noTranscript') : null]
        .filter(Boolean)
        .join(' · ') || null,
  }));
  const defaultInterviews = (interviews ?? []).filter((i) => i.transcriptCount > 0).map((i) => i.id);

  return (
    <div className="rp-options">
      <section className="card rp-section" aria-labelledby={`${ids}-kind`}>
        <h2 id={`${ids}-kind`}>{t('rpt.section.kind')}</h2>
        <fieldset className="rp-kinds" data-testid="report-kind">
          <legend className="sr-only">{t('rpt.section.kind')}</legend>
          {REPORT_KINDS.map((kind) => (
            <label key={kind} className={`rp-kind${draft.kind === kind ? ' selected' : ''}`}>
              <input
                type="radio"
                name={`${ids}-kind`}
                value={kind}
                checked={draft.kind === kind}
                onChange={() => onChange({ kind })}
                aria-describedby={`${ids}-kind-${kind}`}
                data-testid={`report-kind-${kind}`}
              />
              <span>
                <span className="rp-kind-name">{t(`rpt.kind.${kind}`)}</span>
                <span id={`${ids}-kind-${kind}`} className="rp-kind-help">
                  {t(`rpt.kind.${kind}Help`)}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      </section>

      <section className="card rp-section" aria-labelledby={`${ids}-content`}>
        <h2 id={`${ids}-content`}>{t('rpt.section.content')}</h2>
        {draft.kind === 'portfolio' ? (
          <>
            {projects && projects.length === 0 ? (
              <p className="muted small">{t('rpt.projects.empty')}</p>
            ) : (
              <CheckList
                legend={t('rpt.projects')}
                items={projectItems}
                chosen={chosenIds(draft.projectIds, allProjects)}
                onToggle={(id) =>
                  onChange({ projectIds: toggleSelection(draft.projectIds, id, allProjects) })
                }
                onAll={() => onChange({ projectIds: null })}
                onNone={() => onChange({ projectIds: [] })}
                testId="report-projects"
              />
            )}
            {draft.projectIds?.length === 0 ? (
              <p className="field-hint" role="alert">
                {t('rpt.projects.none')}
              </p>
            ) : null}
            <label className="form-field rp-field">
              <span>{t('rpt.analysis')}</span>
              <select
                value={draft.analysisId}
                onChange={(e) => onChange({ analysisId: e.target.value })}
                aria-describedby={`${ids}-analysis-help`}
                data-testid="report-analysis"
              >
                <option value="">{t('rpt.analysis.default')}</option>
                {(matrices ?? []).map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </label>
            <p id={`${ids}-analysis-help`} className="muted small rp-help">
              {matrices && matrices.length === 0 ? t('rpt.analysis.noneSaved') : t('rpt.analysis.help')}
            </p>
          </>
        ) : (
          <>
            {interviews && interviews.length === 0 ? (
              <p className="muted small">{t('rpt.interviews.empty')}</p>
            ) : (
              <CheckList
                legend={t('rpt.interviews')}
                items={interviewItems}
                chosen={chosenIds(draft.interviewIds, defaultInterviews)}
                onToggle={(id) =>
                  onChange({ interviewIds: toggleSelection(draft.interviewIds, id, defaultInterviews) })
                }
                onAll={() =>
                  onChange({
                    interviewIds: selectionOf(
                      interviewItems.map((i) => i.id),
                      defaultInterviews,
                    ),
                  })
                }
                onNone={() => onChange({ interviewIds: [] })}
                testId="report-interviews"
              />
            )}
            {draft.interviewIds?.length === 0 ? (
              <p className="field-hint" role="alert">
                {t('rpt.interviews.none')}
              </p>
            ) : null}
          </>
        )}
      </section>

      <section className="card rp-section" aria-labelledby={`${ids}-pres`}>
        <h2 id={`${ids}-pres`}>{t('rpt.section.presentation')}</h2>
        <fieldset className="radio-group rp-lang" data-testid="report-lang">
          <legend className="rp-label">{t('rpt.lang')}</legend>
          {LANGS.map((l: ReportLang) => (
            <label key={l} className="radio">
              <input
                type="radio"
                name={`${ids}-lang`}
                value={l}
                checked={draft.lang === l}
                onChange={() => onChange({ lang: l })}
                data-testid={`report-lang-${l}`}
              />
              <span lang={l}>{t(`lang.autonym.${l}`)}</span>
            </label>
          ))}
        </fieldset>

        <div className="rp-toggle">
          <div className="checkbox-row">
            <input
              id={`${ids}-pseudo`}
              type="checkbox"
              checked={draft.pseudonymise}
              onChange={(e) => onChange({ pseudonymise: e.target.checked })}
              aria-describedby={`${ids}-pseudo-help`}
              data-testid="report-pseudonymise"
            />
            <label htmlFor={`${ids}-pseudo`}>{t('rpt.pseudonymise')}</label>
          </div>
          <p
            id={`${ids}-pseudo-help`}
            className={`small rp-help${draft.pseudonymise ? ' muted' : ' rp-caution'}`}
          >
            {draft.pseudonymise ? t('rpt.pseudonymiseHelp') : t('rpt.pseudonymiseOff')}
          </p>
        </div>

        <div className="rp-toggle">
          <div className="checkbox-row">
            <input
              id={`${ids}-quotes`}
              type="checkbox"
              checked={draft.withQuotes}
              onChange={(e) => onChange({ withQuotes: e.target.checked })}
              aria-describedby={`${ids}-quotes-help`}
              data-testid="report-quotes"
            />
            <label htmlFor={`${ids}-quotes`}>{t('rpt.quotes')}</label>
          </div>
          <p id={`${ids}-quotes-help`} className="muted small rp-help">
            {t('rpt.quotesHelp')}
          </p>
        </div>

        <label className="form-field rp-field">
          <span>{t('rpt.title')}</span>
          <input
            type="text"
            value={draft.title}
            maxLength={300}
            placeholder={t(`rpt.kind.${draft.kind}`)}
            onChange={(e) => onChange({ title: e.target.value })}
            data-testid="report-title"
          />
        </label>
        <label className="form-field rp-field">
          <span>{t('rpt.author')}</span>
          <PresentableInput
            type="text"
            value={draft.author}
            maxLength={300}
            placeholder={t('rpt.authorPlaceholder')}
            onChange={(e) => onChange({ author: e.target.value })}
            data-testid="report-author"
          />
        </label>
        <fieldset className="rp-period">
          <legend className="rp-label">{t('rpt.period')}</legend>
          <div className="rp-period-inputs">
            <label>
              <span className="sr-only">{t('rpt.period')} — </span>
              {t('rpt.periodFrom')}
              <input
                type="date"
                value={draft.periodFrom}
                max={draft.periodTo || undefined}
                onChange={(e) => onChange({ periodFrom: e.target.value })}
                aria-describedby={`${ids}-period-help`}
                data-testid="report-period-from"
              />
            </label>
            <label>
              <span className="sr-only">{t('rpt.period')} — </span>
              {t('rpt.periodTo')}
              <input
                type="date"
                value={draft.periodTo}
                min={draft.periodFrom || undefined}
                onChange={(e) => onChange({ periodTo: e.target.value })}
                aria-describedby={`${ids}-period-help`}
                data-testid="report-period-to"
              />
            </label>
          </div>
          {draft.periodFrom && draft.periodTo && draft.periodFrom > draft.periodTo ? (
            <p className="field-hint" role="alert">
              {t('rpt.period.invalid')}
            </p>
          ) : (
            <p id={`${ids}-period-help`} className="muted small rp-help">
              {t('rpt.periodHelp')}
            </p>
          )}
        </fieldset>
      </section>
    </div>
  );
}
