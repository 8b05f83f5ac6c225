import { LANGS } from '../../shared/i18n';
import { useT } from '../i18n';
import { useLangStore } from '../stores/lang';

/** FR | EN: one click switches the whole interface. */
export function LangSwitch() {
  const t = useT();
  const lang = useLangStore((s) => s.lang);
  const setLang = useLangStore((s) => s.setLang);
  return (
    <div className="segmented" role="group" aria-label={t('lang.switch')}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          data-testid={`lang-${l}`}
          aria-pressed={lang === l}
          className={lang === l ? 'active' : undefined}
          title={t(`lang.${l}`)}
          onClick={() => setLang(l)}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
