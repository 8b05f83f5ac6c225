import { describe, expect, it } from 'vitest';
import { isPresentationShortcut, newPassphraseProblem, personLabel } from './rules';

describe('privacy helpers', () => {
  it('checks a new passphrase typed twice', () => {
    expect(newPassphraseProblem('court', 'court')).toBe('tooShort');
    expect(newPassphraseProblem('assez longue', 'assez longu')).toBe('mismatch');
    expect(newPassphraseProblem('assez longue', 'assez longue')).toBeNull();
  });

  it('shows the pseudonym instead of the name in presentation mode', () => {
    expect(personLabel(false, 'Marie Dupont', 'P03', 'Personne ?')).toBe('Marie Dupont');
    expect(personLabel(true, 'Marie Dupont', 'P03', 'Personne ?')).toBe('P03');
    expect(personLabel(true, 'Marie Dupont', null, 'Personne ?')).toBe('Personne ?');
    expect(personLabel(true, 'Marie Dupont', '  ', 'Personne ?')).toBe('Personne ?');
  });

  it('recognises Ctrl+Shift+P', () => {
    const base = { ctrlKey: false, metaKey: false, shiftKey: true, altKey: false };
    expect(isPresentationShortcut({ ...base, ctrlKey: true, key: 'P' })).toBe(true);
    expect(isPresentationShortcut({ ...base, metaKey: true, key: 'p' })).toBe(true);
    expect(isPresentationShortcut({ ...base, key: 'P' })).toBe(false);
    expect(isPresentationShortcut({ ...base, ctrlKey: true, shiftKey: false, key: 'p' })).toBe(false);
  });
});
