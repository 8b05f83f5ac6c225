import { useRef, type KeyboardEvent } from 'react';
import { ActorsTab, YearsTab } from '../analysis/ChartTabs';
import { CooccurrenceTab } from '../analysis/CooccurrenceTab';
import { FilterBar } from '../analysis/FilterBar';
import { FrequenciesTab } from '../analysis/FrequenciesTab';
import { MatrixTab } from '../analysis/MatrixTab';
import { ANALYSIS_TABS, type AnalysisTab } from '../analysis/model';
import { SavedAnalyses } from '../analysis/SavedAnalyses';
import { useAnalysisStore } from '../analysis/store';
import { PageHeader } from '../components/PageHeader';
import { useT } from '../i18n';

/**
 * Which deployment challenges recur, for whom and where: the recurrence matrix and its companions
 * (who raises what, evolution by year, co-occurrence, frequencies), one filter bar for all, and the
 * evidence behind every number a click away.
 */
export function AnalysesView() {
  const t = useT();
  const tab = useAnalysisStore((s) => s.tab);
  const setTab = useAnalysisStore((s) => s.setTab);
  const savedName = useAnalysisStore((s) => s.savedName);
  const tabsRef = useRef<HTMLDivElement>(null);

  // Arrow keys move between tabs (the ARIA tabs pattern); Tab goes on into the panel.
  const onKeyDown = (e: KeyboardEvent) => {
    const i = ANALYSIS_TABS.indexOf(tab);
    let next: AnalysisTab | undefined;
    if (e.key === 'ArrowRight') next = ANALYSIS_TABS[(i + 1) % ANALYSIS_TABS.length];
    else if (e.key === 'ArrowLeft')
      next = ANALYSIS_TABS[(i - 1 + ANALYSIS_TABS.length) % ANALYSIS_TABS.length];
    else if (e.key === 'Home') next = ANALYSIS_TABS[0];
    else if (e.key === 'End') next = ANALYSIS_TABS[ANALYSIS_TABS.length - 1];
    if (!next) return;
    e.preventDefault();
    setTab(next);
    tabsRef.current?.querySelector<HTMLElement>(`#an-tab-${next}`)?.focus();
  };

  return (
    <div className="view an-view" data-testid="analyses-view">
      <PageHeader
        title={t('analyses.title')}
        meta={savedName ? t('an.saved.current', { name: savedName }) : null}
      >
        <p className="an-intro">{t('an.intro')}</p>
        <div className="an-header-actions">
          <SavedAnalyses />
        </div>
      </PageHeader>
      <FilterBar />
      <div className="an-tabs" role="tablist" aria-label={t('an.tabs')} ref={tabsRef} onKeyDown={onKeyDown}>
        {ANALYSIS_TABS.map((id) => (
          <button
            key={id}
            id={`an-tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls="an-tabpanel"
            tabIndex={tab === id ? 0 : -1}
            className={tab === id ? 'active' : undefined}
            onClick={() => setTab(id)}
            data-testid={`analysis-tab-${id}`}
          >
            {t(`an.tab.${id}`)}
          </button>
        ))}
      </div>
      <div id="an-tabpanel" role="tabpanel" aria-labelledby={`an-tab-${tab}`} className="an-tabpanel">
        {tab === 'matrix' ? (
          <MatrixTab />
        ) : tab === 'actors' ? (
          <ActorsTab />
        ) : tab === 'years' ? (
          <YearsTab />
        ) : tab === 'cooccurrence' ? (
          <CooccurrenceTab />
        ) : (
          <FrequenciesTab />
        )}
      </div>
    </div>
  );
}
