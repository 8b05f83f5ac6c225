import { useId, useState } from 'react';
import type { Organisation, Person, ProjectDetail } from '../../shared/domain';
import { api } from '../api';
import { useT } from '../i18n';
import { toShownError } from '../stores/errors';
import { Dialog } from '../workbench/Dialog';
import { write } from './data';
import { organisationLinks } from './filters';
import { OrgPicker } from './OrgPicker';
import { FormActions, FormError } from '../components/FormParts';

/**
 * Merges two organisations found to be the same: the user picks the other one and which to keep, reads what
 * will move, and confirms. The one not kept goes to the trash; its names become aliases of the one kept.
 */
export function MergeDialog({
  first,
  orgs,
  projects,
  people,
  onClose,
  onMerged,
}: {
  first: Organisation;
  orgs: Organisation[];
  projects: ProjectDetail[];
  people: Person[];
  onClose: () => void;
  onMerged: (keptId: string, message: string) => void;
}) {
  const t = useT();
  const ids = useId();
  const [otherId, setOtherId] = useState<string | null>(null);
  const [keptId, setKeptId] = useState(first.id);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const other = orgs.find((o) => o.id === otherId) ?? null;
  const kept = other && keptId === other.id ? other : first;
  const duplicate = other ? (kept.id === first.id ? other : first) : null;
  const counts = duplicate
    ? organisationLinks(duplicate.id, { projects, people, interviews: [], orgs }).counts
    : null;
  const moving = counts
    ? [
        counts.people ? t.count('pf.merge.people', counts.people) : null,
        counts.partners ? t.count('pf.merge.partners', counts.partners) : null,
        counts.sites ? t.count('pf.merge.sites', counts.sites) : null,
        counts.provided ? t.count('pf.merge.provided', counts.provided) : null,
        counts.children ? t.count('pf.merge.children', counts.children) : null,
      ].filter((x): x is string => !!x)
    : [];
  const names = duplicate
    ? [duplicate.name, ...duplicate.aliases.filter((a) => !kept.aliases.includes(a))]
    : [];

  const merge = async () => {
    if (!duplicate) return;
    setBusy(true);
    setError(null);
    try {
      const { moved } = await write(() =>
        api['organisations.merge']({ duplicateId: duplicate.id, keptId: kept.id }),
      );
      onMerged(kept.id, t.count('pf.merge.done', moved, { duplicate: duplicate.name, kept: kept.name }));
      onClose();
    } catch (err) {
      setError(toShownError(err).message);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('pf.merge.title', { name: first.name })}
      onClose={onClose}
      testId="org-merge"
      dismissable={!busy}
    >
      <div className="form-grid">
        <div className="form-field">
          <span>{t('pf.merge.other')}</span>
          <OrgPicker
            orgs={orgs}
            value={otherId}
            onChange={(id) => {
              setOtherId(id);
              setKeptId(first.id);
            }}
            label={t('pf.merge.other')}
            excludeIds={[first.id]}
            testId="org-merge-other"
          />
        </div>
        {other ? (
          <fieldset className="radio-group pf-keep">
            <legend className="form-field">
              <span>{t('pf.merge.keep')}</span>
            </legend>
            {[first, other].map((o) => (
              <label key={o.id} className="radio pf-keep-option">
                <input
                  type="radio"
                  name={`${ids}-keep`}
                  checked={kept.id === o.id}
                  onChange={() => setKeptId(o.id)}
                  data-testid="org-merge-keep"
                  value={o.id}
                />
                <span>
                  <strong>{o.name}</strong>
                  {o.aliases.length ? <span className="muted small"> · {o.aliases.join(', ')}</span> : null}
                </span>
              </label>
            ))}
          </fieldset>
        ) : null}
        {duplicate ? (
          <div className="pf-banner info confirm-summary" data-testid="org-merge-summary">
            <p>
              <strong>{t('pf.merge.moves', { duplicate: duplicate.name, kept: kept.name })}</strong>
            </p>
            {moving.length ? (
              <ul>
                {moving.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            ) : (
              <p>{t('pf.merge.nothing')}</p>
            )}
            <p>
              {t('pf.merge.aliases', {
                names: names.map((n) => t('pf.quoted', { text: n })).join(', '),
                kept: kept.name,
              })}
            </p>
            <p>{t('pf.merge.trash', { duplicate: duplicate.name })}</p>
          </div>
        ) : null}
      </div>
      <FormError error={error} />
      <FormActions onCancel={onClose} busy={busy}>
        <button
          type="button"
          className="btn primary"
          disabled={!duplicate || busy}
          onClick={() => void merge()}
          data-testid="org-merge-submit"
        >
          {duplicate ? t('pf.merge.submit', { kept: kept.name }) : t('pf.merge.submitDisabled')}
        </button>
      </FormActions>
    </Dialog>
  );
}
