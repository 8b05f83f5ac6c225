import { useId, useMemo, useState } from 'react';
import {
  INTERVIEW_MODES,
  INTERVIEW_STATUSES,
  type InterviewDetail,
  type InterviewMode,
  type InterviewStatus,
} from '../../shared/domain';
import { api } from '../api';
import { useT } from '../i18n';
import { useReferenceLists, useWorkspaceVersion } from '../lib/data';
import { refItemLabel, refItems } from '../lib/refs';
import { useQuery } from '../lib/useQuery';
import { usePersonLabel, usePresentationText } from '../privacy/presentation';
import { toShownError } from '../stores/errors';
import { refreshHistory } from '../stores/history';
import { Dialog } from '../workbench/Dialog';

type Level = 'field' | 'middle' | 'strategic';
const LEVELS: Level[] = ['field', 'middle', 'strategic'];
const NEW_ORG = '__new__';

interface NewPersonDraft {
  key: number;
  fullName: string;
  pseudonym: string;
  position: string;
  organisationId: string; // '' none, NEW_ORG for a new one
  orgName: string;
  actorType: string;
  structureType: string;
  level: Level | '';
}

let draftKey = 0;
const emptyPerson = (): NewPersonDraft => ({
  key: ++draftKey,
  fullName: '',
  pseudonym: '',
  position: '',
  organisationId: '',
  orgName: '',
  actorType: '',
  structureType: '',
  level: '',
});

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/**
 * Creates or edits an interview: its facts, consent, linked projects and interviewees (picked from the
 * directory or created here, with their organisation if it is new).
 */
