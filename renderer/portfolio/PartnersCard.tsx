import { useState } from 'react';
import { checkComposition } from '../../shared/composition';
import { PARTNER_ROLES, type PartnerRole, type ProjectDetail } from '../../shared/domain';
import { api } from '../api';
import { RoleChip } from '../components/Chips';
import { useT, type T } from '../i18n';
import { useReferenceLists } from '../lib/data';
import { formatEuros } from '../lib/format';
import { refLabel } from '../lib/refs';
import { toShownError } from '../stores/errors';
import { createOrganisation, useOrganisations, write } from './data';
import { ACTOR_TYPE_OF_ROLE, compositionGaps, suggestRole, type CompositionGap } from './filters';
import { formatEurosInput, parseEuros } from './money';
import { EditRemoveButtons } from './EditRemoveButtons';
import { OrgPicker } from './OrgPicker';
import { FormError } from '../components/FormParts';

interface Draft {
  /** The partnership edited, or null for a new partner. */
  id: string | null;
  organisationId: string | null;
  role: PartnerRole;
  funding: string;
}

function gapText(t: T, gap: CompositionGap): string {
  switch (gap.kind) {
    case 'industrials':
      return t('pf.composition.industrials', { count: gap.count, min: gap.min });
    case 'startups':
      return t('pf.composition.startups', { count: gap.count, expected: gap.expected });
    case 'establishments':
      return t('pf.composition.establishments', { count: gap.count, min: gap.min, max: gap.max });
  }
}

/**
 * The project's partners, editable in place, with the alliance's typical composition checked as the user
 * edits (the partner being typed counts as soon as its organisation is chosen): a warning, never a block.
 */
