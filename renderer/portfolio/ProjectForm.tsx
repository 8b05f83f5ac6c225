import { useId, useMemo, useState } from 'react';
import { PROJECT_STATUSES, type ProjectDetail, type ProjectStatus } from '../../shared/domain';
import { api } from '../api';
import { useT } from '../i18n';
import { PresentableTextarea } from '../privacy/Presentation';
import { useReferenceLists } from '../lib/data';
import { refItemLabel, refItems } from '../lib/refs';
import { toShownError } from '../stores/errors';
import { createOrganisation, useOrganisations, useProjects, write } from './data';
import { toggle } from './filters';
import { OrgPicker } from './OrgPicker';
import { RefSelect } from './RefSelect';
import { FormDialog } from '../components/FormDialog';
import { FormField } from '../components/FormParts';

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** Reads a call year; '' is none, anything else must be a plausible year. */
export function parseYear(text: string): { ok: true; value: number | null } | { ok: false } {
  const s = text.trim();
  if (!s) return { ok: true, value: null };
  if (!/^\d{4}$/.test(s)) return { ok: false };
  const n = Number(s);
  return n >= 1990 && n <= 2100 ? { ok: true, value: n } : { ok: false };
}

/**
 * Creates or edits a project's own facts: what it is, where it stands in the alliance's method and in the
 * solution's life cycle, how it is classified. Partners, sites, steps and challenges are edited on the
 * project's page.
 */
