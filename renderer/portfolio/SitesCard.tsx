import { useId, useState } from 'react';
import type { ProjectDetail } from '../../shared/domain';
import { api } from '../api';
import { Chip } from '../components/Chips';
import { useT } from '../i18n';
import { usePresentationText } from '../privacy/presentation';
import { PresentableInput } from '../privacy/Presentation';
import { useReferenceLists } from '../lib/data';
import { formatDate } from '../lib/format';
import { refItems } from '../lib/refs';
import { toShownError } from '../stores/errors';
import { createOrganisation, useOrganisations, write } from './data';
import { EditRemoveButtons } from './EditRemoveButtons';
import { OrgPicker } from './OrgPicker';
import { RefSelect } from './RefSelect';
import { FormActions, FormError, FormField } from '../components/FormParts';

export const SITE_STATUSES = ['planned', 'active', 'ended'] as const;
type SiteStatus = (typeof SITE_STATUSES)[number];

interface Draft {
  id: string | null;
  organisationId: string | null;
  region: string;
  status: SiteStatus;
  startDate: string;
  endDate: string;
  notes: string;
}

const asStatus = (s: string): SiteStatus =>
  (SITE_STATUSES as readonly string[]).includes(s) ? (s as SiteStatus) : 'planned';

/** The establishments where the solution is deployed: region, status and dates of each. */
export function SitesCard({ project }: { project: ProjectDetail }) {
  const t = useT();
  const present = usePresentationText();
  const ids = useId();
  const lists = useReferenceLists();
  const orgs = useOrganisations();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const regions = refItems(lists.data, 'region');

  const save = async () => {
    if (!draft) return;
    if (!draft.organisationId) return setError(t('pf.sites.orgRequired'));
    if (draft.startDate && draft.endDate && draft.endDate < draft.startDate)
      return setError(t('pf.form.datesInvalid'));
    setBusy(true);
    setError(null);
    try {
      await write(() =>
        api['projects.saveSite']({
          ...(draft.id ? { id: draft.id } : {}),
          projectId: project.id,
          organisationId: draft.organisationId!,
          // empty: the establishment's own region
          region: draft.region || null,
          status: draft.status,
          startDate: draft.startDate || null,
          endDate: draft.endDate || null,
          notes: draft.notes.trim() || null,
        }),
      );
      setDraft(null);
    } catch (err) {
      setError(toShownError(err).message);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (id: string) => {
    try {
      await write(() => api['projects.removeSite']({ id }));
    } catch (err) {
      setError(toShownError(err).message);
    }
  };
  const field = (n: string) => `${ids}-${n}`;

  return (
    <section className="card" aria-labelledby="pj-sites">
      <div className="card-head">
        <h2 id="pj-sites">{t('project.sites')}</h2>
        <button
          type="button"
          className="btn small-btn"
          disabled={!!draft}
          data-testid="site-add"
          onClick={() => {
            setError(null);
            setDraft({
              id: null,
              organisationId: null,
              region: '',
              status: 'planned',
              startDate: '',
              endDate: '',
              notes: '',
            });
          }}
        >
          + {t('pf.sites.add')}
        </button>
      </div>
      {project.sites.length ? (
        <table className="mini-table pf-table" data-testid="project-sites">
          <thead>
            <tr>
              <th scope="col">{t('pf.sites.establishment')}</th>
              <th scope="col">{t('project.region')}</th>
              <th scope="col">{t('project.status')}</th>
              <th scope="col">{t('project.period')}</th>
              <th scope="col">
                <span className="sr-only">{t('pf.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {project.sites.map((s) => (
              <tr key={s.id} data-testid="site-row" className={draft?.id === s.id ? 'pf-editing' : undefined}>
                <td>
                  {s.organisation}
                  {s.notes ? <div className="muted small">{present(s.notes)}</div> : null}
                </td>
                <td>{s.region ?? <span className="muted">{t('common.none')}</span>}</td>
                <td>
                  <Chip tone={`site-${asStatus(s.status)}`}>{t(`pf.siteStatus.${asStatus(s.status)}`)}</Chip>
                </td>
                <td className="nowrap">
                  {s.startDate || s.endDate ? (
                    t('project.stepDates', {
                      start: formatDate(t.lang, s.startDate) || '…',
                      end: formatDate(t.lang, s.endDate) || '…',
                    })
                  ) : (
                    <span className="muted">{t('common.none')}</span>
                  )}
                </td>
                <td className="pf-row-actions">
                  <EditRemoveButtons
                    editLabel={t('pf.sites.edit', { name: s.organisation })}
                    removeLabel={t('pf.sites.remove', { name: s.organisation })}
                    editDisabled={!!draft}
                    onEdit={() => {
                      setError(null);
                      setDraft({
                        id: s.id,
                        organisationId: s.organisationId,
                        region: s.region ?? '',
                        status: asStatus(s.status),
                        startDate: s.startDate ?? '',
                        endDate: s.endDate ?? '',
                        notes: s.notes ?? '',
                      });
                    }}
                    onRemove={() => void remove(s.id)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : !draft ? (
        <p className="muted">{t('pf.sites.none')}</p>
      ) : null}

      {draft ? (
        <form
          className="pf-inline-form"
          data-testid="site-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className="form-field pf-grow">
            <span>{t('pf.sites.establishment')}</span>
            <OrgPicker
              orgs={orgs.data ?? []}
              value={draft.organisationId}
              onChange={(organisationId) => {
                const org = orgs.data?.find((o) => o.id === organisationId);
                setDraft({ ...draft, organisationId, region: draft.region || org?.region || '' });
              }}
              onCreate={(name) => createOrganisation(name, 'health-establishments')}
              label={t('pf.sites.establishment')}
              preferActorType="health-establishments"
              testId="site-org"
            />
          </div>
          <FormField id={field('region')} label={t('project.region')}>
            <RefSelect
              id={field('region')}
              items={regions}
              value={draft.region}
              onChange={(region) => setDraft({ ...draft, region })}
              byLabel
              emptyLabel={t('pf.sites.regionOfOrg')}
            />
          </FormField>
          <FormField id={field('status')} label={t('project.status')}>
            <select
              id={field('status')}
              value={draft.status}
              onChange={(e) => setDraft({ ...draft, status: e.target.value as SiteStatus })}
            >
              {SITE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`pf.siteStatus.${s}`)}
                </option>
              ))}
            </select>
          </FormField>
          <FormField id={field('start')} label={t('pf.form.startDate')}>
            <input
              id={field('start')}
              type="date"
              value={draft.startDate}
              onChange={(e) => setDraft({ ...draft, startDate: e.target.value })}
            />
          </FormField>
          <FormField id={field('end')} label={t('pf.form.endDate')}>
            <input
              id={field('end')}
              type="date"
              value={draft.endDate}
              onChange={(e) => setDraft({ ...draft, endDate: e.target.value })}
            />
          </FormField>
          <FormField id={field('notes')} label={t('project.notes')} className="pf-full">
            <PresentableInput
              id={field('notes')}
              type="text"
              value={draft.notes}
              onChange={(e) => setDraft({ ...draft, notes: e.target.value })}
            />
          </FormField>
          <FormActions onCancel={() => setDraft(null)} busy={busy} className="pf-inline-actions">
            <button type="submit" className="btn primary" disabled={busy} data-testid="site-save">
              {t('pf.save')}
            </button>
          </FormActions>
        </form>
      ) : null}
      <FormError error={error} />
    </section>
  );
}
