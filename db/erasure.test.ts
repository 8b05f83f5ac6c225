import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createWorkspace } from './create';
import type { Db, Workspace } from './workspace';
import { backupNow, listBackups } from './backup';
import { record } from './history';
import { insertRow } from './rows';
import { codePassage } from './coding';
import { search } from './search';
import { applyEdits, ERASED, erasePerson, findOccurrences, matcher, previewErasure, scrub } from './erasure';
import { tempDir } from '../test/support/temp';
import { addTranscript, codeIdByKey } from '../test/support/workspace';

describe('rewriting a transcript with edits', () => {
  const text = 'Q : Bonjour Erwan.\n\nR : Je pilote la cellule.\n\nQ : Merci.';
  const own = { start: 20, end: 44 }; // "R : Je pilote la cellule."

  it('replaces erased speech and mentions, and maps turns outward and segments inward', () => {
    expect(text.slice(own.start, own.end)).toBe('R : Je pilote la cellule.'.slice(0, 24));
    const mention = { start: 12, end: 17 };
    expect(text.slice(mention.start, mention.end)).toBe('Erwan');
    const r = applyEdits(text, [
      { ...own, replacement: ERASED, kind: 'erase' },
      { ...mention, replacement: ERASED, kind: 'mention' },
    ]);
    expect(r.text).toBe('Q : Bonjour [effacé].\n\n[effacé].\n\nQ : Merci.');
    // Turns keep the mask that replaced their speech.
    const turn1 = r.mapRange({ start: 0, end: 18 }, 'turn');
    expect(r.text.slice(turn1.start, turn1.end)).toBe('Q : Bonjour [effacé].');
    const turn2 = r.mapRange(own, 'turn');
    expect(r.text.slice(turn2.start, turn2.end)).toBe(ERASED);
    const turn3 = r.mapRange({ start: 47, end: text.length }, 'turn');
    expect(r.text.slice(turn3.start, turn3.end)).toBe('Q : Merci.');
    // A segment wholly inside erased speech collapses (and is deleted by the erasure).
    const inside = r.mapRange({ start: 24, end: 33 }, 'segment');
    expect(inside.end).toBeLessThanOrEqual(inside.start);
    // A segment overlapping erased speech shrinks away from it.
    const across = r.mapRange({ start: 12, end: 30 }, 'segment');
    expect(r.text.slice(across.start, across.end)).toBe('[effacé].\n\n');
    // A segment around a mention keeps it, masked.
    const around = r.mapRange({ start: 4, end: 18 }, 'segment');
    expect(r.text.slice(around.start, around.end)).toBe('Bonjour [effacé].');
    // Ranges after every edit shift by the total change of length.
    const after = r.mapRange({ start: 51, end: 57 }, 'segment');
    expect(r.text.slice(after.start, after.end)).toBe(text.slice(51, 57));
  });

  it('merges overlapping edits and keeps UTF-16 offsets right around emoji', () => {
    const t = '😀 Erwan Kerdraon 😀 dit bonjour';
    const re = matcher(['Erwan Kerdraon', 'Erwan', 'Kerdraon']);
    const found = findOccurrences(t, re);
    expect(found.map((f) => t.slice(f.start, f.end))).toEqual(['Erwan Kerdraon']);
    expect(scrub(t, re)).toBe('😀 [effacé] 😀 dit bonjour');
  });

  it('finds names whatever the accents, case, spacing and apostrophes, as whole words only', () => {
    const re = matcher(['Olivier Castagné', 'Castagné', 'd’Arcy']);
    const t = "castagne, CASTAGNÉ, Olivier\n  Castagne, Castagnéa, Casta\u0301gne\u0301, d'Arcy";
    const hits = findOccurrences(t, re).map((f) => t.slice(f.start, f.end));
    expect(hits).toEqual(['castagne', 'CASTAGNÉ', 'Olivier\n  Castagne', 'Casta\u0301gne\u0301', "d'Arcy"]);
    expect(matcher(['', ' ', 'A'])).toBeNull();
  });
});

/** Every text value of every table (FTS shadow tables included), to search for a name. */
function allText(db: Db): string {
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
  ).map((t) => t.name);
  let out = '';
  for (const t of tables) {
    for (const row of db.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[]) {
      for (const v of Object.values(row)) {
        if (typeof v === 'string') out += v + '\n';
        else if (Buffer.isBuffer(v)) out += v.toString('utf8') + '\n';
      }
    }
  }
  return out;
}

