import type { ReactNode } from 'react';
import { useT } from '../i18n';
import type { ViewId } from '../lib/route';
import { ViewIcon } from './Icon';

/** A loading placeholder: skeleton lines plus a visible and announced "Chargement…". */
export function Loading({ lines = 4 }: { lines?: number }) {
  const t = useT();
  return (
    <div className="loading" role="status" aria-live="polite" aria-busy="true">
      <span className="loading-label">{t('common.loading')}</span>
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className="skeleton" style={{ width: `${92 - ((i * 17) % 40)}%` }} aria-hidden="true" />
      ))}
    </div>
  );
}

/** What a view will hold and how to fill it, shown when there is nothing yet. */
export function EmptyState({
  title,
  children,
  icon,
}: {
  title: string;
  children?: ReactNode;
  icon?: ViewId;
}) {
  return (
    <div className="empty-state">
      <div className="empty-icon" aria-hidden="true">
        {icon ? <ViewIcon view={icon} size={28} /> : '○'}
      </div>
      <h2 className="empty-title">{title}</h2>
      {children ? <div className="empty-body">{children}</div> : null}
    </div>
  );
}

/** A view whose data failed to load (the error itself is in the global banner). */
export function LoadFailed({ onRetry }: { onRetry: () => void }) {
  const t = useT();
  return (
    <div className="empty-state">
      <div className="empty-icon" aria-hidden="true">
        !
      </div>
      <p className="empty-body">{t('error.loadFailed')}</p>
      <button type="button" className="btn" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
