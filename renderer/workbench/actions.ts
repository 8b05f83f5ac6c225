import { stepBound } from './offsets';
import { useWorkbench } from './store';

/** Moves a segment's bound by one word and saves it (panel buttons and Shift+Alt+arrows). */
export function adjustBound(segmentId: string, bound: 'start' | 'end', dir: 1 | -1): void {
  const { segments, text, update } = useWorkbench.getState();
  const seg = segments.find((s) => s.id === segmentId);
  if (!seg) return;
  const next = stepBound(text, seg, bound, dir);
  if (next.start !== seg.start || next.end !== seg.end) void update(seg.id, next);
}

/** Selects a segment and brings its text into view. */
export function revealSegment(id: string): void {
  useWorkbench.getState().select(id);
  requestAnimationFrame(() => {
    const text = document.querySelector<HTMLElement>(`[data-segs~="${CSS.escape(id)}"]`);
    const bar = document.querySelector<HTMLElement>(`.seg-bar[data-seg="${CSS.escape(id)}"]`);
    (text ?? bar)?.scrollIntoView({ block: 'center', behavior: 'auto' });
  });
}
