import type { ReactNode } from 'react';
import { useT } from '../i18n';

/** The link back from a detail panel to its list. */
export function BackLink({ label, onClick, href }: { label: string; onClick: () => void; href: string }) {
  return (
    <a
      className="back-link"
      href={href}
      onClick={(e) => {
        e.preventDefault();
        onClick();
      }}
    >
      <span aria-hidden="true">← </span>
      {label}
    </a>
  );
}

/** A label/value row of a details card; an empty value shows a dash. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  const t = useT();
  const empty = children === null || children === undefined || children === '';
  return (
    <div className="field-row">
      <dt>{label}</dt>
      <dd>{empty ? <span className="muted">{t('common.none')}</span> : children}</dd>
    </div>
  );
}