function personId(ws: Workspace, fullName: string): string {
  return (ws.db.prepare('SELECT id FROM people WHERE full_name = ?').get(fullName) as { id: string }).id;
}

/** Offsets, quotes and the search index agree with the text, for every transcript. */
function expectConsistent(db: Db): void {
  const transcripts = db.prepare('SELECT id, text FROM transcripts').all() as { id: string; text: string }[];
  for (const t of transcripts) {
    for (const turn of db
      .prepare('SELECT id, start_offset AS s, end_offset AS e FROM speaker_turns WHERE transcript_id = ?')
      .all(t.id) as { id: string; s: number; e: number }[]) {
      expect(turn.s).toBeGreaterThanOrEqual(0);
      expect(turn.e).toBeLessThanOrEqual(t.text.length);
      const indexed = db.prepare('SELECT body FROM fts_turns WHERE turn_id = ?').get(turn.id) as
        { body: string } | undefined;
      if (indexed) expect(indexed.body).toBe(t.text.slice(turn.s, turn.e));
    }
    for (const s of db
      .prepare('SELECT start_offset AS s, end_offset AS e, quote FROM segments WHERE transcript_id = ?')
      .all(t.id) as { s: number; e: number; quote: string }[]) {
      expect(s.quote).toBe(t.text.slice(s.s, s.e));
    }
  }
  const liveSegments = (
    db.prepare('SELECT count(*) AS n FROM segments WHERE deleted_at IS NULL').get() as { n: number }
  ).n;
  expect((db.prepare('SELECT count(*) AS n FROM fts_segments').get() as { n: number }).n).toBe(liveSegments);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
}