export function InterviewForm({
  interview,
  interviewers,
  onClose,
  onSaved,
}: {
  /** The interview to edit; absent to create one. */
  interview?: InterviewDetail;
  /** Interviewer names already used, offered as suggestions. */
  interviewers: string[];
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const t = useT();
  const present = usePresentationText();
  const personLabel = usePersonLabel();
  const version = useWorkspaceVersion();
  const ids = useId();
  const people = useQuery(['people.list', version], () => api['people.list']({}));
  const orgs = useQuery(['organisations.list', version], () => api['organisations.list']({}));
  const projects = useQuery(['projects.list', version], () => api['projects.list']({}));
  const guides = useQuery(['guides.list', version], () => api['guides.list']({}));
  const lists = useReferenceLists();

  const [title, setTitle] = useState(interview?.title ?? '');
  const [date, setDate] = useState(interview?.date ?? '');
  const [place, setPlace] = useState(interview?.place ?? '');
  const [mode, setMode] = useState<InterviewMode | ''>(interview?.mode ?? '');
  const [interviewer, setInterviewer] = useState(interview?.interviewer ?? '');
  const [status, setStatus] = useState<InterviewStatus>(interview?.status ?? 'planned');
  const [guideId, setGuideId] = useState<string | null | undefined>(
    interview ? (interview.guide?.id ?? null) : undefined,
  );
  const [topic, setTopic] = useState(interview?.topic ?? '');
  const [notes, setNotes] = useState(interview?.notes ?? '');
  const [consentDate, setConsentDate] = useState(interview?.consentDate ?? '');
  const [consentScope, setConsentScope] = useState(interview?.consentScope ?? '');
  const [projectIds, setProjectIds] = useState<string[]>(interview?.projectIds ?? []);
  const [personIds, setPersonIds] = useState<string[]>(interview?.interviewees.map((p) => p.personId) ?? []);
  const [newPeople, setNewPeople] = useState<NewPersonDraft[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<{ path: string; message: string }[]>([]);
  const [busy, setBusy] = useState(false);

  const peopleById = useMemo(() => new Map((people.data ?? []).map((p) => [p.id, p])), [people.data]);
  const actorTypes = refItems(lists.data, 'actor-type');
  const structureTypes = refItems(lists.data, 'structure-type');
  const defaultGuide = guides.data?.find((g) => g.isDefault);
  const effectiveGuide = guideId === undefined ? (defaultGuide?.id ?? '') : (guideId ?? '');

  const patchPerson = (key: number, patch: Partial<NewPersonDraft>) =>
    setNewPeople((list) => list.map((p) => (p.key === key ? { ...p, ...patch } : p)));

  const submit = async () => {
    if (!title.trim()) {
      setError(t('iform.titleRequired'));
      return;
    }
    const bad = newPeople.find(
      (p) => !p.fullName.trim() || (p.organisationId === NEW_ORG && !p.orgName.trim()),
    );
    if (bad) {
      setError(bad.fullName.trim() ? t('iform.orgNameRequired') : t('iform.personNameRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    setIssues([]);
    const fields = {
      date: orNull(date),
      place: orNull(place),
      mode: mode || null,
      interviewer: orNull(interviewer),
      status,
      // untouched on a new interview: the workspace's default guide is assigned by the server
      ...(guideId !== undefined ? { guideId } : {}),
      topic: orNull(topic),
      notes: orNull(notes),
      consentDate: orNull(consentDate),
      consentScope: orNull(consentScope),
      intervieweeIds: personIds,
      newInterviewees: newPeople.map((p) => ({
        fullName: p.fullName.trim(),
        pseudonym: orNull(p.pseudonym),
        position: orNull(p.position),
        organisationId: p.organisationId && p.organisationId !== NEW_ORG ? p.organisationId : null,
        newOrganisation:
          p.organisationId === NEW_ORG
            ? {
                name: p.orgName.trim(),
                actorType: p.actorType || null,
                structureType: p.structureType || null,
              }
            : null,
        hierarchyLevel: p.level || null,
      })),
      projectIds,
    };
    try {
      const result = interview
        ? await api['interviews.update']({ id: interview.id, title: title.trim(), ...fields })
        : await api['interviews.create']({ title: title.trim(), ...fields });
      refreshHistory();
      onSaved(result.id);
    } catch (err) {
      const shown = toShownError(err);
      setError(shown.message);
      setIssues(shown.issues ?? []);
    } finally {
      setBusy(false);
    }
  };

  const field = (name: string) => `${ids}-${name}`;
  return (
    <Dialog
      title={interview ? t('iform.editTitle', { title: present(interview.title) }) : t('iform.newTitle')}
      onClose={onClose}
      className="interview-form-dialog"
      testId="interview-form"
      dismissable={!busy}
    >
      <form
        className="interview-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset className="form-section">
          <legend>{t('iform.section.interview')}</legend>
          <div className="form-cols">
            <label className="form-field span-2" htmlFor={field('title')}>
              <span>
                {t('iform.title')} <abbr title={t('iform.required')}>*</abbr>
              </span>
              <input
                id={field('title')}
                type="text"
                value={title}
                required
                data-autofocus
                onChange={(e) => setTitle(e.target.value)}
                data-testid="interview-form-title"
              />
            </label>
            <label className="form-field">
              <span>{t('iform.date')}</span>
              <input
                type="date"
                value={date}
                onChange={(e) => setDate(e.target.value)}
                data-testid="interview-form-date"
              />
            </label>
            <label className="form-field">
              <span>{t('iform.place')}</span>
              <input type="text" value={place} onChange={(e) => setPlace(e.target.value)} />
            </label>
            <label className="form-field">
              <span>{t('iform.mode')}</span>
              <select value={mode} onChange={(e) => setMode(e.target.value as InterviewMode | '')}>
                <option value="">{t('iform.none')}</option>
                {INTERVIEW_MODES.map((m) => (
                  <option key={m} value={m}>
                    {t(`interviewMode.${m}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="form-field">
              <span>{t('iform.status')}</span>
              <select
                value={status}
                onChange={(e) => setStatus(e.target.value as InterviewStatus)}
                data-testid="interview-form-status"
              >
                {INTERVIEW_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`interviewStatus.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="form-field">
              <span>{t('iform.interviewer')}</span>
              <input
                type="text"
                value={interviewer}
                list={field('interviewers')}
                onChange={(e) => setInterviewer(e.target.value)}
              />
              {/* a suggestion is a value the field takes: none in presentation mode, where it would be a name */}
              <datalist id={field('interviewers')}>
                {present.on ? null : interviewers.map((n) => <option key={n} value={n} />)}
              </datalist>
            </label>
            <label className="form-field">
              <span>{t('iform.guide')}</span>
              <select value={effectiveGuide} onChange={(e) => setGuideId(e.target.value || null)}>
                <option value="">{t('iform.noGuide')}</option>
                {(guides.data ?? []).map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="form-field span-2">
              <span>{t('iform.topic')}</span>
              <input type="text" value={topic} onChange={(e) => setTopic(e.target.value)} />
            </label>
            <label className="form-field">
              <span>{t('iform.consentDate')}</span>
              <input type="date" value={consentDate} onChange={(e) => setConsentDate(e.target.value)} />
            </label>
            <label className="form-field">
              <span>{t('iform.consentScope')}</span>
              <input
                type="text"
                value={consentScope}
                placeholder={t('iform.consentScopePlaceholder')}
                onChange={(e) => setConsentScope(e.target.value)}
              />
            </label>
            <label className="form-field span-2">
              <span>{t('iform.notes')}</span>
              <textarea rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
            </label>
          </div>
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('iform.section.people')}</legend>
          {personIds.length ? (
            <ul className="chip-list person-chips">
              {personIds.map((pid) => {
                const p = peopleById.get(pid) ?? interview?.interviewees.find((x) => x.personId === pid);
                const label = p ? personLabel('fullName' in p ? p.fullName : p.name, p.pseudonym) : pid;
                const pseudo = present.on ? null : p?.pseudonym;
                return (
                  <li key={pid} className="chip chip-neutral person-chip" data-testid="interview-form-person">
                    {label}
                    {pseudo ? <span className="muted person-chip-pseudo">({pseudo})</span> : null}
                    <button
                      type="button"
                      className="chip-x"
                      aria-label={t('iform.removePerson', { name: label })}
                      onClick={() => setPersonIds((list) => list.filter((x) => x !== pid))}
                    >
                      ×
                    </button>
                  </li>
                );
              })}
            </ul>
          ) : (
            <p className="muted small">{t('iform.noPeople')}</p>
          )}
          <div className="form-row">
            <label className="form-field grow">
              <span>{t('iform.addPerson')}</span>
              <select
                value=""
                onChange={(e) => {
                  const v = e.target.value;
                  if (v) setPersonIds((list) => (list.includes(v) ? list : [...list, v]));
                }}
                data-testid="interview-form-person-select"
              >
                <option value="">{people.data ? t('iform.pickPerson') : t('common.loading')}</option>
                {(people.data ?? [])
                  .filter((p) => !personIds.includes(p.id))
                  .map((p) => (
                    <option key={p.id} value={p.id}>
                      {[
                        personLabel(p.fullName, p.pseudonym),
                        p.pseudonym && !present.on ? `(${p.pseudonym})` : null,
                        p.organisation ? `— ${p.organisation}` : null,
                      ]
                        .filter(Boolean)
                        .join(' ')}
                    </option>
                  ))}
              </select>
            </label>
            <button
              type="button"
              className="btn"
              onClick={() => setNewPeople((list) => [...list, emptyPerson()])}
              data-testid="interview-form-new-person"
            >
              + {t('iform.newPerson')}
            </button>
          </div>
          {newPeople.map((p, i) => (
            <fieldset key={p.key} className="new-person" data-testid="interview-form-new-person-fields">
              <legend>{t('iform.newPersonN', { n: i + 1 })}</legend>
              <div className="form-cols">
                <label className="form-field">
                  <span>
                    {t('iform.fullName')} <abbr title={t('iform.required')}>*</abbr>
                  </span>
                  <input
                    type="text"
                    value={p.fullName}
                    autoFocus
                    onChange={(e) => patchPerson(p.key, { fullName: e.target.value })}
                    data-testid="new-person-name"
                  />
                </label>
                <label className="form-field">
                  <span>{t('iform.pseudonym')}</span>
                  <input
                    type="text"
                    value={p.pseudonym}
                    placeholder={t('iform.pseudonymPlaceholder')}
                    onChange={(e) => patchPerson(p.key, { pseudonym: e.target.value })}
                  />
                </label>
                <label className="form-field">
                  <span>{t('iform.position')}</span>
                  <input
                    type="text"
                    value={p.position}
                    onChange={(e) => patchPerson(p.key, { position: e.target.value })}
                  />
                </label>
                <label className="form-field">
                  <span>{t('iform.level')}</span>
                  <select
                    value={p.level}
                    onChange={(e) => patchPerson(p.key, { level: e.target.value as Level | '' })}
                  >
                    <option value="">{t('iform.none')}</option>
                    {LEVELS.map((l) => (
                      <option key={l} value={l}>
                        {t(`iform.level.${l}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="form-field span-2">
                  <span>{t('iform.organisation')}</span>
                  <select
                    value={p.organisationId}
                    onChange={(e) => patchPerson(p.key, { organisationId: e.target.value })}
                    data-testid="new-person-org"
                  >
                    <option value="">{t('iform.none')}</option>
                    <option value={NEW_ORG}>+ {t('iform.newOrg')}</option>
                    {(orgs.data ?? []).map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                  </select>
                </label>
                {p.organisationId === NEW_ORG ? (
                  <>
                    <label className="form-field span-2">
                      <span>
                        {t('iform.orgName')} <abbr title={t('iform.required')}>*</abbr>
                      </span>
                      <input
                        type="text"
                        value={p.orgName}
                        onChange={(e) => patchPerson(p.key, { orgName: e.target.value })}
                        data-testid="new-org-name"
                      />
                    </label>
                    <label className="form-field">
                      <span>{t('iform.actorType')}</span>
                      <select
                        value={p.actorType}
                        onChange={(e) => patchPerson(p.key, { actorType: e.target.value })}
                      >
                        <option value="">{t('iform.none')}</option>
                        {actorTypes.map((a) => (
                          <option key={a.key} value={a.key}>
                            {refItemLabel(a, t.lang)}
                          </option>
                        ))}
                      </select>
                    </label>
                    <label className="form-field">
                      <span>{t('iform.structureType')}</span>
                      <select
                        value={p.structureType}
                        onChange={(e) => patchPerson(p.key, { structureType: e.target.value })}
                      >
                        <option value="">{t('iform.none')}</option>
                        {structureTypes.map((a) => (
                          <option key={a.key} value={a.key}>
                            {refItemLabel(a, t.lang)}
                          </option>
                        ))}
                      </select>
                    </label>
                  </>
                ) : null}
              </div>
              <button
                type="button"
                className="btn ghost"
                onClick={() => setNewPeople((list) => list.filter((x) => x.key !== p.key))}
              >
                {t('iform.removeNewPerson')}
              </button>
            </fieldset>
          ))}
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('iform.section.projects')}</legend>
          {projects.data && projects.data.length === 0 ? (
            <p className="muted small">{t('iform.noProjects')}</p>
          ) : null}
          <ul className="check-list cols">
            {(projects.data ?? []).map((p) => (
              <li key={p.id}>
                <label className="checkbox-row">
                  <input
                    type="checkbox"
                    checked={projectIds.includes(p.id)}
                    onChange={(e) =>
                      setProjectIds((list) =>
                        e.target.checked ? [...list, p.id] : list.filter((x) => x !== p.id),
                      )
                    }
                  />
                  <span>{p.name}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>

        {error ? (
          <div className="form-error" role="alert" data-testid="interview-form-error">
            <p>{error}</p>
            {issues.length ? (
              <ul>
                {issues.map((issue, i) => (
                  <li key={i}>
                    {issue.path ? <code>{issue.path}</code> : null} {issue.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <div className="form-actions">
          <button type="button" className="btn" onClick={onClose} disabled={busy}>
            {t('act.cancel')}
          </button>
          <button type="submit" className="btn primary" disabled={busy} data-testid="interview-form-submit">
            {busy ? t('iform.saving') : interview ? t('iform.save') : t('iform.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
