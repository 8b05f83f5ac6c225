import { useEffect, useMemo, useRef, useState } from 'react';
import type { InterviewDetail, Segment } from '../../shared/domain';
import { TerrainError } from '../../shared/errors';
import { api } from '../api';
import { CodeChip, InterviewStatusChip } from '../components/Chips';
import { BackLink, Field } from '../components/Details';
import { ImportDialog, PasteDialog } from '../components/ImportDialog';
import { InterviewForm } from '../components/InterviewForm';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, LoadFailed, Loading } from '../components/States';
import { useT } from '../i18n';
import { PresentableTextarea, useEditLock } from '../privacy/Presentation';
import { usePersonLabel, usePresentationText } from '../privacy/presentation';
import { codeColor, codeLabel } from '../lib/codes';
import { useCodeIndex, useReferenceLists, useWorkspaceVersion } from '../lib/data';
import { formatDate } from '../lib/format';
import { refLabel } from '../lib/refs';
import { readFocusTarget, routeToHash } from '../lib/route';
import { useQuery } from '../lib/useQuery';
import { reportError } from '../stores/errors';
import { refreshHistory, useHistoryStore } from '../stores/history';
import { useNavStore } from '../stores/nav';
import { revealSegment } from '../workbench/actions';
import { Dialog } from '../workbench/Dialog';
import { selectRange } from '../workbench/dom';
import { SegmentPanel } from '../workbench/SegmentPanel';
import { useWorkbench } from '../workbench/store';
import { Workbench } from '../workbench/Workbench';

type DialogKind = 'import' | 'paste' | 'edit' | 'delete' | null;

