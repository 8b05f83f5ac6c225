/** Pure rules of the privacy UI (no React, no API), unit-tested in privacy.test.ts. */

/** Shortest passphrase the UI accepts (the API accepts any non-empty one). */
export const MIN_PASSPHRASE = 8;

/** Checks a new passphrase typed twice; null when it is acceptable. */
export function newPassphraseProblem(next: string, confirm: string): 'tooShort' | 'mismatch' | null {
  if (next.length < MIN_PASSPHRASE) return 'tooShort';
  if (next !== confirm) return 'mismatch';
  return null;
}

/** The label to show for a person: the pseudonym in presentation mode, else the full name. */
export function personLabel(
  presenting: boolean,
  fullName: string,
  pseudonym: string | null | undefined,
  anonymous: string,
): string {
  if (!presenting) return fullName;
  return pseudonym?.trim() || anonymous;
}

/** Ctrl+Shift+P (⌘⇧P on macOS) switches presentation mode. */
export function isPresentationShortcut(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): boolean {
  return (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'p';
}
