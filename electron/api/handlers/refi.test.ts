import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../dispatch';
import { WorkspaceSession } from '../session';
import type { HandlerContext } from './types';
import type { RefiExportResult, RefiImportReport, RefiPreview } from '../../../shared/api/refi';
import { readQdpx } from '../../formats/refi';
import { sample, zipOf } from '../../formats/refi/testing';
import { externalSourceReader } from './refi';

let home: string;
let ctx: HandlerContext;
const quiet = () => {};

beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-refi-api-'));
  const session = new WorkspaceSession(home);
  session.create(path.join(home, 'Mon terrain.terrain'), false);
  ctx = { session, shell: 'web', version: '9.9.9' };
});

afterEach(() => {
  ctx.session.close();
  fs.rmSync(home, { recursive: true, force: true });
});

async function call<T>(method: string, input: unknown): Promise<T> {
  const answer = await dispatch(ctx, method, input, quiet);
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value as T;
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('the refi API', () => {
  it('previews, imports, then exports a project', async () => {
    const content = b64(sample('qualitative-coding-demo.qdpx'));
    const preview = await call<RefiPreview>('refi.preview', {
      fileName: 'demo.qdpx',
      contentBase64: content,
    });
    expect(preview.totals).toMatchObject({ codesAdded: 262, interviews: 2, codings: 205 });
    // A preview writes nothing.
    expect((await call<{ interviews: number }>('workspace.stats', {})).interviews).toBe(0);
    const report = await call<RefiImportReport>('refi.import', {
      fileName: 'demo.qdpx',
      contentBase64: content,
    });
    expect(report.totals).toEqual(preview.totals);
    expect(report.interviewIds).toHaveLength(2);

    const all = await call<RefiExportResult>('refi.export', { format: 'qdpx' });
    expect(all.fileName).toBe('Mon terrain.qdpx');
    expect(all).toMatchObject({ sources: 2, codings: 205 });
    const { project } = readQdpx(all.fileName, Buffer.from(all.contentBase64, 'base64'));
    expect(project.origin).toBe('Terrain 9.9.9');
    const one = await call<RefiExportResult>('refi.export', {
      format: 'qdpx',
      interviewIds: [report.interviewIds[0]!],
    });
    expect(one.sources).toBe(1);
    const codebook = await call<RefiExportResult>('refi.export', { format: 'qdc' });
    expect(codebook.fileName).toBe('Mon terrain.qdc');
    expect(Buffer.from(codebook.contentBase64, 'base64').toString('utf8')).toContain(
      'urn:QDA-XML:codebook:1.0',
    );
  });

  it('imports into a new workspace only while it holds no interview', async () => {
    const content = b64(sample('qualitative-coding-demo.qdpx'));
    const first = await call<RefiImportReport>('refi.import', {
      fileName: 'a.qdpx',
      contentBase64: content,
      mode: 'new',
    });
    expect(first.totals.interviews).toBe(2);
    const again = await dispatch(
      ctx,
      'refi.import',
      { fileName: 'a.qdpx', contentBase64: content, mode: 'new' },
      quiet,
    );
    expect(again.ok).toBe(false);
    if (!again.ok)
      expect(again.error).toMatchObject({
        code: 'conflict',
        message: expect.stringMatching(/déjà des entretiens/),
      });
  });

  it('refuses a zip that is not a REFI-QDA project with the French reason', async () => {
    const answer = await dispatch(
      ctx,
      'refi.import',
      { fileName: 'rapport.qdpx', contentBase64: b64(zipOf({ 'word/document.xml': '<x/>' })) },
      quiet,
    );
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Ce fichier .qdpx n’est pas un projet REFI-QDA (project.qde introuvable)',
      },
    });
  });

  it('refuses files that are not REFI-QDA by name, and unknown fields', async () => {
    const bad = await dispatch(ctx, 'refi.preview', { fileName: 'notes.docx', contentBase64: '' }, quiet);
    expect(bad.ok).toBe(false);
    const extra = await dispatch(ctx, 'refi.export', { format: 'qdpx', path: '/etc' }, quiet);
    expect(extra.ok).toBe(false);
  });
});

describe('external sources', () => {
  it('reads a text file a project names by path, relative to its folder or its basePath', () => {
    fs.mkdirSync(path.join(home, 'textes'));
    fs.writeFileSync(path.join(home, 'textes', 'a.txt'), 'bonjour');
    fs.writeFileSync(path.join(home, 'image.png'), 'x');
    const read = externalSourceReader(home);
    expect(Buffer.from(read('relative:///textes/a.txt', null)!).toString()).toBe('bonjour');
    expect(Buffer.from(read('a.txt', path.join(home, 'textes'))!).toString()).toBe('bonjour');
    expect(Buffer.from(read(`absolute://${path.join(home, 'textes', 'a.txt')}`, null)!).toString()).toBe(
      'bonjour',
    );
    expect(read('absolute:///nulle/part.txt', null)).toBeNull();
    expect(read('relative:///image.png', null)).toBeNull();
  });
});