export function InterviewDetailView({ id }: { id: string }) {
  const present = usePresentationText();
  const personLabel = usePersonLabel();
  const editLock = useEditLock();
  const t = useT();
  const version = useWorkspaceVersion();
  const historyVersion = useHistoryStore((s) => s.version);
  const navigate = useNavStore((s) => s.navigate);
  const query = useQuery(
    ['interviews.get', version, historyVersion, id],
    () => api['interviews.get']({ id }),
    {
      keepPrevious: true,
    },
  );
  const codes = useCodeIndex();
  const lists = useReferenceLists();
  const projects = useQuery(['projects.list', version], () => api['projects.list']({}));
  // keepPrevious keeps the last interview on screen while an undo reloads it, never another interview's
  const interview = query.data?.id === id ? query.data : undefined;
  const [dialog, setDialog] = useState<DialogKind>(null);
  const [activeId, setActiveId] = useState<string | null>(null);

  const transcripts = useMemo(() => interview?.transcripts ?? [], [interview]);
  // The transcript holding a segment the hash asks to show (from the search or the verbatims), else the first.
  const focusOwner = useMemo(() => {
    const segmentId = readFocusTarget()?.segmentId;
    return segmentId ? transcripts.find((tr) => tr.segments.some((s) => s.id === segmentId))?.id : undefined;
  }, [transcripts]);
  const active =
    transcripts.find((tr) => tr.id === activeId) ??
    transcripts.find((tr) => tr.id === focusOwner) ??
    transcripts[0];
  const liveSegments = useWorkbench((s) => (active && s.transcriptId === active.id ? s.segments : null));

  // Segments of every transcript, the active one as coded just now.
  const allSegments = useMemo(() => {
    const out: Segment[] = [];
    for (const tr of transcripts)
      out.push(...(tr.id === active?.id && liveSegments ? liveSegments : tr.segments));
    return out;
  }, [transcripts, active, liveSegments]);

  const usedCodes = useMemo(() => {
    const counts = new Map<string, number>();
    for (const seg of allSegments) for (const c of seg.codeIds) counts.set(c, (counts.get(c) ?? 0) + 1);
    const order = new Map(codes.index?.ordered.map((c, i) => [c.id, i]));
    return [...counts].sort((a, b) => (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0));
  }, [allSegments, codes.index]);

  // A passage to show, from the search or the verbatims (`?segment=…&at=…` in the hash); handled once.
  const handledFocus = useRef<string | null>(null);
  const workbenchReady = useWorkbench((s) => (active ? s.transcriptId === active.id : false));
  useEffect(() => {
    if (!interview || !workbenchReady) return;
    const hash = window.location.hash;
    if (handledFocus.current === hash) return;
    const target = readFocusTarget(hash);
    if (!target) return;
    handledFocus.current = hash;
    requestAnimationFrame(() => {
      if (target.segmentId && useWorkbench.getState().segments.some((s) => s.id === target.segmentId)) {
        revealSegment(target.segmentId);
      } else if (target.at !== null) {
        const root = document.querySelector<HTMLElement>('[data-testid="transcript"]');
        if (!root) return;
        root.focus({ preventScroll: true });
        selectRange(root, { start: target.at, end: target.at });
        const node = window.getSelection()?.focusNode?.parentElement;
        node?.scrollIntoView({ block: 'center' });
      }
    });
  }, [interview, workbenchReady]);

  const back = (
    <BackLink
      label={t('interview.back')}
      href={routeToHash({ view: 'entretiens', id: null })}
      onClick={() => navigate('entretiens')}
    />
  );

  if (!interview && query.loading)
    return (
      <div className="view">
        {back}
        <Loading lines={10} />
      </div>
    );
  if (!interview)
    return (
      <div className="view">
        {back}
        {query.error instanceof TerrainError && query.error.code === 'not_found' ? (
          <EmptyState title={t('interview.notFound')} icon="entretiens" />
        ) : (
          <LoadFailed onRetry={query.reload} />
        )}
      </div>
    );

  const projectNames = interview.projectIds.map((pid) => ({
    id: pid,
    name: projects.data?.find((p) => p.id === pid)?.name ?? pid,
  }));

  return (
    <div className="view interview-detail" data-testid="interview-detail">
      {back}
      <PageHeader title={present(interview.title)} meta={<InterviewStatusChip status={interview.status} />}>
        <button
          type="button"
          className="btn"
          onClick={() => setDialog('edit')}
          data-testid="interview-edit-button"
          {...editLock}
        >
          {t('idetail.edit')}
        </button>
        <button type="button" className="btn" onClick={() => setDialog('import')} data-testid="import-button">
          {t('idetail.importInto')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => setDialog('paste')}
          data-testid="interview-paste-button"
        >
          {t('idetail.paste')}
        </button>
        <button
          type="button"
          className="btn danger-outline"
          onClick={() => setDialog('delete')}
          data-testid="interview-delete-button"
        >
          {t('idetail.delete')}
        </button>
      </PageHeader>

      <div className="detail-cards">
        <section className="card" aria-labelledby="iv-details">
          <h2 id="iv-details">{t('interview.details')}</h2>
          <dl className="fields">
            <Field label={t('interview.date')}>{formatDate(t.lang, interview.date)}</Field>
            <Field label={t('interview.place')}>{present(interview.place)}</Field>
            <Field label={t('interview.mode')}>
              {interview.mode ? t(`interviewMode.${interview.mode}`) : null}
            </Field>
            <Field label={t('interview.interviewer')}>{present(interview.interviewer)}</Field>
            <Field label={t('interview.topic')}>{present(interview.topic)}</Field>
            <Field label={t('idetail.consent')}>
              {interview.consentDate || interview.consentScope
                ? [formatDate(t.lang, interview.consentDate), present(interview.consentScope)]
                    .filter(Boolean)
                    .join(' — ')
                : null}
            </Field>
            {projectNames.length ? (
              <Field label={t('interview.projects')}>
                {projectNames.map((p, i) => (
                  <span key={p.id}>
                    {i > 0 ? ', ' : null}
                    <a
                      href={routeToHash({ view: 'portefeuille', id: p.id })}
                      onClick={(e) => {
                        e.preventDefault();
                        navigate('portefeuille', p.id);
                      }}
                    >
                      {p.name}
                    </a>
                  </span>
                ))}
              </Field>
            ) : null}
            {interview.notes ? <Field label={t('interview.notes')}>{present(interview.notes)}</Field> : null}
          </dl>
        </section>

        <section className="card" aria-labelledby="iv-people">
          <h2 id="iv-people">{t('interview.interviewees')}</h2>
          {interview.interviewees.length ? (
            <ul className="people">
              {interview.interviewees.map((p) => (
                <li key={p.personId}>
                  <strong>{present.on ? personLabel(p.name, p.pseudonym) : p.pseudonym || p.name}</strong>
                  {p.pseudonym && p.pseudonym !== p.name && !present.on ? (
                    <span className="muted"> ({p.name})</span>
                  ) : null}
                  {p.position ? <div>{present(p.position)}</div> : null}
                  <div className="muted">
                    {[p.organisation, refLabel(lists.data, 'actor-type', p.actorType, t.lang)]
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('interview.noInterviewees')}</p>
          )}
        </section>
      </div>

      <div className="reading-layout">
        <section className="card transcript-card" aria-labelledby="iv-transcript">
          <div className="card-head">
            <h2 id="iv-transcript">{t('interview.transcript')}</h2>
            {allSegments.length ? (
              <span className="muted" data-testid="segment-count">
                {t.count('interview.segments', allSegments.length)}
              </span>
            ) : null}
          </div>
          {transcripts.length === 0 ? (
            <EmptyState title={t('interview.noTranscript.title')} icon="entretiens">
              <p>{t('idetail.noTranscript.body')}</p>
              <div className="empty-actions">
                <button type="button" className="btn primary" onClick={() => setDialog('import')}>
                  {t('idetail.importInto')}
                </button>
                <button type="button" className="btn" onClick={() => setDialog('paste')}>
                  {t('idetail.paste')}
                </button>
              </div>
            </EmptyState>
          ) : (
            <>
              {transcripts.length > 1 ? (
                <TranscriptTabs
                  transcripts={transcripts}
                  activeId={active!.id}
                  onSelect={(tid) => {
                    setActiveId(tid);
                    query.reload(); // the one left may have been coded: show it fresh when it comes back
                  }}
                />
              ) : active?.sourceName ? (
                <p className="transcript-title muted small">
                  {t('interview.source', { name: present(active.sourceName) })}
                </p>
              ) : null}
              {active ? <Workbench key={active.id} transcript={active} codes={codes.index} /> : null}
            </>
          )}
        </section>

        <div className="reading-side">
          <SegmentPanel
            codes={codes.index}
            projects={projects.data}
            interviewProjectIds={interview.projectIds}
          />
          {usedCodes.length ? (
            <section className="card" aria-labelledby="iv-codes">
              <h2 id="iv-codes">{t('interview.codesLegend')}</h2>
              <ul className="chip-list">
                {usedCodes.map(([codeId, n]) => {
                  const code = codes.index?.byId.get(codeId);
                  return (
                    <li key={codeId}>
                      <CodeChip
                        name={`${code ? codeLabel(code, t.lang) : codeId} (${n})`}
                        color={codes.index ? codeColor(codes.index, codeId) : '#6b7280'}
                      />
                    </li>
                  );
                })}
              </ul>
            </section>
          ) : null}
          <GuidePanel key={interview.id} interview={interview} />
        </div>
      </div>

      {dialog === 'import' ? (
        <ImportDialog
          interviewId={interview.id}
          interviewTitle={present(interview.title)}
          onClose={() => setDialog(null)}
          onImported={query.reload}
        />
      ) : null}
      {dialog === 'paste' ? (
        <PasteDialog interviewId={interview.id} onClose={() => setDialog(null)} onImported={query.reload} />
      ) : null}
      {/* the form holds the real names: presentation mode turned on meanwhile puts it away */}
      {dialog === 'edit' && !present.on ? (
        <InterviewForm
          interview={interview}
          interviewers={interview.interviewer ? [interview.interviewer] : []}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            query.reload();
          }}
        />
      ) : null}
      {dialog === 'delete' ? (
        <DeleteDialog
          interview={interview}
          segments={allSegments.length}
          onClose={() => setDialog(null)}
          onDeleted={() => {
            setDialog(null);
            navigate('entretiens');
          }}
        />
      ) : null}
    </div>
  );
}

function TranscriptTabs({
  transcripts,
  activeId,
  onSelect,
}: {
  transcripts: InterviewDetail['transcripts'];
  activeId: string;
  onSelect: (id: string) => void;
}) {
  const t = useT();
  const present = usePresentationText();
  return (
    <div
      className="transcript-tabs"
      role="tablist"
      aria-label={t('idetail.transcripts')}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
        const i = transcripts.findIndex((tr) => tr.id === activeId);
        const next =
          transcripts[(i + (e.key === 'ArrowRight' ? 1 : -1) + transcripts.length) % transcripts.length];
        if (next) {
          onSelect(next.id);
          requestAnimationFrame(() => document.getElementById(`tab-${next.id}`)?.focus());
        }
      }}
    >
      {transcripts.map((tr) => (
        <button
          key={tr.id}
          id={`tab-${tr.id}`}
          type="button"
          role="tab"
          aria-selected={tr.id === activeId}
          tabIndex={tr.id === activeId ? 0 : -1}
          className={`tab${tr.id === activeId ? ' active' : ''}`}
          onClick={() => onSelect(tr.id)}
          title={tr.sourceName ? t('interview.source', { name: present(tr.sourceName) }) : undefined}
        >
          {present(tr.title)}
          <span className="muted small"> ({tr.segments.length})</span>
        </button>
      ))}
    </div>
  );
}

