import type { WorkspaceStats } from '../../shared/domain';
import { LANGS } from '../../shared/i18n';
import { api } from '../api';
import { PageHeader } from '../components/PageHeader';
import { Loading } from '../components/States';
import { useT } from '../i18n';
import { formatBytes, formatNumber } from '../lib/format';
import { useQuery } from '../lib/useQuery';
import { useLangStore } from '../stores/lang';
import { useWorkspaceStore } from '../stores/workspace';
import { Field } from '../components/Details';
import { GuidesEditor } from '../settings/GuidesEditor';
import { TrashPanel } from '../settings/TrashPanel';
import { BackupsCard } from '../privacy/BackupsCard';
import { PeopleCard } from '../privacy/PeopleCard';
import { PresentationCard } from '../privacy/Presentation';
import { ProtectionCard } from '../privacy/ProtectionCard';

const STAT_KEYS: (keyof WorkspaceStats)[] = [
  'interviews',
  'transcripts',
  'segments',
  'codes',
  'projects',
  'organisations',
  'people',
];

export function SettingsView() {
  const t = useT();
  const lang = useLangStore((s) => s.lang);
  const setLang = useLangStore((s) => s.setLang);
  const info = useWorkspaceStore((s) => s.info);
  const version = useWorkspaceStore((s) => s.version);
  const appInfo = useQuery(['app.info'], () => api['app.info']({}));
  const stats = useQuery(['workspace.stats', version], () => api['workspace.stats']({}), {
    enabled: Boolean(info),
  });
  const statsData = stats.data;

  return (
    <div className="view settings">
      <PageHeader title={t('settings.title')} />

      <section className="card" aria-labelledby="st-lang">
        <h2 id="st-lang">{t('settings.language')}</h2>
        <fieldset className="radio-group">
          <legend className="muted small">{t('settings.languageHelp')}</legend>
          {LANGS.map((l) => (
            <label key={l} className="radio">
              <input
                type="radio"
                name="lang"
                value={l}
                checked={lang === l}
                onChange={() => setLang(l)}
                data-testid={`settings-lang-${l}`}
              />
              <span lang={l}>{t(`lang.autonym.${l}`)}</span>
            </label>
          ))}
        </fieldset>
      </section>

      <section className="card" aria-labelledby="st-ws">
        <h2 id="st-ws">{t('settings.workspace')}</h2>
        {info ? (
          <dl className="fields">
            <Field label={t('settings.name')}>{info.name}</Field>
            <Field label={t('settings.path')}>
              <code className="path">{info.path}</code>
            </Field>
            <Field label={t('settings.schemaVersion')}>{info.schemaVersion}</Field>
            <Field label={t('settings.size')}>{formatBytes(t.lang, info.sizeBytes)}</Field>
            <Field label={t('settings.readOnly')}>{info.readOnly ? t('common.yes') : t('common.no')}</Field>
            <Field label={t('protection.status')}>
              {info.encrypted ? t('protection.encrypted') : t('protection.notEncrypted')}
            </Field>
          </dl>
        ) : (
          <p className="muted">{t('noWorkspace.body')}</p>
        )}
      </section>

      {info ? (
        <section className="card" aria-labelledby="st-stats">
          <h2 id="st-stats">{t('settings.stats')}</h2>
          {statsData ? (
            <dl className="stats-grid" data-testid="workspace-stats">
              {STAT_KEYS.map((k) => (
                <div key={k} className="stat">
                  <dt>{t(`stats.${k}`)}</dt>
                  <dd>{formatNumber(t.lang, statsData[k])}</dd>
                </div>
              ))}
            </dl>
          ) : stats.loading ? (
            <Loading lines={2} />
          ) : null}
        </section>
      ) : null}

      {info ? <ProtectionCard /> : null}
      {info ? <BackupsCard /> : null}
      <PresentationCard />
      {info ? <PeopleCard /> : null}
      {info ? <GuidesEditor /> : null}
      {info ? <TrashPanel /> : null}

      <section className="card" aria-labelledby="st-app">
        <h2 id="st-app">{t('settings.app')}</h2>
        {appInfo.data ? (
          <dl className="fields">
            <Field label={t('settings.version')}>{appInfo.data.version}</Field>
            <Field label={t('settings.shell')}>{t(`settings.shell.${appInfo.data.shell}`)}</Field>
            <Field label={t('settings.dataDir')}>
              <code className="path">{appInfo.data.dataDir}</code>
            </Field>
            <Field label={t('settings.workspacesDir')}>
              <code className="path">{appInfo.data.workspacesDir}</code>
            </Field>
          </dl>
        ) : appInfo.loading ? (
          <Loading lines={2} />
        ) : null}
      </section>
    </div>
  );
}
