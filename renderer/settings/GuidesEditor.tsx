import { useState } from 'react';
import type { GuideSummary } from '../../shared/api';
import { api } from '../api';
import { EmptyState, Loading, LoadFailed } from '../components/States';
import { useT } from '../i18n';
import { useQuery } from '../lib/useQuery';
import { reportError } from '../stores/errors';
import { useHistoryStore } from '../stores/history';
import { useWorkspaceStore } from '../stores/workspace';
import { draftOf, emptyAxis, moveAxis, toSaveInput, type GuideDraft } from './guide-draft';

/** Interview guides: read each guide's axes, edit them, make a new guide, choose the default one. */
export function GuidesEditor() {
  const t = useT();
  const version = useWorkspaceStore((s) => s.version);
  const historyVersion = useHistoryStore((s) => s.version);
  const guides = useQuery(['guides.list', version, historyVersion], () => api['guides.list']({}), {
    keepPrevious: true,
  });
  const [draft, setDraft] = useState<GuideDraft | null>(null);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const save = async () => {
    if (!draft) return;
    setSaving(true);
    try {
      await api['guides.save'](toSaveInput(draft));
      setDraft(null);
      setMessage(t('guides.saved'));
      guides.reload();
    } catch (err) {
      reportError(err);
    } finally {
      setSaving(false);
    }
  };

  const axisText = (i: number, key: 'labelFr' | 'labelEn' | 'promptsFr' | 'promptsEn', value: string) =>
    setDraft((d) => (d ? { ...d, axes: d.axes.map((a, j) => (j === i ? { ...a, [key]: value } : a)) } : d));

  return (
    <section className="card" aria-labelledby="st-guides" data-testid="guides-editor">
      <div className="card-head">
        <h2 id="st-guides">{t('guides.title')}</h2>
        {!draft ? (
          <button
            type="button"
            className="btn"
            data-testid="guide-new"
            onClick={() =>
              setDraft({ name: t('guides.newName'), description: '', isDefault: false, axes: [emptyAxis()] })
            }
          >
            {t('guides.new')}
          </button>
        ) : null}
      </div>
      <p className="muted small">{t('guides.help')}</p>
      {message ? (
        <p role="status" className="small">
          {message}
        </p>
      ) : null}

      {draft ? (
        <form
          className="guide-form"
          data-testid="guide-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label className="form-field">
            <span>{t('guides.name')}</span>
            <input
              type="text"
              value={draft.name}
              required
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              data-testid="guide-name"
            />
          </label>
          <label className="form-field">
            <span>{t('guides.description')}</span>
            <input
              type="text"
              value={draft.description}
              onChange={(e) => setDraft({ ...draft, description: e.target.value })}
            />
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.isDefault}
              onChange={(e) => setDraft({ ...draft, isDefault: e.target.checked })}
            />{' '}
            {t('guides.makeDefault')}
          </label>
          <ol className="guide-axes">
            {draft.axes.map((axis, i) => (
              <li key={axis.id ?? `new-${i}`} className="guide-axis" data-testid="guide-axis">
                <div className="guide-axis-head">
                  <strong>{t('guides.axis', { n: i + 1 })}</strong>
                  <span className="guide-axis-tools">
                    <button
                      type="button"
                      className="btn ghost"
                      aria-label={t('guides.up', { n: i + 1 })}
                      disabled={i === 0}
                      onClick={() => setDraft({ ...draft, axes: moveAxis(draft.axes, i, -1) })}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="btn ghost"
                      aria-label={t('guides.down', { n: i + 1 })}
                      disabled={i === draft.axes.length - 1}
                      onClick={() => setDraft({ ...draft, axes: moveAxis(draft.axes, i, 1) })}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="btn ghost"
                      aria-label={t('guides.remove', { n: i + 1 })}
                      onClick={() => setDraft({ ...draft, axes: draft.axes.filter((_, j) => j !== i) })}
                    >
                      ×
                    </button>
                  </span>
                </div>
                <div className="guide-axis-grid">
                  <label className="form-field">
                    <span>{t('guides.labelFr')}</span>
                    <input
                      type="text"
                      value={axis.labelFr}
                      lang="fr"
                      onChange={(e) => axisText(i, 'labelFr', e.target.value)}
                      data-testid="guide-axis-label"
                    />
                  </label>
                  <label className="form-field">
                    <span>{t('guides.labelEn')}</span>
                    <input
                      type="text"
                      value={axis.labelEn}
                      lang="en"
                      onChange={(e) => axisText(i, 'labelEn', e.target.value)}
                    />
                  </label>
                  <label className="form-field">
                    <span>{t('guides.promptsFr')}</span>
                    <textarea
                      rows={2}
                      value={axis.promptsFr}
                      lang="fr"
                      onChange={(e) => axisText(i, 'promptsFr', e.target.value)}
                    />
                  </label>
                  <label className="form-field">
                    <span>{t('guides.promptsEn')}</span>
                    <textarea
                      rows={2}
                      value={axis.promptsEn}
                      lang="en"
                      onChange={(e) => axisText(i, 'promptsEn', e.target.value)}
                    />
                  </label>
                </div>
                <label className="checkbox small">
                  <input
                    type="checkbox"
                    checked={axis.optional}
                    onChange={(e) =>
                      setDraft({
                        ...draft,
                        axes: draft.axes.map((a, j) => (j === i ? { ...a, optional: e.target.checked } : a)),
                      })
                    }
                  />{' '}
                  {t('guides.optional')}
                </label>
              </li>
            ))}
          </ol>
          <div className="form-actions-row">
            <button
              type="button"
              className="btn"
              onClick={() => setDraft({ ...draft, axes: [...draft.axes, emptyAxis()] })}
            >
              {t('guides.addAxis')}
            </button>
            <span className="spacer" />
            <button type="button" className="btn ghost" onClick={() => setDraft(null)}>
              {t('guides.cancel')}
            </button>
            <button
              type="submit"
              className="btn primary"
              disabled={saving || !draft.name.trim()}
              data-testid="guide-save"
            >
              {t('guides.save')}
            </button>
          </div>
        </form>
      ) : guides.data ? (
        guides.data.length === 0 ? (
          <EmptyState title={t('guides.empty')} />
        ) : (
          <ul className="guide-list">
            {guides.data.map((g: GuideSummary) => (
              <li key={g.id} className="guide-item" data-testid="guide-item">
                <div>
                  <strong>{g.name}</strong>{' '}
                  {g.isDefault ? <span className="chip">{t('guides.default')}</span> : null}
                  <div className="muted small">{t.count('guides.axesCount', g.axes.length)}</div>
                  <ol className="guide-axis-names small">
                    {g.axes.map((a) => (
                      <li key={a.id}>{t.lang === 'en' ? a.labelEn || a.labelFr : a.labelFr}</li>
                    ))}
                  </ol>
                </div>
                <button
                  type="button"
                  className="btn"
                  onClick={() => setDraft(draftOf(g))}
                  data-testid="guide-edit"
                >
                  {t('guides.edit')}
                </button>
              </li>
            ))}
          </ul>
        )
      ) : guides.error ? (
        <LoadFailed onRetry={guides.reload} />
      ) : (
        <Loading lines={3} />
      )}
    </section>
  );
}