/** The interview guide beside the transcript, with the interviewer's notes per axis (saved on leaving the field). */
function GuidePanel({ interview }: { interview: InterviewDetail }) {
  const t = useT();
  const [notes, setNotes] = useState<Record<string, string>>(interview.axisNotes ?? {});
  const [saved, setSaved] = useState<Record<string, string>>(interview.axisNotes ?? {});
  // a reload (say, after an undo) brings the stored notes back
  const [base, setBase] = useState(interview.axisNotes);
  if (base !== interview.axisNotes) {
    setBase(interview.axisNotes);
    setNotes(interview.axisNotes ?? {});
    setSaved(interview.axisNotes ?? {});
  }
  const axes = [...(interview.guide?.axes ?? [])].sort((a, b) => a.order - b.order);

  const save = async (axisId: string) => {
    const note = notes[axisId] ?? '';
    if (note === (saved[axisId] ?? '')) return;
    try {
      await api['interviews.setAxisNote']({ id: interview.id, axisId, note });
      setSaved((s) => ({ ...s, [axisId]: note }));
      refreshHistory();
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <aside className="card guide-card" aria-labelledby="iv-guide">
      <h2 id="iv-guide">{t('interview.guide')}</h2>
      {interview.guide ? (
        <>
          <p className="muted small">{interview.guide.name}</p>
          <ol className="guide-axes">
            {axes.map((axis) => {
              const label = t.lang === 'en' ? axis.labelEn || axis.labelFr : axis.labelFr;
              const prompts = t.lang === 'en' ? axis.promptsEn || axis.promptsFr : axis.promptsFr;
              const note = notes[axis.id] ?? '';
              return (
                <li key={axis.id} data-testid="guide-axis">
                  <details open={Boolean(saved[axis.id])}>
                    <summary>
                      {label}
                      {axis.optional ? (
                        <span className="muted small"> ({t('interview.optionalAxis')})</span>
                      ) : null}
                      {saved[axis.id] ? (
                        <span className="axis-noted" title={t('guide.hasNote')}>
                          {' '}
                          ✎<span className="sr-only">{t('guide.hasNote')}</span>
                        </span>
                      ) : null}
                    </summary>
                    {prompts ? <p className="axis-prompts">{prompts}</p> : null}
                    <label className="form-field axis-note">
                      <span className="sr-only">{t('guide.noteFor', { axis: label })}</span>
                      <PresentableTextarea
                        rows={2}
                        value={note}
                        placeholder={t('guide.notePlaceholder')}
                        onChange={(e) => setNotes((n) => ({ ...n, [axis.id]: e.target.value }))}
                        onBlur={() => void save(axis.id)}
                        data-testid="axis-note"
                      />
                    </label>
                  </details>
                </li>
              );
            })}
          </ol>
        </>
      ) : (
        <p className="muted">{t('interview.noGuide')}</p>
      )}
    </aside>
  );
}

function DeleteDialog({
  interview,
  segments,
  onClose,
  onDeleted,
}: {
  interview: InterviewDetail;
  segments: number;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const t = useT();
  const present = usePresentationText();
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      title={t('idetail.deleteTitle')}
      onClose={onClose}
      className="small-dialog"
      testId="interview-delete-dialog"
    >
      <p>{t('idetail.deleteQuestion', { title: present(interview.title) })}</p>
      <p className="muted">
        {t('idetail.deleteBody', {
          transcripts: interview.transcripts.length,
          segments,
        })}
      </p>
      <div className="form-actions">
        <button type="button" className="btn" onClick={onClose} data-autofocus>
          {t('act.cancel')}
        </button>
        <button
          type="button"
          className="btn danger"
          disabled={busy}
          data-testid="interview-delete-confirm"
          onClick={async () => {
            setBusy(true);
            try {
              await api['interviews.delete']({ id: interview.id });
              refreshHistory();
              onDeleted();
            } catch (error) {
              reportError(error);
              setBusy(false);
            }
          }}
        >
          {t('idetail.deleteConfirm')}
        </button>
      </div>
    </Dialog>
  );
}
