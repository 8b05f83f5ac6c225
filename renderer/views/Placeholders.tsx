import { PageHeader } from '../components/PageHeader';
import { EmptyState } from '../components/States';
import { useT } from '../i18n';

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
