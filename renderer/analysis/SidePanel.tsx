import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n';

/**
 * The panel beside an analysis that shows the evidence behind a number. It takes focus when it opens (its
 * title is announced), Escape or × closes it, and focus goes back to the number that opened it.
 */
export function SidePanel({
  title,
  subtitle,
  onClose,
  children,
  testId,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
}) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    headingRef.current?.focus({ preventScroll: true });
    return () => {
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  return (
    <aside
      className="an-panel"
      data-testid={testId}
      aria-labelledby="an-panel-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCloseRef.current();
        }
      }}
    >
      <div className="an-panel-head">
        <div>
          <h2 id="an-panel-title" ref={headingRef} tabIndex={-1}>
            {title}
          </h2>
          {subtitle ? <div className="an-panel-sub">{subtitle}</div> : null}
        </div>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label={t('an.panel.close')}
          data-testid="drilldown-close"
        >
          ×
        </button>
      </div>
      <div className="an-panel-body">{children}</div>
    </aside>
  );
}