describe('erasing a person', () => {
  it('previews, then removes their name, their words and every mention, offsets kept consistent', () => {
    const root = tempDir();
    const file = path.join(tempDir(), 'rgpd.terrain');
    const ws = createWorkspace(file, { demo: true, backupRoot: root });
    const db = ws.db;
    const erwan = personId(ws, 'Erwan Kerdraon');
    const ownSpeech = 'je passe la moitié de mon temps à faire de la traduction';
    expect(allText(db)).toContain(ownSpeech);

    // Mentions elsewhere: another transcript coded around the name, a memo, a note, a code's example.
    const other = addTranscript(ws, [
      ['Q', 'Vous travaillez avec M. Kerdraon ?'],
      ['R', 'Oui, Erwan Kerdraon nous a ouvert les portes du CHU de Brest.'],
    ]);
    const codeId = codeIdByKey(ws, 'adoption-health-professionals');
    const around = other.text.indexOf('Oui, Erwan');
    const aroundSeg = codePassage(db, {
      transcriptId: other.transcriptId,
      start: around,
      end: other.text.length,
      codeIds: [codeId],
      memo: 'Kerdraon, facilitateur',
    });
    insertRow(db, 'memos', {
      target_type: 'workspace',
      title: 'Suivi Kerdraon',
      body: 'Rappeler Erwan en mai.',
    });
    record(db, 'Note', (rec) =>
      rec.update('interviews', other.interviewId, { notes: 'Présenté par Mme Dumontet et Erwan.' }),
    );
    db.prepare('UPDATE codes SET example = ? WHERE id = ?').run('« Erwan nous aide » (CHU)', codeId);
    // One of Erwan's own passages, coded.
    const t02 = db
      .prepare(
        'SELECT t.id, t.text FROM transcripts t JOIN speaker_turns st ON st.transcript_id = t.id WHERE st.person_id = ? LIMIT 1',
      )
      .get(erwan) as { id: string; text: string };
    const ownStart = t02.text.indexOf(ownSpeech);
    const ownSeg = codePassage(db, {
      transcriptId: t02.id,
      start: ownStart,
      end: ownStart + ownSpeech.length,
      codeIds: [codeId],
    });
    backupNow(ws, 'manual');
    const segmentsBefore = (db.prepare('SELECT count(*) AS n FROM segments').get() as { n: number }).n;

    const before = allText(db);
    const preview = previewErasure(ws, erwan);
    expect(allText(db)).toBe(before); // a preview changes nothing
    expect(preview.fullName).toBe('Erwan Kerdraon');
    expect(preview.terms).toEqual(
      expect.arrayContaining(['Erwan Kerdraon', 'Erwan', 'Kerdraon', 'Kerdrahon']),
    );
    expect(preview.turns).toBeGreaterThanOrEqual(10);
    expect(preview.mentions).toBeGreaterThanOrEqual(3); // "Bonjour Erwan", "M. Kerdraon", "Erwan Kerdraon"
    expect(preview.segmentsDeleted).toBeGreaterThanOrEqual(2); // the demo's codings of his speech, and ownSeg
    expect(preview.segmentsChanged).toBeGreaterThanOrEqual(1);
    expect(preview.memosChanged).toBeGreaterThanOrEqual(2);
    expect(preview.otherTextsChanged).toBeGreaterThanOrEqual(2);
    expect(preview.links).toMatchObject({ interviews: 1, aliases: 3 });
    expect(preview.historyEntries).toBeGreaterThan(0);
    expect(preview.backups.count).toBe(1);
    expect(preview.warnings.join(' ')).toMatch(/sauvegarde\(s\).*contiennent encore/);

    const report = erasePerson(ws, erwan, { purgeBackups: true });
    expect(report.safetyBackup).toMatch(/before-erasure/);
    expect(report.backupsDeleted).toBe(2);
    expect(listBackups(ws).map((b) => b.reason)).toEqual(['after-erasure']);

    // Nothing names him any more, in any table, index included, nor his words.
    const after = allText(db);
    // (Lower case too: the full-text index stores its words folded.)
    for (const word of ['Kerdraon', 'Kerdrahon', 'Erwan', ownSpeech]) {
      expect(after).not.toContain(word);
      expect(after.toLowerCase()).not.toContain(word.toLowerCase());
    }
    expect(search(db, 'Kerdraon').total).toBe(0);
    expect(search(db, 'Erwan').total).toBe(0);
    expect(search(db, 'traduction mondes').total).toBe(0);
    // The segment coded around the mention stays, masked; his own coded passage is gone with its codings.
    const kept = db.prepare('SELECT quote, memo FROM segments WHERE id = ?').get(aroundSeg.id) as {
      quote: string;
      memo: string;
    };
    expect(kept.quote).toBe('Oui, [effacé] nous a ouvert les portes du CHU de Brest.');
    expect(kept.memo).toBe('[effacé], facilitateur');
    expect(db.prepare('SELECT 1 FROM segments WHERE id = ?').get(ownSeg.id)).toBeUndefined();
    expect(db.prepare('SELECT 1 FROM segment_codes WHERE segment_id = ?').get(ownSeg.id)).toBeUndefined();
    expect((db.prepare('SELECT count(*) AS n FROM segments').get() as { n: number }).n).toBe(
      segmentsBefore - report.segmentsDeleted,
    );
    // The record stays, emptied, under its pseudonym; links and the undo history are gone.
    expect(
      db
        .prepare('SELECT full_name, pseudonym, organisation_id, deleted_at FROM people WHERE id = ?')
        .get(erwan),
    ).toMatchObject({
      full_name: ERASED,
      pseudonym: 'Hôpital-1',
      organisation_id: null,
    });
    expect(db.prepare('SELECT count(*) AS n FROM history').get()).toEqual({ n: 0 });
    expect(
      db.prepare('SELECT count(*) AS n FROM interview_participants WHERE person_id = ?').get(erwan),
    ).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM speaker_turns WHERE person_id = ?').get(erwan)).toEqual({
      n: 0,
    });
    // The interviewer's questions in his interview are still there, searchable.
    expect(search(db, 'sante numerique definiriez').total).toBeGreaterThan(0);
    expectConsistent(db);
    // Other people are untouched.
    expect(after).toContain('Aurélie Dumontet');
    ws.close();

    // And the file itself holds none of it: no free page, no WAL frame keeps the old text.
    for (const f of [file, `${file}-wal`]) {
      if (!fs.existsSync(f)) continue;
      const bytes = fs.readFileSync(f);
      for (const word of ['Kerdraon', 'kerdraon', 'je passe la moiti']) {
        expect(bytes.includes(Buffer.from(word)), `${f}: ${word}`).toBe(false);
      }
    }
  });

  it('refuses an unknown person', () => {
    const ws = createWorkspace(path.join(tempDir(), 'x.terrain'));
    expect(() => previewErasure(ws, 'personne')).toThrow(/introuvable/);
    expect(() => erasePerson(ws, 'personne')).toThrow(/introuvable/);
    ws.close();
  });
});
