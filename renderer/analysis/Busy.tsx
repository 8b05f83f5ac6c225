import { useT } from '../i18n';

/** A small spinner over a result being recomputed: the previous result stays readable underneath. */
export function Busy() {
  const t = useT();
  return (
    <div className="an-busy" role="status" aria-live="polite">
      <span className="an-spinner" aria-hidden="true" />
      {t('an.computing')}
    </div>
  );
}
