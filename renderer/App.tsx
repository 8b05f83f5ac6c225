import { useEffect, useRef } from 'react';
import { ErrorBanner } from './components/ErrorBanner';
import { LangSwitch } from './components/LangSwitch';
import { GlobalSearch } from './search/GlobalSearch';
import { Sidebar } from './components/Sidebar';
import { Loading } from './components/States';
import { WorkspaceMenu } from './components/WorkspaceMenu';
import { ExchangeDialogs } from './exchange/ExchangeDialogs';
import { useT } from './i18n';
import { PresentationShortcut } from './privacy/Presentation';
import type { ViewId } from './lib/route';
import { useNavStore } from './stores/nav';
import { useWorkspaceStore } from './stores/workspace';
import { AnalysesView } from './views/AnalysesView';
import { ReportsView } from './views/ReportsView';
import { CodebookView } from './views/CodebookView';
import { InterviewsView } from './views/InterviewsView';
import { PortfolioView } from './views/PortfolioView';
import { SettingsView } from './views/SettingsView';
import { VerbatimsView } from './views/VerbatimsView';
import { Welcome } from './views/Welcome';
import { HistoryLayer } from './workbench/HistoryLayer';

/** Views that show workspace data; without an open workspace they give way to the welcome screen. */
const NEEDS_WORKSPACE: ReadonlySet<ViewId> = new Set([
  'entretiens',
  'verbatims',
  'codebook',
  'portefeuille',
  'analyses',
]);

function CurrentView() {
  const view = useNavStore((s) => s.view);
  const id = useNavStore((s) => s.id);
  const status = useWorkspaceStore((s) => s.status);
  const info = useWorkspaceStore((s) => s.info);
  if (NEEDS_WORKSPACE.has(view)) {
    if (status === 'loading') return <Loading />;
    if (!info) return <Welcome />;
  }
  switch (view) {
    case 'entretiens':
      return <InterviewsView selectedId={id} />;
    case 'verbatims':
      return <VerbatimsView />;
    case 'codebook':
      return <CodebookView />;
    case 'portefeuille':
      return <PortfolioView selectedId={id} />;
    case 'analyses':
      return <AnalysesView />;
    case 'rapports':
      return <ReportsView />;
    case 'parametres':
      return <SettingsView />;
  }
}

export function App() {
  const t = useT();
  const view = useNavStore((s) => s.view);
  const id = useNavStore((s) => s.id);
  const first = useRef(true);

  // After a navigation (not the first paint), move focus to the new view's title so it is announced.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('view-title')?.focus({ preventScroll: true });
    document.getElementById('main')?.scrollTo({ top: 0 });
  }, [view, id]);

  useEffect(() => {
    document.title = `${t(`nav.${view}`)} · ${t('app.name')}`;
  }, [t, view]);

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('a11y.skipToContent')}
      </a>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          T
        </span>
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <header className="topbar">
        <WorkspaceMenu />
        <div className="topbar-spacer" />
        <PresentationShortcut />
        <GlobalSearch />
        <LangSwitch />
      </header>
      <Sidebar />
      <main id="main" className="main" tabIndex={-1}>
        <CurrentView />
      </main>
      <ErrorBanner />
      <HistoryLayer />
      <ExchangeDialogs />
    </div>
  );
}
