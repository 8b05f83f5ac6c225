import { describe, expect, it } from 'vitest';
import { exportPerson, findPerson, getConsent, setConsent } from './people-rights';
import { erasePerson } from './erasure';
import { undo } from './history';
import { insertRow } from './rows';
import { tempWorkspace } from '../test/support/workspace';

describe('people’s rights', () => {
  it('records consent and its withdrawal, as an undoable action', () => {
    const ws = tempWorkspace({ demo: true });
    const id = findPerson(ws.db, 'pharma-1');
    expect(getConsent(ws.db, id)).toMatchObject({
      fullName: 'Aurélie Dumontet',
      consentDate: null,
      erased: false,
    });
    setConsent(ws.db, {
      id,
      consentDate: '2023-02-01',
      consentScope: 'Enregistrement et citations anonymisées',
    });
    const withdrawn = setConsent(ws.db, { id, consentWithdrawnAt: '2024-06-30' });
    expect(withdrawn).toMatchObject({
      consentDate: '2023-02-01',
      consentScope: 'Enregistrement et citations anonymisées',
      consentWithdrawnAt: '2024-06-30',
    });
    // History labels name the pseudonym, never the person.
    expect(undo(ws.db)).toBe('Consentement de Pharma-1');
    expect(getConsent(ws.db, id).consentWithdrawnAt).toBeNull();
    expect(() => getConsent(ws.db, 'nobody')).toThrow(/introuvable/);
    expect(() => findPerson(ws.db, 'Inconnu-9')).toThrow(/introuvable/);
    ws.close();
  });

  it('exports everything held about one person as JSON (access request)', () => {
    const ws = tempWorkspace({ demo: true });
    const id = findPerson(ws.db, 'Pharma-1');
    insertRow(ws.db, 'memos', {
      target_type: 'person',
      target_id: id,
      title: 'Relance',
      body: 'À rappeler.',
    });
    insertRow(ws.db, 'memos', { target_type: 'workspace', title: 'Réunion', body: 'Vu Mme Dumontet hier.' });
    insertRow(ws.db, 'memos', { target_type: 'workspace', title: 'Autre', body: 'Rien à voir.' });
    const out = exportPerson(ws.db, id, 'demo', new Date('2025-01-31T10:00:00Z'));
    expect(out.fileName).toBe('terrain-personne-Pharma-1-2025-01-31.json');
    const doc = JSON.parse(out.content) as {
      format: string;
      person: { fullName: string; pseudonym: string; organisation: { name: string } | null };
      aliases: { alias: string }[];
      interviews: { title: string; role: string }[];
      turns: { speaker: string; text: string }[];
      segments: { quote: string; codes: string[] }[];
      memos: { title: string }[];
    };
    expect(doc.format).toBe('terrain-person-export');
    expect(doc.person).toMatchObject({ fullName: 'Aurélie Dumontet', pseudonym: 'Pharma-1' });
    expect(doc.person.organisation?.name).toMatch(/Roche/);
    expect(doc.aliases.map((a) => a.alias)).toEqual(expect.arrayContaining(['Aurélie', 'Mme Dumontet']));
    expect(doc.interviews).toHaveLength(1);
    expect(doc.interviews[0]!.role).toBe('interviewee');
    expect(doc.turns.length).toBeGreaterThan(3);
    expect(doc.turns.every((t) => t.speaker === 'Aurélie' && t.text.startsWith('Aurélie : '))).toBe(true);
    // The coded passages of her speech, with their codes.
    expect(doc.segments.length).toBeGreaterThan(0);
    expect(doc.segments.every((s) => s.codes.length > 0 && s.quote.length > 0)).toBe(true);
    expect(doc.memos.map((m) => m.title).sort()).toEqual(['Relance', 'Réunion']);
    expect(out.counts).toMatchObject({ interviews: 1, turns: doc.turns.length, memos: 2 });
    ws.close();
  });

  it('says a person was erased, and refuses to record consent for them', () => {
    const ws = tempWorkspace({ demo: true });
    const id = findPerson(ws.db, 'Pharma-1');
    erasePerson(ws, id);
    expect(getConsent(ws.db, id)).toMatchObject({ fullName: '[effacé]', erased: true });
    expect(getConsent(ws.db, id).consentWithdrawnAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(() => setConsent(ws.db, { id, consentDate: '2023-01-01' })).toThrow(/effacée/);
    const doc = JSON.parse(exportPerson(ws.db, id, 'demo').content) as {
      turns: unknown[];
      aliases: unknown[];
    };
    expect(doc.turns).toEqual([]);
    expect(doc.aliases).toEqual([]);
    ws.close();
  });
});
