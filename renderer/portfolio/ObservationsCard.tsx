import { useId, useState, type CSSProperties } from 'react';
import type {
  ChallengeObservation,
  ObservationStatus,
  ObservationStrength,
  ProjectDetail,
} from '../../shared/domain';
import { api } from '../api';
import { ObservationStatusChip, StrengthChip } from '../components/Chips';
import { useT } from '../i18n';
import { codeColor, codeLabel, codePath, type CodeIndex } from '../lib/codes';
import { useCodeIndex } from '../lib/data';
import { focusHash } from '../lib/route';
import { PresentableTextarea } from '../privacy/Presentation';
import { usePresentationText } from '../privacy/presentation';
import { toShownError } from '../stores/errors';
import { write } from './data';
import { EvidencePicker, type Evidence } from './EvidencePicker';
import { FormActions, FormError, FormField } from '../components/FormParts';
import { EditRemoveButtons } from './EditRemoveButtons';

const STRENGTHS: ObservationStrength[] = ['explicit', 'implied'];
const OBS_STATUSES: ObservationStatus[] = ['open', 'mitigated', 'resolved'];

function EvidenceQuote({ ev, onRemove }: { ev: Evidence; onRemove?: () => void }) {
  const t = useT();
  const present = usePresentationText();
  return (
    <figure className="evidence-quote" data-testid="evidence-quote">
      <blockquote>{present(ev.quote)}</blockquote>
      <figcaption>
        <a
          href={focusHash(ev.interviewId, { segmentId: ev.segmentId })}
          onClick={(e) => {
            e.preventDefault();
            // the hash listener follows: the interview opens on the quoted passage
            window.location.hash = focusHash(ev.interviewId, { segmentId: ev.segmentId });
          }}
        >
          {present(ev.interviewTitle)}
        </a>
        {onRemove ? (
          <button type="button" className="link-button pf-remove-link" onClick={onRemove}>
            {t('pf.evidence.remove')}
          </button>
        ) : null}
      </figcaption>
    </figure>
  );
}

/** Creates or edits one observed challenge, with the verbatims that support it. */
function ObservationForm({
  project,
  observation,
  index,
  onDone,
}: {
  project: ProjectDetail;
  observation?: ChallengeObservation;
  index: CodeIndex | undefined;
  onDone: () => void;
}) {
  const t = useT();
  const ids = useId();
  const [codeId, setCodeId] = useState(observation?.codeId ?? '');
  const [strength, setStrength] = useState<ObservationStrength>(observation?.strength ?? 'explicit');
  const [status, setStatus] = useState<ObservationStatus>(observation?.status ?? 'open');
  const [levers, setLevers] = useState(observation?.levers ?? '');
  const [notes, setNotes] = useState(observation?.notes ?? '');
  const [evidence, setEvidence] = useState<Evidence[]>(observation?.evidence ?? []);
  const [picking, setPicking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const observed = new Set(project.observations.filter((o) => o.id !== observation?.id).map((o) => o.codeId));
  const challenges = index?.ordered.filter((c) => c.kind === 'challenge') ?? [];
  const challengeRoot = challenges.length
    ? Math.min(...challenges.map((c) => index?.depth.get(c.id) ?? 0))
    : 0;

  const save = async () => {
    if (!codeId) return setError(t('pf.obs.challengeRequired'));
    setBusy(true);
    setError(null);
    try {
      await write(() =>
        api['projects.saveObservation']({
          ...(observation ? { id: observation.id } : {}),
          projectId: project.id,
          codeId,
          strength,
          status,
          levers: levers.trim() || null,
          notes: notes.trim() || null,
          evidenceSegmentIds: evidence.map((e) => e.segmentId),
        }),
      );
      onDone();
    } catch (err) {
      setError(toShownError(err).message);
      setBusy(false);
    }
  };
  const field = (n: string) => `${ids}-${n}`;

  return (
    <>
      <form
        className="pf-obs-form"
        data-testid="observation-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h3>{observation ? t('pf.obs.editTitle') : t('pf.obs.newTitle')}</h3>
        <div className="form-cols">
          <FormField id={field('code')} label={t('pf.obs.challenge')} required className="span-2">
            <select
              id={field('code')}
              value={codeId}
              data-testid="observation-challenge"
              data-autofocus
              onChange={(e) => setCodeId(e.target.value)}
            >
              <option value="">{t('pf.obs.pickChallenge')}</option>
              {challenges.map((c) => (
                <option key={c.id} value={c.id} disabled={observed.has(c.id)}>
                  {'\u00a0\u00a0\u00a0'.repeat(Math.max(0, (index?.depth.get(c.id) ?? 0) - challengeRoot))}
                  {codeLabel(c, t.lang)}
                  {observed.has(c.id) ? ` — ${t('pf.obs.alreadyObserved')}` : ''}
                </option>
              ))}
            </select>
          </FormField>
          <fieldset className="form-field radio-group">
            <legend>{t('project.strength')}</legend>
            {STRENGTHS.map((s) => (
              <label key={s} className="radio">
                <input
                  type="radio"
                  name={field('strength')}
                  checked={strength === s}
                  onChange={() => setStrength(s)}
                  data-testid={`observation-strength-${s}`}
                />
                {t(`strength.${s}`)}
              </label>
            ))}
          </fieldset>
          <FormField id={field('status')} label={t('project.status')}>
            <select
              id={field('status')}
              value={status}
              onChange={(e) => setStatus(e.target.value as ObservationStatus)}
              data-testid="observation-status"
            >
              {OBS_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`observationStatus.${s}`)}
                </option>
              ))}
            </select>
          </FormField>
          <FormField id={field('levers')} label={t('project.levers')}>
            <PresentableTextarea
              id={field('levers')}
              rows={2}
              value={levers}
              onChange={(e) => setLevers(e.target.value)}
            />
          </FormField>
          <FormField id={field('notes')} label={t('project.notes')}>
            <PresentableTextarea
              id={field('notes')}
              rows={2}
              value={notes}
              onChange={(e) => setNotes(e.target.value)}
            />
          </FormField>
        </div>
        <div className="pf-obs-evidence">
          <div className="card-head">
            <span className="label">{t('project.evidence')}</span>
            <button
              type="button"
              className="btn small-btn"
              onClick={() => setPicking(true)}
              data-testid="observation-evidence-add"
            >
              + {t('pf.obs.addEvidence')}
            </button>
          </div>
          {evidence.length ? (
            <div className="evidence">
              {evidence.map((ev) => (
                <EvidenceQuote
                  key={ev.segmentId}
                  ev={ev}
                  onRemove={() => setEvidence((list) => list.filter((x) => x.segmentId !== ev.segmentId))}
                />
              ))}
            </div>
          ) : (
            <p className="muted small">{t('pf.obs.noEvidenceYet')}</p>
          )}
        </div>
        <FormError error={error} />
        <FormActions onCancel={onDone} busy={busy} className="pf-inline-actions">
          <button type="submit" className="btn primary" disabled={busy} data-testid="observation-save">
            {t('pf.save')}
          </button>
        </FormActions>
      </form>
      {picking ? (
        <EvidencePicker
          projectId={project.id}
          codeId={codeId || null}
          chosen={evidence.map((e) => e.segmentId)}
          onToggle={(ev, add) =>
            setEvidence((list) => (add ? [...list, ev] : list.filter((x) => x.segmentId !== ev.segmentId)))
          }
          onClose={() => setPicking(false)}
        />
      ) : null}
    </>
  );
}