export function PartnersCard({ project }: { project: ProjectDetail }) {
  const t = useT();
  const lists = useReferenceLists();
  const orgs = useOrganisations();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const roles = project.partners.map((p) => (draft && draft.id === p.id ? draft.role : p.role));
  const counted = !!draft && draft.id === null && !!draft.organisationId;
  if (counted) roles.push(draft.role);
  const gaps = compositionGaps(checkComposition(roles));
  const parsed = draft ? parseEuros(draft.funding) : null;

  const startNew = () => {
    setError(null);
    setDraft({
      id: null,
      organisationId: null,
      role: suggestRole(project.partners.map((p) => p.role)),
      funding: '',
    });
  };
  const save = async () => {
    if (!draft) return;
    if (!draft.organisationId) return setError(t('pf.partners.orgRequired'));
    if (!parsed?.ok) return setError(t('pf.partners.fundingInvalid'));
    setBusy(true);
    setError(null);
    try {
      await write(() =>
        api['projects.savePartner']({
          ...(draft.id ? { id: draft.id } : {}),
          projectId: project.id,
          organisationId: draft.organisationId!,
          role: draft.role,
          fundingEur: parsed.value,
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
    setError(null);
    try {
      await write(() => api['projects.removePartner']({ id }));
      if (draft?.id === id) setDraft(null);
    } catch (err) {
      setError(toShownError(err).message);
    }
  };

  const editRow = (d: Draft) => (
    <tr className="pf-edit-row" key={d.id ?? '__new__'}>
      <td colSpan={2}>
        <OrgPicker
          orgs={orgs.data ?? []}
          value={d.organisationId}
          onChange={(organisationId) => setDraft({ ...d, organisationId })}
          onCreate={(name) => createOrganisation(name, ACTOR_TYPE_OF_ROLE[d.role])}
          label={t('project.organisation')}
          preferActorType={ACTOR_TYPE_OF_ROLE[d.role]}
          excludeIds={project.partners.filter((p) => p.id !== d.id).map((p) => p.organisationId)}
          testId="partner-org"
        />
      </td>
      <td>
        <select
          aria-label={t('project.role')}
          value={d.role}
          data-testid="partner-role"
          onChange={(e) => setDraft({ ...d, role: e.target.value as PartnerRole })}
        >
          {PARTNER_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`partnerRole.${r}`)}
            </option>
          ))}
        </select>
      </td>
      <td className="num">
        <input
          type="text"
          inputMode="decimal"
          className="pf-money"
          aria-label={t('pf.partners.fundingLabel')}
          aria-invalid={parsed ? !parsed.ok : undefined}
          placeholder="45 000"
          value={d.funding}
          data-testid="partner-funding"
          onChange={(e) => setDraft({ ...d, funding: e.target.value })}
          onBlur={() => {
            const p = parseEuros(d.funding);
            if (p.ok) setDraft({ ...d, funding: formatEurosInput(p.value) });
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void save();
            }
          }}
        />
        <span className="pf-euro" aria-hidden="true">
          €
        </span>
      </td>
      <td className="pf-row-actions">
        <button
          type="button"
          className="btn primary small-btn"
          onClick={() => void save()}
          disabled={busy}
          data-testid="partner-save"
        >
          {t('pf.save')}
        </button>
        <button type="button" className="btn small-btn" onClick={() => setDraft(null)} disabled={busy}>
          {t('pf.cancel')}
        </button>
      </td>
    </tr>
  );

  return (
    <section className="card pf-partners" aria-labelledby="pj-partners">
      <div className="card-head">
        <h2 id="pj-partners">{t('project.partners')}</h2>
        <button
          type="button"
          className="btn small-btn"
          onClick={startNew}
          disabled={!!draft}
          data-testid="partner-add"
        >
          + {t('pf.partners.add')}
        </button>
      </div>

      <div aria-live="polite">
        {gaps.length ? (
          <div className="pf-banner warn" data-testid="composition-warning">
            <strong>{t('pf.composition.warnTitle')}</strong>
            <ul>
              {gaps.map((g) => (
                <li key={g.kind}>{gapText(t, g)}</li>
              ))}
            </ul>
            <p className="small">
              {counted ? `${t('pf.composition.withDraft')} ` : ''}
              {t('pf.composition.help')}
            </p>
          </div>
        ) : (
          <p className="pf-banner ok" data-testid="composition-ok">
            {t('pf.composition.ok', {
              industrials: roles.filter((r) => r === 'industrial').length,
              establishments: roles.filter((r) => r === 'establishment').length,
            })}
          </p>
        )}
      </div>

      {project.partners.length || draft ? (
        <table className="mini-table pf-table" data-testid="project-partners">
          <thead>
            <tr>
              <th scope="col">{t('project.organisation')}</th>
              <th scope="col">{t('project.actorType')}</th>
              <th scope="col">{t('project.role')}</th>
              <th scope="col" className="num">
                {t('project.funding')}
              </th>
              <th scope="col">
                <span className="sr-only">{t('pf.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {project.partners.map((p) =>
              draft?.id === p.id ? (
                editRow(draft)
              ) : (
                <tr key={p.id} data-testid="partner-row">
                  <td>{p.organisation}</td>
                  <td>
                    {refLabel(lists.data, 'actor-type', p.actorType, t.lang) ?? (
                      <span className="muted">{t('common.none')}</span>
                    )}
                  </td>
                  <td>
                    <RoleChip role={p.role} />
                  </td>
                  <td className="num">
                    {p.fundingEur != null ? (
                      formatEuros(p.fundingEur)
                    ) : (
                      <span className="muted">{t('common.none')}</span>
                    )}
                  </td>
                  <td className="pf-row-actions">
                    <EditRemoveButtons
                      editLabel={t('pf.partners.edit', { name: p.organisation })}
                      removeLabel={t('pf.partners.remove', { name: p.organisation })}
                      editDisabled={!!draft}
                      onEdit={() => {
                        setError(null);
                        setDraft({
                          id: p.id,
                          organisationId: p.organisationId,
                          role: p.role,
                          funding: formatEurosInput(p.fundingEur),
                        });
                      }}
                      onRemove={() => void remove(p.id)}
                      removeTestId="partner-remove"
                    />
                  </td>
                </tr>
              ),
            )}
            {draft && draft.id === null ? editRow(draft) : null}
          </tbody>
          {project.totalFundingEur ? (
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  {t('project.totalFunding')}
                </th>
                <td className="num" data-testid="project-total-funding">
                  {formatEuros(project.totalFundingEur)}
                </td>
                <td />
              </tr>
            </tfoot>
          ) : null}
        </table>
      ) : (
        <p className="muted">{t('project.noPartners')}</p>
      )}
      {draft && parsed && !parsed.ok ? (
        <p className="pf-field-hint error">{t('pf.partners.fundingHint')}</p>
      ) : null}
      <FormError error={error} />
    </section>
  );
}
