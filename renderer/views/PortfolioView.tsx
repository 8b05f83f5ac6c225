import { useRef, useState, type KeyboardEvent } from 'react';
import { PageHeader } from '../components/PageHeader';
import { useT } from '../i18n';
import { formatEuros } from '../lib/format';
import { useNavStore } from '../stores/nav';
import { Dashboard } from '../portfolio/Dashboard';
import { useProjects } from '../portfolio/data';
import { ExportDialog } from '../portfolio/ExportDialog';
import { OrganisationsView } from '../portfolio/OrganisationsView';
import { ProjectForm } from '../portfolio/ProjectForm';
import { ProjectsList } from '../portfolio/ProjectsList';
import { SpreadsheetImport } from '../portfolio/SpreadsheetImport';
import { PORTFOLIO_TABS, usePortfolioStore, useTabFromHash, type PortfolioTab } from '../portfolio/store';
import { tabHash } from '../portfolio/tabs';
import { ProjectDetailView } from './ProjectDetail';

export function PortfolioView({ selectedId }: { selectedId: string | null }) {
  return selectedId ? <ProjectDetailView id={selectedId} /> : <Portfolio />;
}

type DialogKind = 'new' | 'import' | 'export' | null;

/** The portfolio: its projects, the dashboard the members look at, and the directory of organisations. */
function Portfolio() {
  const t = useT();
  useTabFromHash();
  const tab = usePortfolioStore((s) => s.tab);
  const setTab = usePortfolioStore((s) => s.setTab);
  const navigate = useNavStore((s) => s.navigate);
  const projects = useProjects();
  const [dialog, setDialog] = useState<DialogKind>(null);
  const tabRefs = useRef<Record<string, HTMLAnchorElement | null>>({});
  const list = projects.data;
  const total = list?.reduce((sum, p) => sum + (p.totalFundingEur || 0), 0) ?? 0;

  const onTabKey = (e: KeyboardEvent) => {
    const i = PORTFOLIO_TABS.indexOf(tab);
    const next =
      e.key === 'ArrowRight'
        ? PORTFOLIO_TABS[(i + 1) % PORTFOLIO_TABS.length]
        : e.key === 'ArrowLeft'
          ? PORTFOLIO_TABS[(i + PORTFOLIO_TABS.length - 1) % PORTFOLIO_TABS.length]
          : e.key === 'Home'
            ? PORTFOLIO_TABS[0]
            : e.key === 'End'
              ? PORTFOLIO_TABS[PORTFOLIO_TABS.length - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <div className="view pf-view">
      <PageHeader
        title={t('portfolio.title')}
        meta={
          list ? (
            <>
              {t.count('portfolio.count', list.length)}
              {total ? ` · ${t('portfolio.totalFunding', { amount: formatEuros(total) })}` : ''}
            </>
          ) : null
        }
      >
        <button
          type="button"
          className="btn primary"
          onClick={() => setDialog('new')}
          data-testid="project-new"
        >
          + {t('pf.projects.new')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => setDialog('import')}
          data-testid="spreadsheet-import-open"
        >
          {t('pf.import.open')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => setDialog('export')}
          data-testid="portfolio-export"
        >
          {t('pf.export.open')}
        </button>
      </PageHeader>

      <div className="pf-tabs" role="tablist" aria-label={t('pf.tabs.label')} onKeyDown={onTabKey}>
        {PORTFOLIO_TABS.map((k: PortfolioTab) => (
          <a
            key={k}
            ref={(el) => {
              tabRefs.current[k] = el;
            }}
            role="tab"
            id={`pf-tab-${k}`}
            href={tabHash(k)}
            aria-selected={tab === k}
            aria-controls="pf-tabpanel"
            tabIndex={tab === k ? 0 : -1}
            className={tab === k ? 'active' : undefined}
            data-testid={`portfolio-tab-${k}`}
            onClick={(e) => {
              e.preventDefault();
              setTab(k);
            }}
          >
            {t(`pf.tabs.${k}`)}
          </a>
        ))}
      </div>

      <div id="pf-tabpanel" role="tabpanel" aria-labelledby={`pf-tab-${tab}`} className="pf-tabpanel">
        {tab === 'projects' ? (
          <ProjectsList onNew={() => setDialog('new')} onImport={() => setDialog('import')} />
        ) : tab === 'dashboard' ? (
          <Dashboard onNew={() => setDialog('new')} />
        ) : (
          <OrganisationsView />
        )}
      </div>

      {dialog === 'new' ? (
        <ProjectForm
          onClose={() => setDialog(null)}
          onSaved={(id) => {
            setDialog(null);
            navigate('portefeuille', id);
          }}
        />
      ) : null}
      {dialog === 'import' ? <SpreadsheetImport onClose={() => setDialog(null)} /> : null}
      {dialog === 'export' ? <ExportDialog onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
