import { useEffect, useId, type TextareaHTMLAttributes } from 'react';
import { useT } from '../i18n';
import { useDirectoryLoader, usePresentationStore, usePresentationText } from './presentation';
import { isPresentationShortcut } from './rules';

/**
 * Mounted once in the top bar: the keyboard shortcut, the names to hide kept up to date, and while
 * presentation mode is on a badge that says so (and turns it off when clicked).
 */
export function PresentationShortcut() {
  const t = useT();
  const on = usePresentationStore((s) => s.on);
  const toggle = usePresentationStore((s) => s.toggle);
  useDirectoryLoader();

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

/**
 * A text area for free text that may name people (a memo, a note). While presentation mode is on it shows the
 * text with pseudonyms, read-only, and says why: saving what it shows would write pseudonyms into the data.
 */
export function PresentableTextarea({
  value,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { value: string }) {
  const t = useT();
  const present = usePresentationText();
  const noteId = useId();
  if (!present.on) return <textarea value={value} {...props} />;
  const { onChange: _change, onBlur: _blur, placeholder: _placeholder, ...shown } = props;
  return (
    <>
      <textarea {...shown} value={present(value)} readOnly aria-describedby={noteId} />
      <span id={noteId} className="muted small presentation-note">
        {t('presentation.readOnly')}
      </span>
    </>
  );
}

/**
 * For a button that opens a form over stored text (an interview's facts, an organisation's notes): the form
 * would show the real names, so in presentation mode the button is disabled and its tooltip says why.
 */
export function useEditLock(): { disabled?: true; title?: string } {
  const t = useT();
  const on = usePresentationStore((s) => s.on);
  return on ? { disabled: true, title: t('presentation.editOff') } : {};
}
