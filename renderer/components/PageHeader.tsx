import type { ReactNode } from 'react';

/**
 * A view's title row. The h1 takes focus after navigation (see App) so screen readers announce the new view.
 */
export function PageHeader({
  title,
  meta,
  children,
}: {
  title: string;
  meta?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="page-header">
      <div className="page-title-row">
        <h1 id="view-title" tabIndex={-1}>
          {title}
        </h1>
        {meta ? <span className="page-meta">{meta}</span> : null}
      </div>
      {children ? <div className="toolbar">{children}</div> : null}
    </header>
  );
}
