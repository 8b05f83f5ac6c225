import { useId, useState, type FormEvent } from 'react';
import type { ErasurePreview, PersonConsent } from '../../shared/api/workspace';
import type { Person } from '../../shared/domain';
import { api } from '../api';
import { PrivacyModal } from './PrivacyModal';
import { Loading, LoadFailed } from '../components/States';
import { useT } from '../i18n';
import { formatBytes, formatDate } from '../lib/format';
import { useQuery } from '../lib/useQuery';
import { reportError } from '../stores/errors';
import { useWorkspaceStore } from '../stores/workspace';
import { usePersonLabel, usePresentationText } from './presentation';
import { PresentableInput } from './Presentation';

/** Saves a text file through the browser's download (works in Electron's sandboxed renderer too). */
export function downloadText(fileName: string, content: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Settings card: each person's consent, the export of their data and their erasure (GDPR). */
export function PeopleCard() {
  const t = useT();
  const version = useWorkspaceStore((s) => s.version);
  const people = useQuery(['people.list', version], () => api['people.list']({}), { keepPrevious: true });
  const [status, setStatus] = useState<string | null>(null);
  const [erasing, setErasing] = useState<Person | null>(null);
  const label = usePersonLabel();

  return (
    <section className="card privacy-card" aria-labelledby="st-people" data-testid="people-card">
      <h2 id="st-people">{t('people.title')}</h2>
      <p className="muted small">{t('people.help')}</p>
      {status ? (
        <p role="status" className="small" data-testid="people-status">
          {status}
        </p>
      ) : null}
      {people.data ? (
        people.data.length === 0 ? (
          <p className="muted">{t('people.empty')}</p>
        ) : (
          <ul className="privacy-people">
            {people.data.map((p) => (
              <PersonRow key={p.id} person={p} onStatus={setStatus} onErase={() => setErasing(p)} />
            ))}
          </ul>
        )
      ) : people.error ? (
        <LoadFailed onRetry={people.reload} />
      ) : (
        <Loading lines={3} />
      )}
      {erasing ? (
        <EraseDialog
          person={erasing}
          onClose={() => setErasing(null)}
          onErased={() => {
            setStatus(t('people.erased.done', { name: label(erasing.fullName, erasing.pseudonym) }));
            setErasing(null);
            useWorkspaceStore.getState().replaced();
          }}
        />
      ) : null}
    </section>
  );
}

function consentSummary(t: ReturnType<typeof useT>, c: PersonConsent | undefined): string {
  if (!c) return '…';
  const parts: string[] = [];
  if (c.consentDate) parts.push(t('people.consentGiven', { date: formatDate(t.lang, c.consentDate) }));
  if (c.consentScope) parts.push(`« ${c.consentScope} »`);
  if (c.consentWithdrawnAt)
    parts.push(t('people.consentWithdrawn', { date: formatDate(t.lang, c.consentWithdrawnAt) }));
  return parts.length ? parts.join(' · ') : t('people.consentNone');
}

function PersonRow({
  person,
  onStatus,
  onErase,
}: {
  person: Person;
  onStatus: (s: string) => void;
  onErase: () => void;
}) {
  const t = useT();
  const label = usePersonLabel();
  const present = usePresentationText();
  const readOnly = useWorkspaceStore((s) => s.info?.readOnly ?? false);
  const consent = useQuery(['people.getConsent', person.id], () =>
    api['people.getConsent']({ id: person.id }),
  );
  const [editing, setEditing] = useState(false);
  const [exporting, setExporting] = useState(false);
  const name = label(person.fullName, person.pseudonym);
  const erased = consent.data?.erased ?? false;

  const exportData = async () => {
    setExporting(true);
    try {
      const result = await api['people.export']({ id: person.id });
      downloadText(result.fileName, result.content);
      onStatus(t('people.exported', { name, file: result.fileName }));
    } catch (err) {
      reportError(err);
    } finally {
      setExporting(false);
    }
  };

  return (
    <li className="privacy-person" data-testid="person-row" data-person-id={person.id}>
      <div className="privacy-person-head">
        <strong className="privacy-person-name">{name}</strong>
        {person.pseudonym && name !== person.pseudonym ? (
          <span className="chip chip-neutral">{person.pseudonym}</span>
        ) : null}
        {erased ? <span className="chip privacy-off">{t('people.erased')}</span> : null}
        {person.organisation ? <span className="muted small">{person.organisation}</span> : null}
      </div>
      <p className="small privacy-consent" data-testid="person-consent">
        <span className="muted">{t('people.consent')} : </span>
        {present(consentSummary(t, consent.data))}
      </p>
      <div className="privacy-actions">
        <button
          type="button"
          className="btn"
          disabled={readOnly || erased}
          aria-expanded={editing}
          onClick={() => setEditing((e) => !e)}
          data-testid="person-consent-edit"
        >
          {t('people.consentEdit')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={exporting}
          aria-label={t('people.exportItem', { name })}
          onClick={() => void exportData()}
          data-testid="person-export"
        >
          {t('people.export')}
        </button>
        <button
          type="button"
          className="btn danger-outline"
          disabled={readOnly || erased}
          aria-label={t('people.eraseItem', { name })}
          onClick={onErase}
          data-testid="person-erase"
        >
          {t('people.erase')}
        </button>
      </div>
      {editing && consent.data ? (
        <ConsentForm
          consent={consent.data}
          onSaved={() => {
            setEditing(false);
            consent.reload();
            onStatus(t('people.consentSaved'));
          }}
        />
      ) : null}
    </li>
  );
}

function ConsentForm({ consent, onSaved }: { consent: PersonConsent; onSaved: () => void }) {
  const t = useT();
  const [date, setDate] = useState(consent.consentDate ?? '');
  const [scope, setScope] = useState(consent.consentScope ?? '');
  const [withdrawn, setWithdrawn] = useState(consent.consentWithdrawnAt ?? '');
  const [saving, setSaving] = useState(false);
  const ids = { date: useId(), scope: useId(), withdrawn: useId() };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    try {
      await api['people.setConsent']({
        id: consent.id,
        consentDate: date || null,
        consentScope: scope.trim() || null,
        consentWithdrawnAt: withdrawn || null,
      });
      onSaved();
    } catch (err) {
      reportError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="privacy-settings" onSubmit={(e) => void save(e)} data-testid="person-consent-form">
      <div className="privacy-field">
        <label htmlFor={ids.date}>{t('people.consentDate')}</label>
        <input id={ids.date} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      <div className="privacy-field grow">
        <label htmlFor={ids.scope}>{t('people.consentScope')}</label>
        <PresentableInput
          id={ids.scope}
          type="text"
          maxLength={500}
          value={scope}
          onChange={(e) => setScope(e.target.value)}
        />
      </div>
      <div className="privacy-field">
        <label htmlFor={ids.withdrawn}>{t('people.consentWithdrawnAt')}</label>
        <input
          id={ids.withdrawn}
          type="date"
          value={withdrawn}
          onChange={(e) => setWithdrawn(e.target.value)}
        />
      </div>
      <button type="submit" className="btn primary" disabled={saving} data-testid="person-consent-save">
        {t('people.consentSave')}
      </button>
    </form>
  );
}

const PREVIEW_ROWS: [keyof ErasurePreview & string, Parameters<ReturnType<typeof useT>>[0]][] = [
  ['turns', 'people.erase.turns'],
  ['mentions', 'people.erase.mentions'],
  ['transcripts', 'people.erase.transcripts'],
  ['segmentsDeleted', 'people.erase.segmentsDeleted'],
  ['segmentsChanged', 'people.erase.segmentsChanged'],
  ['memosChanged', 'people.erase.memosChanged'],
  ['otherTextsChanged', 'people.erase.otherTextsChanged'],
  ['historyEntries', 'people.erase.historyEntries'],
];

function EraseDialog({
  person,
  onClose,
  onErased,
}: {
  person: Person;
  onClose: () => void;
  onErased: () => void;
}) {
  const t = useT();
  const label = usePersonLabel();
  const preview = useQuery(['people.erasePreview', person.id], () =>
    api['people.erasePreview']({ id: person.id }),
  );
  const [typed, setTyped] = useState('');
  const [purge, setPurge] = useState(false);
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const ids = { typed: useId(), purge: useId() };
  const word = (person.pseudonym ?? '').trim() || person.fullName.trim();
  const matches = typed.trim() === word;
  const name = label(person.fullName, person.pseudonym);
  const p = preview.data;

  const erase = async () => {
    if (!matches) return;
    setWorking(true);
    setProblem(null);
    try {
      await api['people.erase']({ id: person.id, confirm: true, ...(purge ? { purgeBackups: true } : {}) });
      onErased();
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
      setWorking(false);
    }
  };

  return (
    <PrivacyModal
      title={t('people.eraseTitle', { name })}
      testId="person-erase-dialog"
      working={working}
      onClose={onClose}
      cancelLabel={t('people.cancel')}
      problem={problem}
      action={
        <button
          type="button"
          className="btn danger"
          disabled={!matches || working || !p}
          onClick={() => void erase()}
          data-testid="person-erase-confirm"
        >
          {working ? t('people.erase.working') : t('people.erase.confirm')}
        </button>
      }
    >
      {p ? (
        <>
          <p>{t('people.eraseIntro')}</p>
          <dl className="privacy-counts" data-testid="person-erase-preview">
            {PREVIEW_ROWS.map(([k, key]) => (
              <div key={k}>
                <dt>{t(key)}</dt>
                <dd>{String(p[k])}</dd>
              </div>
            ))}
            <div>
              <dt>{t('people.erase.interviews')}</dt>
              <dd>{p.links.interviews}</dd>
            </div>
          </dl>
          {p.warnings.length ? (
            <ul className="privacy-warning">
              {p.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          ) : null}
          {p.backups.count ? (
            <>
              {/* The API's warnings (French) already name the backups; the counted notice stands in for them otherwise. */}
              {p.warnings.length ? null : (
                <p className="privacy-warning" data-testid="person-erase-backups">
                  {t.count('people.erase.backups', p.backups.count, {
                    size: formatBytes(t.lang, p.backups.bytes),
                  })}
                </p>
              )}
              <div className="checkbox-row">
                <input
                  id={ids.purge}
                  type="checkbox"
                  checked={purge}
                  onChange={(e) => setPurge(e.target.checked)}
                />
                <label htmlFor={ids.purge}>{t('people.erase.purge')}</label>
              </div>
            </>
          ) : null}
          <div className="privacy-field">
            <label htmlFor={ids.typed}>{t('people.erase.typeToConfirm', { word })}</label>
            <input
              id={ids.typed}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              data-autofocus
              data-testid="person-erase-confirm-input"
            />
          </div>
        </>
      ) : preview.error ? (
        <LoadFailed onRetry={preview.reload} />
      ) : (
        <Loading lines={3} />
      )}
    </PrivacyModal>
  );
}
