import {
  useEffect,
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type TextareaHTMLAttributes,
} from 'react';
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

interface FreeTextProps {
  value: string;
  onChange?: unknown;
  onBlur?: unknown;
  placeholder?: string;
  'aria-describedby'?: string;
}

/**
 * The props of a field of free text that may name people (a memo, a note), and what to show under it. While
 * presentation mode is on the field shows the text with pseudonyms, read-only, and the note says why: saving
 * what it shows would write pseudonyms into the data. The caller's state keeps the stored text meanwhile.
 */
function usePresentable<P extends FreeTextProps>(props: P): { field: P; note: ReactNode } {
  const t = useT();
  const present = usePresentationText();
  const noteId = useId();
  if (!present.on) return { field: props, note: null };
  const { onChange: _change, onBlur: _blur, placeholder: _placeholder, ...rest } = props;
  return {
    field: {
      ...rest,
      value: present(props.value),
      readOnly: true,
      'aria-describedby': noteId,
    } as unknown as P,
    note: (
      <span id={noteId} className="muted small presentation-note">
        {t('presentation.readOnly')}
      </span>
    ),
  };
}

/** A text area of free text that may name people: read-only with pseudonyms in presentation mode. */
export function PresentableTextarea(props: TextareaHTMLAttributes<HTMLTextAreaElement> & { value: string }) {
  const { field, note } = usePresentable(props);
  return (
    <>
      <textarea {...field} />
      {note}
    </>
  );
}

/** A one-line field of free text that may name people: read-only with pseudonyms in presentation mode. */
export function PresentableInput(props: InputHTMLAttributes<HTMLInputElement> & { value: string }) {
  const { field, note } = usePresentable(props);
  return (
    <>
      <input {...field} />
      {note}
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
