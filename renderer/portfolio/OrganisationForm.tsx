import { useId, useState } from 'react';
import type { Organisation } from '../../shared/domain';
import { api } from '../api';
import { useT } from '../i18n';
import { PresentableTextarea } from '../privacy/Presentation';
import { useReferenceLists } from '../lib/data';
import { refItems } from '../lib/refs';
import { toShownError } from '../stores/errors';
import { useOrganisations, write } from './data';
import { findOrganisationByName } from './filters';
import { OrgPicker } from './OrgPicker';
import { RefSelect } from './RefSelect';
import { FormDialog } from '../components/FormDialog';
import { FormField } from '../components/FormParts';

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** Other names as chips: typed in the field, added with Enter (or on leaving it), removed with their ×. */
function AliasChips({
  value,
  onChange,
  label,
}: {
  value: string[];
  onChange: (v: string[]) => void;
  label: string;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const add = () => {
    const alias = text.trim();
    if (alias && !value.includes(alias)) onChange([...value, alias]);
    setText('');
  };
  return (
    <div className="pf-alias-field">
      {value.length ? (
        <ul className="chip-list" aria-label={label}>
          {value.map((a) => (
            <li key={a} className="chip chip-neutral">
              {a}
              <button
                type="button"
                className="chip-x"
                aria-label={t('pf.org.removeAlias', { alias: a })}
                onClick={() => onChange(value.filter((x) => x !== a))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        type="text"
        aria-label={label}
        value={text}
        placeholder={t('pf.org.aliasPlaceholder')}
        data-testid="org-form-alias"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          } else if (e.key === 'Backspace' && !text && value.length) onChange(value.slice(0, -1));
        }}
        onBlur={add}
      />
    </div>
  );
}

/** Creates or edits an organisation of the directory. */
export function OrganisationForm({
  organisation,
  onClose,
  onSaved,
}: {
  organisation?: Organisation;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const t = useT();
  const ids = useId();
  const lists = useReferenceLists();
  const orgs = useOrganisations();
  const [name, setName] = useState(organisation?.name ?? '');
  const [aliases, setAliases] = useState<string[]>(organisation?.aliases ?? []);
  const [actorType, setActorType] = useState(organisation?.actorType ?? '');
  const [structureType, setStructureType] = useState(organisation?.structureType ?? '');
  const [region, setRegion] = useState(organisation?.region ?? '');
  const [sector, setSector] = useState<'public' | 'private' | ''>(organisation?.sector ?? '');
  const [parentId, setParentId] = useState<string | null>(organisation?.parentId ?? null);
  const [city, setCity] = useState(organisation?.city ?? '');
  const [notes, setNotes] = useState(organisation?.notes ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const duplicate = name.trim() ? findOrganisationByName(orgs.data ?? [], name) : null;
  const sameName = duplicate && duplicate.id !== organisation?.id ? duplicate : null;
  const structures = refItems(lists.data, 'structure-type');
  // structure types that map to the chosen actor type first, the others after
  const structureItems = actorType
    ? [
        ...structures.filter((s) => s.parentKey === actorType),
        ...structures.filter((s) => s.parentKey !== actorType),
      ]
    : structures;

  const submit = async () => {
    if (!name.trim()) return setError(t('pf.org.nameRequired'));
    setBusy(true);
    setError(null);
    try {
      const { id } = await write(() =>
        api['organisations.save']({
          ...(organisation ? { id: organisation.id } : {}),
          name: name.trim(),
          aliases,
          actorType: actorType || null,
          structureType: structureType || null,
          region: region || null,
          sector: sector || null,
          parentId,
          city: orNull(city),
          notes: orNull(notes),
        }),
      );
      onSaved(id);
    } catch (err) {
      setError(toShownError(err).message);
      setBusy(false);
    }
  };
  const field = (n: string) => `${ids}-${n}`;

  return (
    <FormDialog
      title={organisation ? t('pf.org.editTitle', { name: organisation.name }) : t('pf.org.newTitle')}
      onClose={onClose}
      className="pf-org-dialog"
      testId="org-form"
      busy={busy}
      error={error}
      submitLabel={organisation ? t('pf.save') : t('pf.org.create')}
      onSubmit={() => void submit()}
    >
      <div className="form-cols">
        <FormField id={field('name')} label={t('pf.org.name')} required className="span-2">
          <input
            id={field('name')}
            type="text"
            value={name}
            data-autofocus
            data-testid="org-form-name"
            onChange={(e) => setName(e.target.value)}
          />
          {sameName ? (
            <span className="pf-field-hint warn" role="status">
              {t('pf.org.sameName', { name: sameName.name })}
            </span>
          ) : null}
        </FormField>
        <div className="form-field span-2">
          <span>{t('pf.org.aliases')}</span>
          <AliasChips value={aliases} onChange={setAliases} label={t('pf.org.aliases')} />
        </div>
        <FormField id={field('actor')} label={t('project.actorType')}>
          <RefSelect
            id={field('actor')}
            items={refItems(lists.data, 'actor-type')}
            groups={refItems(lists.data, 'actor-group')}
            value={actorType}
            onChange={setActorType}
            testId="org-form-actor-type"
          />
        </FormField>
        <FormField id={field('structure')} label={t('pf.org.structureType')}>
          <RefSelect
            id={field('structure')}
            items={structureItems}
            value={structureType}
            onChange={setStructureType}
          />
        </FormField>
        <FormField id={field('region')} label={t('project.region')}>
          <RefSelect
            id={field('region')}
            items={refItems(lists.data, 'region')}
            value={region}
            onChange={setRegion}
            byLabel
            testId="org-form-region"
          />
        </FormField>
        <FormField id={field('city')} label={t('pf.org.city')}>
          <input id={field('city')} type="text" value={city} onChange={(e) => setCity(e.target.value)} />
        </FormField>
        <fieldset className="form-field radio-group">
          <legend>{t('pf.org.sector')}</legend>
          {(['public', 'private', ''] as const).map((s) => (
            <label key={s || 'none'} className="radio">
              <input
                type="radio"
                name={field('sector')}
                checked={sector === s}
                onChange={() => setSector(s)}
              />
              {s ? t(`pf.sector.${s}`) : t('pf.notSet')}
            </label>
          ))}
        </fieldset>
        <div className="form-field">
          <span>{t('pf.org.parent')}</span>
          <OrgPicker
            orgs={orgs.data ?? []}
            value={parentId}
            onChange={setParentId}
            label={t('pf.org.parent')}
            excludeIds={organisation ? [organisation.id] : []}
            placeholder={t('pf.org.parentPlaceholder')}
          />
        </div>
        <FormField id={field('notes')} label={t('project.notes')} className="span-2">
          <PresentableTextarea
            id={field('notes')}
            rows={3}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
          />
        </FormField>
      </div>
    </FormDialog>
  );
}
