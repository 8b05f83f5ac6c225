import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { generateWorkspace } from '../../bench/generate';
import { evidenceReady } from '../../db/analysis/evidence-store';
import { recurrenceMatrix } from '../../db/analysis/matrix';
import { WorkspaceSession } from './session';
import { tempDir } from '../../test/support/temp';

const turns = (n: number) =>
  new Promise<void>((resolve) => {
    let left = n;
    const next = () => (--left <= 0 ? resolve() : setImmediate(next));
    setImmediate(next);
  });

function generated(): string {
  const file = path.join(tempDir(), 'gen.terrain');
  generateWorkspace(file, 'S', 3);
  return file;
}

describe('the session reads the analyses’ evidence in the background after opening', () => {
  it('the app and the web host: ready a few turns of the event loop after the open, without a request', async () => {
    const session = new WorkspaceSession(tempDir(), { autoBackup: false, warmAnalyses: true });
    session.open(generated());
    const db = session.require().db;
    expect(evidenceReady(db)).toBe(false);
    await turns(5);
    expect(evidenceReady(db)).toBe(true);
    expect(recurrenceMatrix(db, { columns: 'projects', unit: 'projects' }).rows.length).toBeGreaterThan(0);
    session.close();
  });

  it('a CLI command: nothing read until an analysis asks', async () => {
    const session = new WorkspaceSession(tempDir(), { autoBackup: false });
    session.open(generated());
    await turns(5);
    expect(evidenceReady(session.require().db)).toBe(false);
    session.close();
  });
});
