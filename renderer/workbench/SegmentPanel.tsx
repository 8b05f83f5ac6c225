import { useState, type CSSProperties } from 'react';
import type { ProjectSummary } from '../../shared/domain';
import { useT } from '../i18n';
import { PresentableTextarea } from '../privacy/Presentation';
import { usePresentationText } from '../privacy/presentation';
import { codeColor, codeLabel, codePath, type CodeIndex } from '../lib/codes';
import { useWorkbench } from './store';
import { adjustBound, revealSegment } from './actions';
import { sortCodeIds } from './code-order';
import { neighbourSegment } from './layout';

/**
 * The selected segment: its quote, codes (remove with ×, add through the palette), memo, "important" flag,
 * linked projects, bounds adjustment, uncoding, and previous/next. In presentation mode it is read-only, like
 * the workbench, and shows pseudonyms.
 */
export function SegmentPanel({
  codes,
  projects,
  interviewProjectIds,
}: {
  codes: CodeIndex | undefined;
  projects: ProjectSummary[] | undefined;
  interviewProjectIds: readonly string[];
}) {
  const t = useT();
  const present = usePresentationText();
  const selectedId = useWorkbench((s) => s.selectedId);
  const segments = useWorkbench((s) => s.segments);
  const turns = useWorkbench((s) => s.turns);
  const busy = useWorkbench((s) => s.busy);
  const segment = segments.find((s) => s.id === selectedId) ?? null;
  const index = segment ? segments.findIndex((s) => s.id === segment.id) : -1;

  if (!segment) return null;
  const speaker = [...turns]
    .filter((tu) => tu.start <= segment.start)
    .sort((a, b) => b.start - a.start)[0]?.speaker;

  // the interview's own projects first, then the others
  const projectList = [...(projects ?? [])].sort(
    (a, b) =>
      Number(interviewProjectIds.includes(b.id)) - Number(interviewProjectIds.includes(a.id)) ||
      a.name.localeCompare(b.name, t.locale),
  );
  const go = (dir: 1 | -1) => {
    const target = neighbourSegment(segments, segment, null, dir);
    if (target) revealSegment(target.id);
  };
  const store = useWorkbench.getState;

  return (
    <section className="card segment-panel" aria-labelledby="seg-panel-title" data-testid="segment-panel">
      <div className="card-head">
        <h2 id="seg-panel-title">{t('wb.panel.title')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('wb.panel.close')}
          title={t('wb.panel.close')}
          onClick={() => store().select(null)}
        >
          ×
        </button>
      </div>
      <div className="seg-nav">
        <button type="button" className="btn small-btn" onClick={() => go(-1)} title={t('wb.panel.prevKeys')}>
          ↑ {t('wb.panel.prev')}
        </button>
        <button type="button" className="btn small-btn" onClick={() => go(1)} title={t('wb.panel.nextKeys')}>
          ↓ {t('wb.panel.next')}
        </button>
        <span className="muted small seg-position">
          {t('wb.panel.position', { n: index + 1, total: segments.length })}
        </span>
      </div>
      <blockquote className="seg-quote" data-testid="segment-quote">
        {present(segment.quote)}
      </blockquote>
      {speaker ? (
        <p className="muted small seg-speaker">{t('wb.panel.speaker', { name: present(speaker) })}</p>
      ) : null}

      {/* disabled as a whole in presentation mode, as the workbench's toolbar says: the panel then only reads */}
      <fieldset className="bare-fieldset" disabled={present.on}>
        <h3>{t('wb.panel.codes')}</h3>
        <ul className="chip-list seg-codes">
          {sortCodeIds(segment.codeIds, codes).map((id) => {
            const code = codes?.byId.get(id);
            const name = code ? codeLabel(code, t.lang) : id;
            return (
              <li key={id}>
                <span
                  className="code-chip removable"
                  style={{ '--code': codes ? codeColor(codes, id) : undefined } as CSSProperties}
                  title={codes ? codePath(codes, id, t.lang).join(' › ') : name}
                  data-testid="segment-code-chip"
                >
                  <span className="code-dot" aria-hidden="true" />
                  {name}
                  <button
                    type="button"
                    className="chip-x"
                    aria-label={t('wb.panel.removeCode', { name })}
                    disabled={busy}
                    onClick={() => void store().removeCode(segment.id, id)}
                  >
                    ×
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
        <button
          type="button"
          className="btn small-btn"
          onClick={() => store().openPalette({ mode: 'add', segmentId: segment.id })}
          data-testid="segment-add-code"
        >
          + {t('wb.panel.addCode')} <kbd>C</kbd>
        </button>

        <MemoField key={segment.id} segmentId={segment.id} memo={segment.memo} />

        <label className="checkbox-row seg-important-toggle">
          <input
            type="checkbox"
            checked={segment.important}
            onChange={(e) => void store().update(segment.id, { important: e.target.checked })}
            data-testid="segment-important"
          />
          <span>★ {t('wb.panel.important')}</span>
        </label>

        <h3>{t('wb.panel.projects')}</h3>
        {projectList.length === 0 ? (
          <p className="muted small">{projects ? t('wb.panel.noProjects') : t('common.loading')}</p>
        ) : (
          <ul className="check-list">
            {projectList.map((p) => (
              <li key={p.id}>
                <label className="checkbox-row">
                  <input
                    type="checkbox"
                    checked={segment.projectIds.includes(p.id)}
                    onChange={(e) => void store().linkProject(segment.id, p.id, e.target.checked)}
                  />
                  <span>{p.name}</span>
                </label>
              </li>
            ))}
          </ul>
        )}

        <h3>{t('wb.panel.bounds')}</h3>
        <div className="bounds-grid" role="group" aria-label={t('wb.panel.bounds')}>
          <span>{t('wb.panel.start')}</span>
          <button
            type="button"
            className="btn small-btn"
            onClick={() => adjustBound(segment.id, 'start', -1)}
            title="Maj+Alt+↑"
          >
            {t('wb.panel.extendStart')}
          </button>
          <button
            type="button"
            className="btn small-btn"
            onClick={() => adjustBound(segment.id, 'start', 1)}
            title="Maj+Alt+↓"
          >
            {t('wb.panel.shrinkStart')}
          </button>
          <span>{t('wb.panel.end')}</span>
          <button
            type="button"
            className="btn small-btn"
            onClick={() => adjustBound(segment.id, 'end', -1)}
            title="Maj+Alt+←"
          >
            {t('wb.panel.shrinkEnd')}
          </button>
          <button
            type="button"
            className="btn small-btn"
            onClick={() => adjustBound(segment.id, 'end', 1)}
            title="Maj+Alt+→"
          >
            {t('wb.panel.extendEnd')}
          </button>
        </div>
        <p className="muted small">{t('wb.panel.boundsKeys')}</p>

        <div className="seg-danger">
          <button
            type="button"
            className="btn danger"
            disabled={busy}
            onClick={() => void store().uncode(segment.id)}
            data-testid="segment-uncode"
          >
            {t('wb.panel.uncode')}
          </button>
          <span className="muted small">{t('wb.panel.uncodeHelp')}</span>
        </div>
      </fieldset>
    </section>
  );
}

/** The memo, saved when the field loses focus (if it changed). */
function MemoField({ segmentId, memo }: { segmentId: string; memo: string | null }) {
  const t = useT();
  const [value, setValue] = useState(memo ?? '');
  const [saved, setSaved] = useState(false);
  const [base, setBase] = useState(memo);
  if (base !== memo) {
    setBase(memo);
    setValue(memo ?? '');
  }
  return (
    <label className="form-field seg-memo">
      <span>
        {t('wb.panel.memo')}
        {saved ? <span className="saved-note"> · {t('wb.panel.memoSaved')}</span> : null}
      </span>
      <PresentableTextarea
        rows={3}
        value={value}
        placeholder={t('wb.panel.memoPlaceholder')}
        onChange={(e) => {
          setValue(e.target.value);
          setSaved(false);
        }}
        onBlur={async () => {
          const next = value.trim() ? value : null;
          if ((next ?? '') === (memo ?? '')) return;
          if (await useWorkbench.getState().update(segmentId, { memo: next })) setSaved(true);
        }}
        data-testid="segment-memo"
      />
    </label>
  );
}
