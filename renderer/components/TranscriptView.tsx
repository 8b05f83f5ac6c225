import { memo, useEffect, useLayoutEffect, useMemo, useRef, type CSSProperties, type Ref } from 'react';
import type { Segment, SpeakerTurn } from '../../shared/domain';
import type { Lang } from '../../shared/i18n';
import { useT } from '../i18n';
import { codeColor, codeLabel, FALLBACK_CODE_COLOR, type CodeIndex } from '../lib/codes';
import { formatTimestamp } from '../lib/transcript';
import {
  assignLanes,
  segmentsByTurn,
  shownTurns,
  splitTurn,
  type ShownTurn,
  type Span,
} from '../workbench/layout';
import { sortCodeIds } from '../workbench/code-order';
import { OFFSET_ATTR } from '../workbench/offsets';

/** A segment as one turn draws it: clipped to the turn, with its lane, colour and label. */
interface TurnSeg {
  id: string;
  start: number;
  end: number;
  lane: number;
  color: string;
  label: string;
  /** The segment starts in this turn (its label and its counted bar are drawn here). */
  first: boolean;
  /** The segment ends in this turn. */
  last: boolean;
  important: boolean;
}

export interface TranscriptViewProps {
  text: string;
  turns: readonly SpeakerTurn[];
  segments: readonly Segment[];
  codes: CodeIndex | undefined;
  selectedId?: string | null;
  /** The range about to be coded (palette open), highlighted until it is coded or dropped. */
  pending?: { start: number; end: number } | null;
  onSelectSegment?: (id: string) => void;
  /** Opens the speaker correction menu of a stored turn. */
  onEditSpeaker?: (turn: ShownTurn, anchor: HTMLElement) => void;
  /** The focusable container holding the text (the workbench reads the selection under it). */
  rootRef?: Ref<HTMLDivElement>;
  /** Text of the focusable region's label, for screen readers. */
  label?: string;
  describedBy?: string;
  onClick?: (e: React.MouseEvent<HTMLDivElement>) => void;
  children?: React.ReactNode;
}

const EMPTY: readonly TurnSeg[] = [];
const LANE_WIDTH = 6;

function segLabel(codeIds: readonly string[], codes: CodeIndex | undefined, lang: Lang): string {
  const names = codeIds.map((id) => {
    const code = codes?.byId.get(id);
    return code ? codeLabel(code, lang) : id;
  });
  return names.join(' · ');
}

/**
 * A transcript read by speaker turns, with coded segments highlighted in the text and drawn as coloured bars in
 * the margin (one lane per overlapping segment). Each text span holds `text.slice(a, b)` as its only text node
 * and carries `data-offset="a"`, so a DOM selection maps back to exact UTF-16 offsets (workbench/offsets.ts).
 * Turns are memoised on what they draw, so coding one passage re-renders only the turns it touches.
 */
export function TranscriptView({
  text,
  turns,
  segments,
  codes,
  selectedId = null,
  pending = null,
  onSelectSegment,
  onEditSpeaker,
  rootRef,
  label,
  describedBy,
  onClick,
  children,
}: TranscriptViewProps) {
  const t = useT();
  const shown = useMemo(() => shownTurns(text, turns), [text, turns]);
  const { lanes, count: laneCount } = useMemo(() => assignLanes(segments), [segments]);

  // Everything each turn draws, computed once per change of the segments (not per turn render).
  const perTurn = useMemo(() => {
    const byTurn = segmentsByTurn(shown, segments);
    const out = new Map<string, { items: TurnSeg[]; sig: string }>();
    const seen = new Set<string>();
    for (const turn of shown) {
      const list = byTurn.get(turn.id);
      if (!list) continue;
      const items = list.map((seg) => {
        const codeIds = sortCodeIds(seg.codeIds, codes);
        return {
          id: seg.id,
          start: Math.max(seg.start, turn.start),
          end: Math.min(seg.end, turn.end),
          lane: lanes.get(seg.id) ?? 0,
          color: codeIds[0] && codes ? codeColor(codes, codeIds[0]) : FALLBACK_CODE_COLOR,
          label: segLabel(codeIds, codes, t.lang),
          first: !seen.has(seg.id),
          last: seg.end <= turn.end,
          important: seg.important,
        };
      });
      for (const seg of list) seen.add(seg.id);
      const sig = items
        .map(
          (i) =>
            `${i.id}:${i.start}:${i.end}:${i.lane}:${i.color}:${i.label}:${i.first ? 1 : 0}${i.last ? 1 : 0}${i.important ? 1 : 0}`,
        )
        .join('|');
      out.set(turn.id, { items, sig });
    }
    return out;
  }, [shown, segments, lanes, codes, t.lang]);

  return (
    <div
      ref={rootRef}
      className="transcript coding"
      tabIndex={0}
      role="region"
      aria-label={label}
      aria-describedby={describedBy}
      style={{ '--lanes': Math.max(1, laneCount) } as CSSProperties}
      data-testid="transcript"
      onClick={onClick}
    >
      {shown.map((turn) => {
        const entry = perTurn.get(turn.id);
        const items = entry?.items ?? EMPTY;
        const hasSelected = selectedId !== null && items.some((i) => i.id === selectedId);
        const hasPending = pending !== null && pending.start < turn.end && pending.end > turn.start;
        return (
          <TurnRow
            key={turn.id}
            turn={turn}
            text={text}
            items={items}
            sig={entry?.sig ?? ''}
            selectedId={hasSelected ? selectedId : null}
            pendingStart={hasPending ? pending.start : -1}
            pendingEnd={hasPending ? pending.end : -1}
            lang={t.lang}
            onSelectSegment={onSelectSegment}
            onEditSpeaker={onEditSpeaker}
          />
        );
      })}
      {children}
    </div>
  );
}