export function ProjectForm({
  project,
  onClose,
  onSaved,
}: {
  project?: ProjectDetail;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const t = useT();
  const ids = useId();
  const lists = useReferenceLists();
  const orgs = useOrganisations();
  const projects = useProjects();

  const [name, setName] = useState(project?.name ?? '');
  const [solution, setSolution] = useState(project?.solution ?? '');
  const [providerId, setProviderId] = useState<string | null>(project?.providerOrganisationId ?? null);
  const [summary, setSummary] = useState(project?.summary ?? '');
  const [theme, setTheme] = useState(project?.theme ?? '');
  const [callYear, setCallYear] = useState(project?.callYear != null ? String(project.callYear) : '');
  const [wave, setWave] = useState(project?.wave ?? '');
  const [methodStep, setMethodStep] = useState(project?.methodStep ?? '');
  const [lifecycleStage, setLifecycleStage] = useState(project?.lifecycleStage ?? '');
  const [triggers, setTriggers] = useState<string[]>(project?.triggers ?? []);
  const [dtaCategory, setDtaCategory] = useState(project?.dtaCategory ?? '');
  const [hasLevel, setHasLevel] = useState(project?.hasLevel ?? '');
  const [hasType, setHasType] = useState(project?.hasType ?? '');
  const [ansTags, setAnsTags] = useState<string[]>(project?.ansTags ?? []);
  const [status, setStatus] = useState<ProjectStatus>(project?.status ?? 'active');
  const [startDate, setStartDate] = useState(project?.startDate ?? '');
  const [endDate, setEndDate] = useState(project?.endDate ?? '');
  const [region, setRegion] = useState(project?.region ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const themes = useMemo(
    () =>
      [...new Set((projects.data ?? []).map((p) => p.theme).filter((x): x is string => !!x))].sort((a, b) =>
        a.localeCompare(b, 'fr'),
      ),
    [projects.data],
  );
  const field = (n: string) => `${ids}-${n}`;
  const triggerItems = refItems(lists.data, 'lifecycle-trigger');
  const ansItems = refItems(lists.data, 'ans-subdomain');

  const submit = async () => {
    if (!name.trim()) return setError(t('pf.form.nameRequired'));
    const year = parseYear(callYear);
    if (!year.ok) return setError(t('pf.form.yearInvalid'));
    if (startDate && endDate && endDate < startDate) return setError(t('pf.form.datesInvalid'));
    setBusy(true);
    setError(null);
    const fields = {
      name: name.trim(),
      solution: orNull(solution),
      providerOrganisationId: providerId,
      summary: orNull(summary),
      theme: orNull(theme),
      callYear: year.value,
      wave: orNull(wave),
      methodStep: methodStep || null,
      lifecycleStage: lifecycleStage || null,
      triggers,
      dtaCategory: dtaCategory || null,
      hasLevel: hasLevel || null,
      hasType: orNull(hasType),
      ansTags,
      status,
      startDate: startDate || null,
      endDate: endDate || null,
      region: region || null,
    };
    try {
      const { id } = await write(() =>
        api['projects.save']({ ...(project ? { id: project.id } : {}), ...fields }),
      );
      onSaved(id);
    } catch (err) {
      setError(toShownError(err).message);
      setBusy(false);
    }
  };

  return (
    <FormDialog
      title={project ? t('pf.form.editTitle', { name: project.name }) : t('pf.form.newTitle')}
      onClose={onClose}
      className="pf-form-dialog"
      testId="project-form"
      busy={busy}
      error={error}
      submitLabel={project ? t('pf.save') : t('pf.form.create')}
      onSubmit={() => void submit()}
    >
      <fieldset className="form-section">
        <legend>{t('pf.form.section.what')}</legend>
        <div className="form-cols">
          <FormField id={field('name')} label={t('pf.form.name')} required className="span-2">
            <input
              id={field('name')}
              type="text"
              value={name}
              required
              data-autofocus
              data-testid="project-form-name"
              onChange={(e) => setName(e.target.value)}
            />
          </FormField>
          <FormField id={field('solution')} label={t('project.solution')}>
            <input
              id={field('solution')}
              type="text"
              value={solution}
              onChange={(e) => setSolution(e.target.value)}
            />
          </FormField>
          <div className="form-field">
            <span id={field('provider')}>{t('pf.form.provider')}</span>
            <OrgPicker
              orgs={orgs.data ?? []}
              value={providerId}
              onChange={setProviderId}
              onCreate={(n) => createOrganisation(n, 'private-digital-companies')}
              label={t('pf.form.provider')}
              preferActorType="private-digital-companies"
              testId="project-form-provider"
            />
          </div>
          <FormField id={field('summary')} label={t('project.summary')} className="span-2">
            <PresentableTextarea
              id={field('summary')}
              rows={3}
              value={summary}
              onChange={(e) => setSummary(e.target.value)}
            />
          </FormField>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('pf.form.section.call')}</legend>
        <div className="form-cols three">
          <FormField id={field('theme')} label={t('project.theme')}>
            <input
              id={field('theme')}
              type="text"
              list={field('themes')}
              value={theme}
              onChange={(e) => setTheme(e.target.value)}
            />
            <datalist id={field('themes')}>
              {themes.map((x) => (
                <option key={x} value={x} />
              ))}
            </datalist>
          </FormField>
          <FormField id={field('year')} label={t('project.callYear')}>
            <input
              id={field('year')}
              type="text"
              inputMode="numeric"
              placeholder="2023"
              value={callYear}
              onChange={(e) => setCallYear(e.target.value)}
            />
          </FormField>
          <FormField id={field('wave')} label={t('pf.form.wave')}>
            <input id={field('wave')} type="text" value={wave} onChange={(e) => setWave(e.target.value)} />
          </FormField>
          <FormField id={field('method')} label={t('project.methodStep')}>
            <RefSelect
              id={field('method')}
              items={refItems(lists.data, 'method-step')}
              value={methodStep}
              onChange={setMethodStep}
              numbered
            />
          </FormField>
          <FormField id={field('status')} label={t('project.status')}>
            <select
              id={field('status')}
              value={status}
              onChange={(e) => setStatus(e.target.value as ProjectStatus)}
              data-testid="project-form-status"
            >
              {PROJECT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`projectStatus.${s}`)}
                </option>
              ))}
            </select>
          </FormField>
          <FormField id={field('region')} label={t('project.region')}>
            <RefSelect
              id={field('region')}
              items={refItems(lists.data, 'region')}
              value={region}
              onChange={setRegion}
              byLabel
            />
          </FormField>
          <FormField id={field('start')} label={t('pf.form.startDate')}>
            <input
              id={field('start')}
              type="date"
              value={startDate}
              onChange={(e) => setStartDate(e.target.value)}
            />
          </FormField>
          <FormField id={field('end')} label={t('pf.form.endDate')}>
            <input
              id={field('end')}
              type="date"
              value={endDate}
              onChange={(e) => setEndDate(e.target.value)}
            />
          </FormField>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('pf.form.section.classification')}</legend>
        <div className="form-cols">
          <FormField id={field('lifecycle')} label={t('project.lifecycle')}>
            <RefSelect
              id={field('lifecycle')}
              items={refItems(lists.data, 'lifecycle-stage')}
              value={lifecycleStage}
              onChange={setLifecycleStage}
              numbered
            />
          </FormField>
          <FormField id={field('dta')} label={t('project.dtaCategory')}>
            <RefSelect
              id={field('dta')}
              items={refItems(lists.data, 'dta-category')}
              value={dtaCategory}
              onChange={setDtaCategory}
            />
          </FormField>
          <FormField id={field('has')} label={t('pf.form.hasLevel')}>
            <RefSelect
              id={field('has')}
              items={refItems(lists.data, 'has-level')}
              value={hasLevel}
              onChange={setHasLevel}
            />
          </FormField>
          <FormField id={field('hasType')} label={t('pf.form.hasType')}>
            <input
              id={field('hasType')}
              type="text"
              value={hasType}
              onChange={(e) => setHasType(e.target.value)}
            />
          </FormField>
          <fieldset className="form-field span-2 pf-checks">
            <legend>{t('project.triggers')}</legend>
            <ul className="check-list">
              {triggerItems.map((item) => (
                <li key={item.key}>
                  <label className="radio">
                    <input
                      type="checkbox"
                      checked={triggers.includes(item.key)}
                      onChange={() => setTriggers((list) => toggle(list, item.key))}
                    />
                    {refItemLabel(item, t.lang)}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <fieldset className="form-field span-2 pf-checks">
            <legend>{t('pf.form.ansTags')}</legend>
            <div className="pf-toggle-chips">
              {ansItems.map((item) => (
                <button
                  key={item.key}
                  type="button"
                  className="pf-toggle"
                  aria-pressed={ansTags.includes(item.key)}
                  onClick={() => setAnsTags((list) => toggle(list, item.key))}
                >
                  {refItemLabel(item, t.lang)}
                </button>
              ))}
            </div>
          </fieldset>
        </div>
      </fieldset>
    </FormDialog>
  );
}
