import { WorkspacePicker } from '../components/WorkspacePicker';
import { useT } from '../i18n';
import { useNavStore } from '../stores/nav';

/** Shown in place of a data view when no workspace is open: what a workspace is, and how to get one. */
export function Welcome() {
  const t = useT();
  const view = useNavStore((s) => s.view);
  return (
    <div className="view welcome">
      <header className="page-header">
        <div className="page-title-row">
          <h1 id="view-title" tabIndex={-1}>
            {t(`nav.${view}`)}
          </h1>
        </div>
      </header>
      <div className="welcome-card">
        <h2>{t('welcome.title')}</h2>
        <p>{t('welcome.body')}</p>
        <WorkspacePicker />
      </div>
    </div>
  );
}
