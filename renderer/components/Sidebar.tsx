import { VIEWS, routeToHash } from '../lib/route';
import { useT } from '../i18n';
import { useNavStore } from '../stores/nav';
import { ViewIcon } from './Icon';

export function Sidebar() {
  const t = useT();
  const view = useNavStore((s) => s.view);
  const navigate = useNavStore((s) => s.navigate);
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <ul>
        {VIEWS.map((v) => (
          <li key={v}>
            <a
              href={routeToHash({ view: v, id: null })}
              data-testid={`nav-${v}`}
              aria-current={view === v ? 'page' : undefined}
              className={view === v ? 'active' : undefined}
              onClick={(e) => {
                e.preventDefault();
                navigate(v);
              }}
            >
              <ViewIcon view={v} />
              <span>{t(`nav.${v}`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