interface TurnRowProps {
  turn: ShownTurn;
  text: string;
  items: readonly TurnSeg[];
  /** Everything `items` draws, as a string: the memo compares this, not the array. */
  sig: string;
  selectedId: string | null;
  pendingStart: number;
  pendingEnd: number;
  lang: Lang;
  onSelectSegment: ((id: string) => void) | undefined;
  onEditSpeaker: ((turn: ShownTurn, anchor: HTMLElement) => void) | undefined;
}

const sameRow = (a: TurnRowProps, b: TurnRowProps) =>
  a.turn === b.turn &&
  a.text === b.text &&
  a.sig === b.sig &&
  a.selectedId === b.selectedId &&
  a.pendingStart === b.pendingStart &&
  a.pendingEnd === b.pendingEnd &&
  a.lang === b.lang &&
  a.onSelectSegment === b.onSelectSegment &&
  a.onEditSpeaker === b.onEditSpeaker;

/** Every mapped text span of a turn, with its base offset and text node, in order. */
function textSpans(p: HTMLElement): { base: number; node: Text }[] {
  const out: { base: number; node: Text }[] = [];
  for (const el of p.querySelectorAll<HTMLElement>(`[${OFFSET_ATTR}]`)) {
    const node = el.firstChild;
    if (node && node.nodeType === Node.TEXT_NODE)
      out.push({ base: Number(el.getAttribute(OFFSET_ATTR)), node: node as Text });
  }
  return out;
}

/** The DOM point of a transcript offset among a turn's spans; `end` prefers the end of the previous span. */
function pointIn(
  spans: { base: number; node: Text }[],
  offset: number,
  bias: 'start' | 'end',
): [Text, number] | null {
  let found: { base: number; node: Text } | undefined;
  for (const s of spans) {
    const len = s.node.data.length;
    if (
      bias === 'end' ? offset > s.base && offset <= s.base + len : offset >= s.base && offset < s.base + len
    ) {
      found = s;
      break;
    }
  }
  if (!found) return null;
  return [found.node, offset - found.base];
}

