import { useEffect, useId } from 'react';
import { useT } from '../i18n';
import { usePresentationStore } from './presentation';
import { isPresentationShortcut } from './rules';

/**
 * Mounted once in the top bar: the keyboard shortcut, and while presentation mode is on a badge that says so
 * (and turns it off when clicked).
 */
export function PresentationShortcut() {
  const t = useT();
  const on = usePresentationStore((s) => s.on);
  const toggle = usePresentationStore((s) => s.toggle);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isPresentationShortcut(e)) return;
      e.preventDefault();
      usePresentationStore.getState().toggle();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <span className="sr-only" role="status">
        {on ? t('presentation.on') : ''}
      </span>
      {on ? (
        <button
          type="button"
          className="chip presentation-badge"
          aria-pressed="true"
          title={t('presentation.help')}
          onClick={toggle}
          data-testid="presentation-badge"
        >
          {t('presentation.badge')} ✕
        </button>
      ) : null}
    </>
  );
}

/** Settings card switch for presentation mode. */
export function PresentationCard() {
  const t = useT();
  const on = usePresentationStore((s) => s.on);
  const set = usePresentationStore((s) => s.set);
  const id = useId();
  return (
    <section className="card privacy-card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('presentation.toggle')}</h2>
      <div className="checkbox-row">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={on}
          onChange={(e) => set(e.target.checked)}
          aria-describedby={`${id}-help`}
          data-testid="presentation-toggle"
        />
        <label htmlFor={id}>{t('presentation.toggle')}</label>
      </div>
      <p id={`${id}-help`} className="muted small">
        {t('presentation.help')}
      </p>
    </section>
  );
}
