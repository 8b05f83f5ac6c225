import { useId, useState, type CSSProperties, type ReactNode } from 'react';
import type { CodeNode } from '../../shared/domain';
import { useT } from '../i18n';
import { PresentableTextarea } from '../privacy/Presentation';
import { codeColor, codeLabel, codePath, type CodeIndex } from '../lib/codes';
import type { CodeExtras } from './csv-file';
import { CODE_PALETTE, isHexColor, type RolledUp } from './tree-model';

export interface CodeDraft {
  name: string;
  nameEn: string;
  color: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
}

export type CodeChanges = Partial<{
  name: string;
  nameEn: string | null;
  color: string | null;
  definition: string | null;
  inclusion: string | null;
  exclusion: string | null;
  example: string | null;
}>;

export function draftOf(code: CodeNode, extras: CodeExtras | undefined): CodeDraft {
  return {
    name: code.name,
    nameEn: code.nameEn ?? '',
    color: code.color ?? '',
    definition: code.definition ?? '',
    inclusion: extras?.inclusion ?? '',
    exclusion: extras?.exclusion ?? '',
    example: extras?.example ?? '',
  };
}

/** The fields that differ from the saved ones, as codes.update wants them (empty text clears a field). */
export function changesOf(saved: CodeDraft, draft: CodeDraft): CodeChanges {
  const out: CodeChanges = {};
  const text = (v: string) => (v.trim() === '' ? null : v.trim());
  if (draft.name.trim() !== saved.name) out.name = draft.name.trim();
  for (const key of ['nameEn', 'color', 'definition', 'inclusion', 'exclusion', 'example'] as const) {
    if (text(draft[key]) !== text(saved[key])) out[key] = text(draft[key]);
  }
  return out;
}

/**
 * The selected code's card: its usage, the fields of its definition (name, English name, colour, definition,
 * inclusion and exclusion criteria, example) and the actions on it.
 */
