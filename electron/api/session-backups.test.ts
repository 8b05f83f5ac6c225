import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createWorkspace } from '../../db/create';
import { fileKind } from '../../db/workspace';
import { dispatch } from './dispatch';
import { WorkspaceSession } from './session';
import type { HandlerContext } from './handlers';
import { tempDir } from '../../test/support/temp';

const quiet = () => {};

function interviewTitles(session: WorkspaceSession): string[] {
  return (
    session
      .require()
      .db.prepare('SELECT title FROM interviews WHERE deleted_at IS NULL ORDER BY title')
      .all() as {
      title: string;
    }[]
  ).map((r) => r.title);
}

async function call(ctx: HandlerContext, method: string, input: unknown = {}) {
  const answer = await dispatch(ctx, method, input, quiet);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.code} ${answer.error.message}`);
  return answer.value as Record<string, unknown>;
}

function setup(options: { passphrase?: string } = {}) {
  const home = tempDir();
  const file = path.join(tempDir(), 'terrain.terrain');
  createWorkspace(file, { demo: true, passphrase: options.passphrase ?? null }).close();
  const session = new WorkspaceSession(home);
  const ctx: HandlerContext = { session, shell: 'web', version: 'test' };
  return { home, file, session, ctx };
}

describe('automatic backups of the session', () => {
  it('backs up on open, but not again when nothing changed since', async () => {
    const { file, session, ctx } = setup();
    session.open(file);
    const first = (await call(ctx, 'backup.list')) as { backups: { reason: string }[]; keep: number };
    expect(first.backups.map((b) => b.reason)).toEqual(['open']);
    expect(first.keep).toBe(20);
    session.close();
    session.open(file);
    expect(session.backups().backups).toHaveLength(1);
    await call(ctx, 'interviews.create', { title: 'Nouvel entretien' });
    session.close();
    session.open(file);
    expect(session.backups().backups.map((b) => b.reason)).toEqual(['open', 'open']);
    session.close();
  });

  it('backs up every N minutes while the workspace changes, and before bulk work', async () => {
    const { file, session, ctx } = setup();
    session.open(file);
    const start = Date.now();
    expect(session.backupIfDue(start + 60 * 60_000)).toBeNull(); // nothing changed since the open
    await call(ctx, 'interviews.create', { title: 'Changement' });
    expect(session.backupIfDue(start + 5 * 60_000)).toBeNull(); // changed, but not 10 minutes yet
    expect(session.backupIfDue(start + 11 * 60_000)?.reason).toBe('auto');
    expect(session.backupIfDue(start + 30 * 60_000)).toBeNull(); // no change since that backup
    await call(ctx, 'backup.setSettings', { intervalMinutes: 1, keep: 5 });
    await call(ctx, 'interviews.create', { title: 'Autre changement' });
    expect(session.backupIfDue(start + 12 * 60_000)?.reason).toBe('auto');

    // Bulk work: a backup first, unless nothing changed since the last one.
    const csv = ((await call(ctx, 'codes.exportCsv')) as { csv: string }).csv;
    const count = () => session.backups().backups.length;
    const before = count();
    await call(ctx, 'codes.importCsv', { csv: `${csv.trimEnd()}\n,Code importé,Code importé,,,,,,,\n` });
    expect(count()).toBe(before); // nothing changed since the last automatic backup
    await call(ctx, 'interviews.create', { title: 'Encore' });
    await call(ctx, 'codes.importCsv', {
      csv: `${csv.trimEnd()}\n,Deuxième import,Deuxième import,,,,,,,\n`,
    });
    expect(session.backups().backups[0]!.reason).toBe('bulk-import-codebook');
    // keep = 5
    for (let i = 0; i < 6; i++) await call(ctx, 'backup.create');
    expect(count()).toBe(5);
    session.close();
  });
});

describe('restoring a backup', () => {
  it('backs the current state up, replaces the file and reopens it', async () => {
    const { file, session, ctx } = setup();
    session.open(file);
    await call(ctx, 'interviews.create', { title: 'A — avant la sauvegarde' });
    const made = (await call(ctx, 'backup.create')) as { name: string };
    await call(ctx, 'interviews.create', { title: 'B — après la sauvegarde' });
    const result = (await call(ctx, 'backup.restore', { name: made.name })) as {
      restored: { name: string };
      safetyBackup: { name: string; reason: string };
      workspace: { path: string; readOnly: boolean };
    };
    expect(result.restored.name).toBe(made.name);
    expect(result.safetyBackup.reason).toBe('before-restore');
    expect(result.workspace).toMatchObject({ path: file, readOnly: false });
    expect(interviewTitles(session)).toContain('A — avant la sauvegarde');
    expect(interviewTitles(session)).not.toContain('B — après la sauvegarde');
    expect(session.require().db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(session.require().db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The state just before the restore is itself restorable.
    await call(ctx, 'backup.restore', { name: result.safetyBackup.name });
    expect(interviewTitles(session)).toContain('B — après la sauvegarde');
    // A name that is not one of the backups is refused, whatever it tries.
    for (const name of ['../../etc/passwd', path.join('..', path.basename(file)), 'inconnu.terrain']) {
      const answer = await dispatch(ctx, 'backup.restore', { name }, quiet);
      expect(answer.ok ? null : answer.error.code).toBe('not_found');
    }
    session.close();
  });

  it('keeps an encrypted workspace encrypted under the current passphrase', async () => {
    const { file, session, ctx } = setup({ passphrase: 'première phrase' });
    expect(() => session.open(file)).toThrow(/chiffré/);
    session.open(file, { passphrase: 'première phrase' });
    expect(session.info()).toMatchObject({ encrypted: true });
    await call(ctx, 'interviews.create', { title: 'Secret' });
    const made = (await call(ctx, 'backup.create')) as { name: string; path: string };
    expect(fileKind(made.path)).toBe('encrypted');
    const changed = await call(ctx, 'passphrase.change', {
      current: 'première phrase',
      next: 'seconde phrase',
    });
    expect(changed).toMatchObject({ encrypted: true, backupsSkipped: 0 });

    // A backup left in clear (as one made before the passphrase was set could be) is restored encrypted.
    const plain = path.join(tempDir(), 'clair.terrain');
    createWorkspace(plain, { demo: true }).close();
    const folder = session.backups().folder!;
    fs.copyFileSync(plain, path.join(folder, '20200101-000000-manual.terrain'));
    await call(ctx, 'backup.restore', { name: '20200101-000000-manual.terrain' });
    expect(session.info()).toMatchObject({ encrypted: true });
    expect(interviewTitles(session)).not.toContain('Secret');
    session.close();
    expect(fileKind(file)).toBe('encrypted');
    session.open(file, { passphrase: 'seconde phrase' });
    await call(ctx, 'backup.restore', { name: made.name }); // re-keyed to the second passphrase earlier
    expect(interviewTitles(session)).toContain('Secret');
    session.close();
  });

  it('asks for the passphrase of a backup made under another one', async () => {
    const { file, session, ctx } = setup({ passphrase: 'phrase actuelle' });
    session.open(file, { passphrase: 'phrase actuelle' });
    const other = path.join(tempDir(), 'autre.terrain');
    createWorkspace(other, { demo: true, passphrase: 'phrase oubliée' }).close();
    fs.copyFileSync(other, path.join(session.backups().folder!, '20200101-000000-manual.terrain'));
    const answer = await dispatch(ctx, 'backup.restore', { name: '20200101-000000-manual.terrain' }, quiet);
    expect(answer.ok ? null : answer.error).toMatchObject({
      code: 'workspace_refused',
      reason: 'wrong_passphrase',
    });
    expect(session.current).not.toBeNull(); // nothing was replaced
    const done = await dispatch(
      ctx,
      'backup.restore',
      { name: '20200101-000000-manual.terrain', passphrase: 'phrase oubliée' },
      quiet,
    );
    expect(done.ok).toBe(true);
    session.close();
    // Restored under the workspace's own passphrase.
    session.open(file, { passphrase: 'phrase actuelle' });
    session.close();
  });
});

describe('opening an encrypted workspace through the API', () => {
  it('answers passphrase_required, then wrong_passphrase, then opens', async () => {
    const { file, session, ctx } = setup({ passphrase: 'la bonne phrase' });
    const needed = await dispatch(ctx, 'workspace.open', { path: file }, quiet);
    expect(needed.ok ? null : needed.error).toMatchObject({
      code: 'workspace_refused',
      reason: 'passphrase_required',
    });
    const wrong = await dispatch(ctx, 'workspace.open', { path: file, passphrase: 'la mauvaise' }, quiet);
    expect(wrong.ok ? null : wrong.error).toMatchObject({
      code: 'workspace_refused',
      reason: 'wrong_passphrase',
    });
    const opened = await dispatch(
      ctx,
      'workspace.open',
      { path: file, passphrase: 'la bonne phrase' },
      quiet,
    );
    expect(opened.ok && opened.value).toMatchObject({ encrypted: true, readOnly: false });
    const removed = await dispatch(ctx, 'passphrase.remove', { current: 'la mauvaise' }, quiet);
    expect(removed.ok ? null : removed.error).toMatchObject({
      code: 'forbidden',
      reason: 'wrong_passphrase',
    });
    expect((await call(ctx, 'passphrase.remove', { current: 'la bonne phrase' })).encrypted).toBe(false);
    expect(session.info()?.encrypted).toBe(false);
    session.close();
    expect(fileKind(file)).toBe('sqlite');
  });
});
