import { useEffect, useRef } from 'react';

/**
 * The window event that says "the workspace data changed through the undo history": dispatched after every
 * codebook, coding or undo/redo action, so each open view reloads what it shows.
 */
export const HISTORY_EVENT = 'terrain:history';

export function notifyHistory(): void {
  window.dispatchEvent(new CustomEvent(HISTORY_EVENT));
}

/** Calls `onChange` whenever the history event fires, for as long as the component is mounted. */
export function useHistoryEvent(onChange: () => void): void {
  const ref = useRef(onChange);
  useEffect(() => {
    ref.current = onChange;
  });
  useEffect(() => {
    const listener = () => ref.current();
    window.addEventListener(HISTORY_EVENT, listener);
    return () => window.removeEventListener(HISTORY_EVENT, listener);
  }, []);
}
