import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { TerrainError } from '../shared/errors';
import { createWorkspace } from './create';
import { changePassphrase, fileKind, openWorkspace, removePassphrase, setPassphrase } from './workspace';
import { backupNow, listBackups } from './backup';
import { tempDir } from '../test/support/temp';
import { addTranscript } from '../test/support/workspace';

/** A word that appears nowhere else, so finding its bytes in a file means the text is stored in clear. */
const WORD = 'Ornithorynquesecret';
const PASS = 'une phrase de passe';

function rawHolds(file: string, word: string): boolean {
  // UTF-8, and UTF-16 in case some layer stored it so.
  const needles = [Buffer.from(word, 'utf8'), Buffer.from(word, 'utf16le')];
  return [file, `${file}-wal`].some((f) => {
    if (!fs.existsSync(f)) return false;
    const bytes = fs.readFileSync(f);
    return needles.some((n) => bytes.includes(n));
  });
}

function refusalOf(fn: () => unknown): TerrainError {
  try {
    fn();
  } catch (err) {
    if (err instanceof TerrainError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('encryption at rest', () => {
  it('stores nothing readable in the file or its WAL once a passphrase is set', () => {
    const dir = tempDir();
    const file = path.join(dir, 'chiffre.terrain');
    const ws = createWorkspace(file, { demo: true, backupRoot: dir });
    addTranscript(ws, [
      ['Q', 'Bonjour'],
      ['R', `Je parle du ${WORD} du service.`],
    ]);
    expect(rawHolds(file, WORD)).toBe(true); // the test can see clear text when there is some
    const result = setPassphrase(ws, PASS);
    expect(result.encrypted).toBe(true);
    expect(result.backup).toMatch(/before-passphrase/);
    // Writes after encryption go through the (encrypted) WAL; nothing of them is readable either.
    addTranscript(ws, [['R', `Encore le ${WORD}, écrit après le chiffrement.`]], 'Second');
    expect(fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0).toBe(true);
    expect(rawHolds(file, WORD)).toBe(false);
    expect(rawHolds(file, 'Kerdraon')).toBe(false);
    expect(fs.readFileSync(file).subarray(0, 16).toString('latin1')).not.toContain('SQLite format 3');
    ws.close();
    expect(rawHolds(file, WORD)).toBe(false);
    expect(fileKind(file)).toBe('encrypted');

    const again = openWorkspace(file, { passphrase: PASS });
    expect(again.encrypted).toBe(true);
    const n = again.db
      .prepare('SELECT count(*) AS n FROM transcripts WHERE text LIKE ?')
      .get(`%${WORD}%`) as {
      n: number;
    };
    expect(n.n).toBe(2);
    expect(again.db.pragma('integrity_check', { simple: true })).toBe('ok');
    again.close();
  });

  it('tells an encrypted workspace (passphrase needed, or wrong) from a file that is not one', () => {
    const dir = tempDir();
    const file = path.join(dir, 'c.terrain');
    const made = createWorkspace(file);
    setPassphrase(made, PASS);
    made.close();
    const before = fs.readFileSync(file);

    const needed = refusalOf(() => openWorkspace(file));
    expect(needed.code).toBe('workspace_refused');
    expect(needed.reason).toBe('passphrase_required');
    expect(needed.message).toMatch(/chiffré/);

    const wrong = refusalOf(() => openWorkspace(file, { passphrase: 'pas la bonne' }));
    expect(wrong.code).toBe('workspace_refused');
    expect(wrong.reason).toBe('wrong_passphrase');
    expect(wrong.message).toMatch(/phrase de passe ne correspond pas/);
    // Refusals write nothing.
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);

    const text = path.join(dir, 'notes.terrain');
    fs.writeFileSync(text, 'Compte rendu de réunion.\n'.repeat(400));
    const garbage = refusalOf(() => openWorkspace(text, { passphrase: PASS }));
    expect(garbage.reason).toBe('not_a_workspace');
    expect(garbage.message).toMatch(/pas une base SQLite/);

    // Accents typed decomposed (macOS) or composed (Windows) open the same file.
    const accented = path.join(dir, 'accents.terrain');
    const withAccents = createWorkspace(accented);
    setPassphrase(withAccents, 'Phrase à clé été'.normalize('NFD'));
    withAccents.close();
    openWorkspace(accented, { passphrase: 'Phrase à clé été'.normalize('NFC') }).close();
  });

  it('creates a workspace encrypted from its first byte', () => {
    const dir = tempDir();
    const file = path.join(dir, 'neuf.terrain');
    const ws = createWorkspace(file, { demo: true, passphrase: PASS });
    expect(ws.encrypted).toBe(true);
    ws.close();
    expect(rawHolds(file, 'Kerdraon')).toBe(false);
    expect(fileKind(file)).toBe('encrypted');
    openWorkspace(file, { passphrase: PASS }).close();
  });

  it('changes and removes the passphrase in place, backups following', () => {
    const dir = tempDir();
    const file = path.join(dir, 'cle.terrain');
    const ws = createWorkspace(file, { demo: true, backupRoot: dir });
    backupNow(ws, 'manual'); // in clear, before any passphrase
    setPassphrase(ws, PASS);
    // Every backup is now encrypted, the one made in clear included.
    for (const b of listBackups(ws)) {
      expect(fileKind(b.path), b.name).toBe('encrypted');
      expect(rawHolds(b.path, 'Kerdraon'), b.name).toBe(false);
    }
    expect(refusalOf(() => changePassphrase(ws, 'pas la bonne', 'nouvelle phrase')).reason).toBe(
      'wrong_passphrase',
    );
    expect(refusalOf(() => setPassphrase(ws, 'autre phrase')).code).toBe('conflict');
    expect(refusalOf(() => changePassphrase(ws, PASS, 'court')).code).toBe('invalid_input');
    const changed = changePassphrase(ws, PASS, 'nouvelle phrase');
    expect(changed.backupsRekeyed).toBe(listBackups(ws).length);
    expect(changed.backupsSkipped).toBe(0);
    ws.close();
    expect(refusalOf(() => openWorkspace(file, { passphrase: PASS })).reason).toBe('wrong_passphrase');
    const again = openWorkspace(file, { passphrase: 'nouvelle phrase', backupRoot: dir });
    for (const b of listBackups(again)) {
      const copy = openWorkspace(b.path, { passphrase: 'nouvelle phrase', readOnly: true });
      expect(copy.db.prepare('SELECT count(*) AS n FROM interviews').get()).toEqual({ n: 8 });
      copy.close();
    }
    const removed = removePassphrase(again, 'nouvelle phrase');
    expect(removed.encrypted).toBe(false);
    again.close();
    expect(fileKind(file)).toBe('sqlite');
    openWorkspace(file).close();
  });

  it('backs an encrypted workspace up encrypted', () => {
    const dir = tempDir();
    const ws = createWorkspace(path.join(dir, 'b.terrain'), {
      demo: true,
      passphrase: PASS,
      backupRoot: dir,
    });
    const made = backupNow(ws, 'manual')!;
    ws.close();
    expect(fileKind(made.path)).toBe('encrypted');
    expect(rawHolds(made.path, 'Kerdraon')).toBe(false);
    expect(refusalOf(() => openWorkspace(made.path, { readOnly: true })).reason).toBe('passphrase_required');
    const copy = openWorkspace(made.path, { passphrase: PASS, readOnly: true });
    expect(copy.db.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 14 });
    copy.close();
  });
});
