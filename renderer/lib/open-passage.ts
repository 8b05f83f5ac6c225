import { useNavStore } from '../stores/nav';
import { focusHash } from './route';

/**
 * Opens an interview on a passage: `#/entretiens/<id>?segment=…&at=…`. The hash is written first so that
 * the interview view, rendering for the new route, can read the passage with `readFocusTarget()`.
 */
export function openInTranscript(
  interviewId: string,
  target: { segmentId?: string | null; at?: number | null },
): void {
  const hash = focusHash(interviewId, target);
  if (window.location.hash !== hash) window.location.hash = hash;
  useNavStore.setState({ view: 'entretiens', id: interviewId });
}

/** Copies text to the clipboard; falls back to a hidden text area where the async clipboard is refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the old way
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  let ok: boolean;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}