/** The challenges observed in the project, each with its attribution, status, levers and evidence. */
export function ObservationsCard({ project }: { project: ProjectDetail }) {
  const t = useT();
  const present = usePresentationText();
  const codes = useCodeIndex();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const remove = async (id: string) => {
    setError(null);
    try {
      await write(() => api['projects.deleteObservation']({ id }));
    } catch (err) {
      setError(toShownError(err).message);
    }
  };

  return (
    <section className="card" aria-labelledby="pj-obs">
      <div className="card-head">
        <h2 id="pj-obs">
          {t('project.observations')} <span className="muted">{project.observations.length}</span>
        </h2>
        <button
          type="button"
          className="btn small-btn"
          onClick={() => setEditing('new')}
          disabled={editing !== null}
          data-testid="observation-add"
        >
          + {t('pf.obs.add')}
        </button>
      </div>
      {editing === 'new' ? (
        <ObservationForm project={project} index={codes.index} onDone={() => setEditing(null)} />
      ) : null}
      {project.observations.length === 0 && editing !== 'new' ? (
        <p className="muted">{t('project.noObservations')}</p>
      ) : (
        <ul className="observations">
          {project.observations.map((o) => {
            if (editing === o.id)
              return (
                <li key={o.id}>
                  <ObservationForm
                    project={project}
                    observation={o}
                    index={codes.index}
                    onDone={() => setEditing(null)}
                  />
                </li>
              );
            const code = codes.index?.byId.get(o.codeId);
            const name = code ? codeLabel(code, t.lang) : o.challenge;
            const color = codes.index ? codeColor(codes.index, o.codeId) : '#6b7280';
            // The challenge's parents below the codebook branch, for context ("End-user adoption › Patients").
            const parents = code && codes.index ? codePath(codes.index, code.id, t.lang).slice(1, -1) : [];
            return (
              <li
                key={o.id}
                className="observation"
                style={{ '--code': color } as CSSProperties}
                data-testid="observation"
              >
                <div className="observation-head">
                  <h3>
                    {parents.length ? (
                      <span className="observation-parent">{parents.join(' › ')} › </span>
                    ) : null}
                    {name}
                  </h3>
                  <span className="observation-chips">
                    <span className="sr-only">{t('project.strength')} </span>
                    <StrengthChip strength={o.strength} />
                    <span className="sr-only">{t('project.status')} </span>
                    <ObservationStatusChip status={o.status} />
                    <EditRemoveButtons
                      editLabel={t('pf.obs.edit', { name })}
                      removeLabel={t('pf.obs.remove', { name })}
                      editDisabled={editing !== null}
                      removeDisabled={editing !== null}
                      onEdit={() => setEditing(o.id)}
                      onRemove={() => void remove(o.id)}
                      removeTestId="observation-remove"
                    />
                  </span>
                </div>
                {o.levers ? (
                  <p>
                    <span className="label">{t('project.levers')}</span> {present(o.levers)}
                  </p>
                ) : null}
                {o.notes ? (
                  <p>
                    <span className="label">{t('project.notes')}</span> {present(o.notes)}
                  </p>
                ) : null}
                {o.evidence.length ? (
                  <div className="evidence">
                    <span className="label">{t('project.evidence')}</span>
                    {o.evidence.map((ev) => (
                      <EvidenceQuote key={ev.segmentId} ev={ev} />
                    ))}
                  </div>
                ) : (
                  <p className="muted small">{t('project.noEvidence')}</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <FormError error={error} />
    </section>
  );
}