const TurnRow = memo(function TurnRow({
  turn,
  text,
  items,
  selectedId,
  pendingStart,
  pendingEnd,
  lang: _lang, // compared by the memo: labels are in the interface language
  onSelectSegment,
  onEditSpeaker,
}: TurnRowProps) {
  const t = useT();
  const textRef = useRef<HTMLParagraphElement>(null);
  const marginRef = useRef<HTMLDivElement>(null);
  const pending = pendingStart >= 0 ? { start: pendingStart, end: pendingEnd } : null;
  const spans: Span[] = useMemo(
    () => splitTurn(turn.start, turn.end, items, pending),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- pending is rebuilt from its two numbers
    [turn.start, turn.end, items, pendingStart, pendingEnd],
  );
  const colorOf = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);

  // Place the margin bars and labels beside the lines their segments cover.
  const measure = () => {
    const p = textRef.current;
    const margin = marginRef.current;
    if (!p || !margin || items.length === 0) return;
    const spansDom = textSpans(p);
    const top0 = margin.getBoundingClientRect().top;
    const extent = new Map<string, { top: number; bottom: number }>();
    for (const item of items) {
      const a = pointIn(spansDom, item.start, 'start');
      const b = pointIn(spansDom, item.end, 'end');
      if (!a || !b) continue;
      const range = document.createRange();
      range.setStart(a[0], a[1]);
      range.setEnd(b[0], b[1]);
      let top = Infinity;
      let bottom = -Infinity;
      for (const r of range.getClientRects()) {
        if (r.height === 0) continue;
        top = Math.min(top, r.top);
        bottom = Math.max(bottom, r.bottom);
      }
      if (top !== Infinity) extent.set(item.id, { top: top - top0, bottom: bottom - top0 });
    }
    for (const bar of margin.querySelectorAll<HTMLElement>('.seg-bar')) {
      const e = extent.get(bar.dataset.seg ?? '');
      if (!e) continue;
      bar.style.top = `${e.top}px`;
      bar.style.height = `${Math.max(6, e.bottom - e.top)}px`;
    }
    let floor = 0;
    const labels = [...margin.querySelectorAll<HTMLElement>('.seg-label')]
      .map((el) => ({ el, top: extent.get(el.dataset.seg ?? '')?.top ?? 0 }))
      .sort((x, y) => x.top - y.top);
    for (const { el, top } of labels) {
      const y = Math.max(top, floor);
      el.style.top = `${y}px`;
      floor = y + el.offsetHeight + 2;
    }
    margin.style.minHeight = `${floor}px`;
  };
  const measureRef = useRef(measure);
  useLayoutEffect(() => {
    measureRef.current = measure;
    measure();
  });
  useEffect(() => {
    const p = textRef.current;
    if (!p || typeof ResizeObserver === 'undefined') return;
    let width = p.offsetWidth;
    const observer = new ResizeObserver(() => {
      if (p.offsetWidth === width) return;
      width = p.offsetWidth;
      measureRef.current();
    });
    observer.observe(p);
    return () => observer.disconnect();
  }, []);

  const isInterviewer = turn.role === 'interviewer';
  const classes = ['turn'];
  if (isInterviewer) classes.push('turn-interviewer');
  if (!turn.speaker && !turn.stored) classes.push('turn-plain');
  if (selectedId) classes.push('turn-has-selected');

  return (
    <div
      className={classes.join(' ')}
      data-testid="transcript-turn"
      data-turn-id={turn.id}
      data-start={turn.start}
      data-end={turn.end}
    >
      <div className="turn-main">
        {turn.stored || turn.speaker ? (
          <div className="turn-head">
            {turn.stored && onEditSpeaker ? (
              <button
                type="button"
                className={`speaker speaker-button${turn.speaker ? '' : ' speaker-missing'}`}
                aria-haspopup="dialog"
                title={t('wb.speaker.edit')}
                aria-label={t('wb.speaker.editNamed', { name: turn.speaker ?? t('wb.speaker.none') })}
                onClick={(e) => onEditSpeaker(turn, e.currentTarget)}
                data-testid="speaker-button"
              >
                {turn.speaker ?? t('wb.speaker.none')}
              </button>
            ) : (
              <strong className="speaker">{turn.speaker}</strong>
            )}
            {isInterviewer ? <span className="turn-role">{t('interview.interviewerTurn')}</span> : null}
            {turn.timestampMs != null ? (
              <span className="timestamp">{formatTimestamp(turn.timestampMs)}</span>
            ) : null}
          </div>
        ) : null}
        <p className="turn-text" ref={textRef}>
          {spans.map((span) => {
            const slice = text.slice(span.start, span.end);
            const attrs = { [OFFSET_ATTR]: span.start };
            const cls: string[] = [];
            if (span.pending) cls.push('sel-pending');
            const first = span.segmentIds[0];
            if (first === undefined)
              return (
                <span key={span.start} {...attrs} className={cls.join(' ') || undefined}>
                  {slice}
                </span>
              );
            cls.push('seg');
            if (span.segmentIds.length > 1) cls.push('seg-multi');
            if (selectedId && span.segmentIds.includes(selectedId)) cls.push('seg-selected');
            return (
              <span
                key={span.start}
                {...attrs}
                className={cls.join(' ')}
                style={{ '--code': colorOf.get(first)?.color ?? FALLBACK_CODE_COLOR } as CSSProperties}
                data-segs={span.segmentIds.join(' ')}
                title={t('interview.segmentCodes', {
                  codes: [...new Set(span.segmentIds.map((id) => colorOf.get(id)?.label ?? ''))].join(' · '),
                })}
              >
                {slice}
              </span>
            );
          })}
        </p>
      </div>
      <div className="turn-margin" ref={marginRef}>
        {items.map((item) => (
          <button
            key={item.id}
            type="button"
            tabIndex={-1}
            className={`seg-bar${item.id === selectedId ? ' selected' : ''}${item.first ? '' : ' cont-top'}${item.last ? '' : ' cont-bottom'}`}
            style={
              { '--code': item.color, '--lane': item.lane, left: item.lane * LANE_WIDTH } as CSSProperties
            }
            data-seg={item.id}
            data-testid={item.first ? 'segment-bar' : 'segment-bar-part'}
            aria-label={t('wb.segment.barLabel', { codes: item.label })}
            title={item.label}
            onClick={() => onSelectSegment?.(item.id)}
          />
        ))}
        {items
          .filter((item) => item.first)
          .map((item) => (
            <button
              key={item.id}
              type="button"
              tabIndex={-1}
              className={`seg-label${item.id === selectedId ? ' selected' : ''}`}
              style={{ '--code': item.color } as CSSProperties}
              data-seg={item.id}
              title={item.label}
              onClick={() => onSelectSegment?.(item.id)}
            >
              {item.important ? (
                <span className="seg-important" aria-label={t('wb.segment.important')}>
                  ★
                </span>
              ) : null}
              {item.label}
            </button>
          ))}
      </div>
    </div>
  );
}, sameRow);

export type { ShownTurn };
