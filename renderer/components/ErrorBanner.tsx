import { useT } from '../i18n';
import { usePresentationText } from '../privacy/presentation';
import { useErrorStore } from '../stores/errors';

/** The global error display: one dismissible message per failure, announced to screen readers. */
export function ErrorBanner() {
  const t = useT();
  const present = usePresentationText();
  const errors = useErrorStore((s) => s.errors);
  const dismiss = useErrorStore((s) => s.dismiss);
  return (
    <section className="toasts" aria-label={t('error.region')} aria-live="assertive">
      {errors.map((e) => (
        <div key={e.id} className="toast" role="alert" data-testid="error-toast">
          <div className="toast-text">
            <strong className="toast-title">{t(`error.code.${e.code}`)}</strong>
            <span className="toast-message">{present(e.message)}</span>
            {e.issues?.length ? (
              <ul className="toast-issues">
                {e.issues.map((issue, i) => (
                  <li key={i}>
                    {issue.path ? <code>{issue.path}</code> : null} {present(issue.message)}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
          <button
            type="button"
            className="icon-button"
            onClick={() => dismiss(e.id)}
            aria-label={t('error.dismiss')}
          >
            ×
          </button>
        </div>
      ))}
    </section>
  );
}