export function CodeEditPanel({
  code,
  index,
  rolled,
  extras,
  extrasLoading,
  onSave,
  onAction,
  onShowVerbatims,
  onClose,
}: {
  code: CodeNode;
  index: CodeIndex;
  rolled: RolledUp | undefined;
  extras: CodeExtras | undefined;
  extrasLoading: boolean;
  onSave: (changes: CodeChanges) => Promise<boolean>;
  onAction: (action: 'child' | 'rename' | 'move' | 'merge' | 'delete') => void;
  onShowVerbatims: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const saved = draftOf(code, extras);
  const [draft, setDraft] = useState(saved);
  const [saving, setSaving] = useState(false);
  const [tried, setTried] = useState(false);
  const ids = {
    name: useId(),
    nameEn: useId(),
    color: useId(),
    def: useId(),
    inc: useId(),
    exc: useId(),
    ex: useId(),
  };
  const changes = changesOf(saved, draft);
  const dirty = Object.keys(changes).length > 0;
  const nameError = draft.name.trim() === '' ? t('cb.edit.nameRequired') : null;
  const colorError =
    draft.color.trim() !== '' && !isHexColor(draft.color.trim()) ? t('cb.edit.colorInvalid') : null;
  const path = codePath(index, code.id, t.lang);
  const inherited = code.color ? null : codeColor(index, code.id);
  const set = (key: keyof CodeDraft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const name = codeLabel(code, t.lang);

  const save = async () => {
    setTried(true);
    if (nameError || colorError || !dirty) return;
    setSaving(true);
    const ok = await onSave(changes);
    setSaving(false);
    if (ok) setTried(false);
  };

  return (
    <aside className="code-panel card" aria-labelledby={`${ids.name}-title`} data-testid="code-edit-panel">
      <div className="code-panel-head">
        <span
          className="code-dot big"
          style={{ '--code': codeColor(index, code.id) } as CSSProperties}
          aria-hidden="true"
        />
        <div className="code-panel-title">
          {path.length > 1 ? <p className="muted small code-path">{path.slice(0, -1).join(' › ')}</p> : null}
          <h2 id={`${ids.name}-title`}>{name}</h2>
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('cb.edit.close')}>
          ×
        </button>
      </div>

      <p className="code-usage">
        {t('cb.edit.usage', { segments: code.segmentCount, interviews: code.interviewCount })}
        {rolled && rolled.descendants > 0 ? (
          <>
            <br />
            <span className="muted small">
              {t('cb.rollup', { codings: rolled.codings, interviews: rolled.interviewsAtLeast })}
            </span>
          </>
        ) : null}
      </p>
      {code.segmentCount > 0 || (rolled?.codings ?? 0) > 0 ? (
        <button
          type="button"
          className="btn ghost small-btn"
          onClick={onShowVerbatims}
          data-testid="code-show-verbatims"
        >
          {t('cb.edit.showVerbatims')}
        </button>
      ) : null}

      <div className="code-actions" role="group" aria-label={t('cb.edit.actions')}>
        <button type="button" className="btn" onClick={() => onAction('child')} data-testid="code-new-child">
          {t('cb.action.newChild')}
        </button>
        <button type="button" className="btn" onClick={() => onAction('rename')} data-testid="code-rename">
          {t('cb.action.rename')}
        </button>
        <button type="button" className="btn" onClick={() => onAction('move')} data-testid="code-move">
          {t('cb.action.move')}
        </button>
        <button type="button" className="btn" onClick={() => onAction('merge')} data-testid="code-merge">
          {t('cb.action.merge')}
        </button>
        <button
          type="button"
          className="btn cb-danger"
          onClick={() => onAction('delete')}
          data-testid="code-delete"
        >
          {t('cb.action.delete')}
        </button>
      </div>

      <form
        className="code-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <FormField id={ids.name} label={t('cb.edit.name')} error={tried ? nameError : null}>
          <input
            id={ids.name}
            type="text"
            value={draft.name}
            maxLength={300}
            required
            onChange={(e) => set('name')(e.target.value)}
            data-testid="code-name-input"
          />
        </FormField>
        <FormField id={ids.nameEn} label={t('cb.edit.nameEn')}>
          <input
            id={ids.nameEn}
            type="text"
            value={draft.nameEn}
            maxLength={300}
            onChange={(e) => set('nameEn')(e.target.value)}
            data-testid="code-name-en-input"
          />
        </FormField>

        <fieldset className="cb-field color-field">
          <legend>{t('cb.edit.color')}</legend>
          <div className="swatches" role="radiogroup" aria-label={t('cb.edit.palette')}>
            {CODE_PALETTE.map((c) => (
              <button
                key={c}
                type="button"
                role="radio"
                aria-checked={draft.color.toLowerCase() === c}
                aria-label={c}
                title={c}
                className="swatch"
                style={{ '--code': c } as CSSProperties}
                onClick={() => set('color')(c)}
              />
            ))}
          </div>
          <div className="color-inputs">
            <input
              type="color"
              value={
                isHexColor(draft.color.trim()) ? draft.color.trim().toLowerCase() : (inherited ?? '#5d6d7e')
              }
              onChange={(e) => set('color')(e.target.value)}
              aria-label={t('cb.edit.colorPicker')}
            />
            <label htmlFor={ids.color} className="sr-only">
              {t('cb.edit.colorHex')}
            </label>
            <input
              id={ids.color}
              type="text"
              className="mono"
              value={draft.color}
              placeholder={inherited ?? '#RRGGBB'}
              maxLength={7}
              spellCheck={false}
              aria-invalid={colorError ? true : undefined}
              aria-describedby={`${ids.color}-hint`}
              onChange={(e) => set('color')(e.target.value)}
              data-testid="code-color-input"
            />
          </div>
          <p id={`${ids.color}-hint`} className={colorError ? 'field-hint' : 'muted small'}>
            {colorError ??
              (inherited ? t('cb.edit.colorInherited', { color: inherited }) : t('cb.edit.colorHelp'))}
          </p>
        </fieldset>

        <FormField id={ids.def} label={t('cb.edit.definition')}>
          <PresentableTextarea
            id={ids.def}
            rows={4}
            value={draft.definition}
            onChange={(e) => set('definition')(e.target.value)}
            data-testid="code-definition-input"
          />
        </FormField>
        {extrasLoading && !extras ? (
          <p className="muted small" role="status">
            {t('common.loading')}
          </p>
        ) : null}
        <FormField id={ids.inc} label={t('cb.edit.inclusion')}>
          <PresentableTextarea
            id={ids.inc}
            rows={3}
            value={draft.inclusion}
            onChange={(e) => set('inclusion')(e.target.value)}
            data-testid="code-inclusion-input"
          />
        </FormField>
        <FormField id={ids.exc} label={t('cb.edit.exclusion')}>
          <PresentableTextarea
            id={ids.exc}
            rows={3}
            value={draft.exclusion}
            onChange={(e) => set('exclusion')(e.target.value)}
            data-testid="code-exclusion-input"
          />
        </FormField>
        <FormField id={ids.ex} label={t('cb.edit.example')}>
          <PresentableTextarea
            id={ids.ex}
            rows={3}
            value={draft.example}
            onChange={(e) => set('example')(e.target.value)}
            data-testid="code-example-input"
          />
        </FormField>

        <div className="cb-form-actions">
          <button type="submit" className="btn primary" disabled={saving || !dirty} data-testid="code-save">
            {saving ? t('cb.edit.saving') : t('cb.edit.save')}
          </button>
          <button
            type="button"
            className="btn ghost"
            disabled={saving || !dirty}
            onClick={() => setDraft(saved)}
          >
            {t('cb.edit.revert')}
          </button>
          {dirty ? <span className="muted small">{t('cb.edit.unsaved')}</span> : null}
        </div>
      </form>
    </aside>
  );
}

function FormField({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string | null;
  children: ReactNode;
}) {
  return (
    <div className="cb-field">
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <p className="field-hint" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
