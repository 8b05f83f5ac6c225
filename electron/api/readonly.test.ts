import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MethodName } from '../../shared/api';
import { dispatch } from './dispatch';
import { WorkspaceSession } from './session';
import type { HandlerContext } from './handlers';
import {
  checksum,
  fixtureIds,
  makeFixtureWorkspace,
  methodNames,
  totalChanges,
  validPayload,
} from '../../test/support/api-payloads';

/** Methods that switch the session to another file rather than write to this one. */
const SWITCHING = new Set<MethodName>(['workspace.open', 'workspace.create']);

/** Writes that must be among those found (a guard that the payloads really reach the writes). */
const KNOWN_WRITES: MethodName[] = [
  'interviews.create',
  'interviews.update',
  'interviews.delete',
  'interviews.setAxisNote',
  'guides.save',
  'transcripts.import',
  'transcripts.paste',
  'transcripts.setTurnSpeaker',
  'segments.code',
  'segments.setCodes',
  'segments.update',
  'segments.uncode',
  'segments.linkProject',
  'search.codeRanges',
  'codes.create',
  'codes.update',
  'codes.move',
  'codes.merge',
  'codes.delete',
  'codes.importCsv',
  'organisations.save',
  'organisations.delete',
  'organisations.merge',
  'projects.save',
  'projects.delete',
  'projects.savePartner',
  'projects.removePartner',
  'projects.saveSite',
  'projects.removeSite',
  'projects.setStep',
  'projects.saveObservation',
  'projects.deleteObservation',
  'analysis.save',
  'analysis.deleteSaved',
  'history.undo',
  'history.redo',
  'trash.restore',
  'people.setConsent',
  'people.erase',
  'backup.setSettings',
  'passphrase.set',
];

const quiet = () => {};
let dir: string;
let fixture: string;

function sha(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-readonly-'));
  fixture = makeFixtureWorkspace(dir);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a workspace opened read-only', () => {
  it('says so, refuses every write method with “lecture seule”, and changes nothing', async () => {
    // Which methods write, found by running each on its own writable copy of the workspace.
    const writes = new Set<MethodName>();
    // Every copy has the same rows, hence the same ids.
    const probe = new WorkspaceSession(path.join(dir, 'home'), { autoBackup: false });
    probe.open(fixture, { readOnly: true });
    const fixtureIdsOnce = fixtureIds(probe.require().db);
    probe.close();
    let n = 0;
    for (const method of methodNames) {
      if (SWITCHING.has(method)) continue;
      const copy = path.join(dir, `copy-${n++}.terrain`);
      fs.copyFileSync(fixture, copy);
      const session = new WorkspaceSession(path.join(dir, 'home'), { autoBackup: false });
      session.open(copy);
      const ctx: HandlerContext = { session, shell: 'web', version: 'test' };
      const db = session.require().db;
      const before = totalChanges(db);
      const beforeFile = sha(copy);
      const answer = await dispatch(ctx, method, validPayload(method, fixtureIdsOnce), quiet);
      // A write, or an attempt (SQLite counts changes rolled back too): either must be refused read-only.
      const changed = !session.current || totalChanges(session.current.db) !== before;
      if (changed && !answer.ok) console.info(`${method} failed after writing: ${answer.error.message}`);
      session.close();
      if (changed || sha(copy) !== beforeFile) writes.add(method);
    }
    expect(KNOWN_WRITES.filter((m) => !writes.has(m))).toEqual([]);

    const before = sha(fixture);
    const session = new WorkspaceSession(path.join(dir, 'home'));
    const state = session.open(fixture, { readOnly: true });
    expect(state).toMatchObject({ readOnly: true, readOnlyReason: 'requested' });
    expect(session.readOnly).toBe(true);
    const ctx: HandlerContext = { session, shell: 'web', version: 'test' };
    const db = session.require().db;
    const ids = fixtureIds(db);
    const tables = checksum(db);
    const refused: string[] = [];
    for (const method of methodNames) {
      if (SWITCHING.has(method)) continue;
      const answer = await dispatch(ctx, method, validPayload(method, ids), quiet);
      if (writes.has(method)) {
        expect(answer.ok, `${method} wrote on a read-only workspace`).toBe(false);
        if (!answer.ok) {
          expect(answer.error.code, method).toBe('forbidden');
          expect(answer.error.message, method).toMatch(/Cet espace de travail est ouvert en lecture seule/);
        }
        refused.push(method);
      }
      expect(checksum(db), `${method} changed the read-only workspace`).toBe(tables);
    }
    // Refused before anything else is looked at, whatever the input.
    for (const [method, input] of [
      ['backup.restore', { name: '20240101-000000-manual.terrain' }],
      ['passphrase.change', { current: 'x', next: 'une autre phrase' }],
      ['people.erase', { id: ids.person, confirm: true }],
    ] as const) {
      const answer = await dispatch(ctx, method, input, quiet);
      expect(answer.ok ? null : answer.error.reason, method).toBe('read_only');
    }
    // No timer, no backup on open for a read-only workspace.
    expect(session.backups().backups).toEqual([]);
    session.close();
    expect(sha(fixture)).toBe(before);
    console.info(`read-only: ${refused.length} write methods refused`);
  });

  it('opens read-only when the file cannot be written', () => {
    if (process.getuid?.() === 0) return; // root writes anyway: the flag above is how this is tested here
    const file = path.join(dir, 'lecture.terrain');
    fs.copyFileSync(fixture, file);
    fs.chmodSync(file, 0o444);
    const session = new WorkspaceSession(path.join(dir, 'home'));
    expect(session.open(file)).toMatchObject({ readOnly: true, readOnlyReason: 'medium' });
    session.close();
  });
});
