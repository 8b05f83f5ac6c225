import { PageHeader } from '../components/PageHeader';
import { EmptyState } from '../components/States';
import { useT } from '../i18n';

/** The recurrence analysis (challenges × projects) is not built yet: say what will be here, show no fake data. */
export function AnalysesView() {
  const t = useT();
  return (
    <div className="view">
      <PageHeader title={t('analyses.title')} />
      <EmptyState title={t('analyses.empty.title')} icon="analyses">
        <p>{t('analyses.empty.body')}</p>
      </EmptyState>
    </div>
  );
}

export function ReportsView() {
  const t = useT();
  return (
    <div className="view">
      <PageHeader title={t('reports.title')} />
      <EmptyState title={t('reports.empty.title')} icon="rapports">
        <p>{t('reports.empty.body')}</p>
      </EmptyState>
    </div>
  );
}
