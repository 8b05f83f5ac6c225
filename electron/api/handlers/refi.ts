import fs from 'node:fs';
import path from 'node:path';
import type { RefiExportResult, RefiImportReport, RefiPreview, refiApi } from '../../../shared/api/refi';
import { TerrainError } from '../../../shared/errors';
import type { Db } from '../../../db/workspace';
import { buildRefiCodebook, buildRefiProject, importRefi, previewRefi } from '../../../db/refi';
import { ImportError } from '../../formats';
import { type ReadOptions, type RefiFile, readRefiFile, writeQdc, writeQdpx } from '../../formats/refi';
import { dbOf, type SliceHandlers } from './types';

/** External source files are read only when they are plain text, and not too big. */
const MAX_EXTERNAL_BYTES = 50 * 1024 * 1024;

/**
 * Reads a source a project names outside its zip (`absolute:///C:/…`, `relative:///…` under basePath, or a
 * bare path): from disk, relative to `baseDir` when the path is relative and the project has no basePath.
 */
export function externalSourceReader(baseDir: string | null): NonNullable<ReadOptions['resolveExternal']> {
  return (ref, basePath) => {
    const m = /^([a-z]+):\/\/(.*)$/i.exec(ref.trim());
    const scheme = m ? m[1]!.toLowerCase() : null;
    let p = decodeURIComponent((m ? m[2]! : ref).trim());
    if (scheme === 'absolute' || scheme === 'file') p = p.replace(/^\/(?=[A-Za-z]:)/, '');
    const candidates: string[] = [];
    if (scheme === 'absolute' || scheme === 'file') candidates.push(p);
    else {
      const rel = p.replace(/^\/+/, '');
      if (basePath) candidates.push(path.join(basePath, rel));
      if (baseDir) candidates.push(path.join(baseDir, rel));
    }
    for (const c of candidates) {
      try {
        if (!/\.(txt|text)$/i.test(c)) continue;
        const stat = fs.statSync(c);
        if (stat.isFile() && stat.size <= MAX_EXTERNAL_BYTES) return fs.readFileSync(c);
      } catch {
        // not there: try the next place
      }
    }
    return null;
  };
}

/** Reads a REFI-QDA file; refusals (not a project, unreadable…) become TerrainError with the French reason. */
export function readRefi(fileName: string, bytes: Uint8Array, options: ReadOptions = {}): RefiFile {
  try {
    return readRefiFile(fileName, bytes, options);
  } catch (err) {
    if (err instanceof ImportError) throw new TerrainError('invalid_input', err.reason);
    throw err;
  }
}

export function previewRefiBytes(
  db: Db,
  fileName: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): RefiPreview {
  return previewRefi(db, fileName, readRefi(fileName, bytes, options));
}

export function importRefiBytes(
  db: Db,
  fileName: string,
  bytes: Uint8Array,
  options: ReadOptions & { intoNew?: boolean } = {},
): RefiImportReport {
  return importRefi(db, fileName, readRefi(fileName, bytes, options), { intoNew: options.intoNew });
}

/** The workspace (or some interviews) as a .qdpx, or its codebook as a .qdc. */
export function exportRefiFile(
  db: Db,
  input: { format: 'qdpx' | 'qdc'; interviewIds?: string[]; name: string; version: string },
): { fileName: string; bytes: Uint8Array } & Omit<RefiExportResult, 'fileName' | 'contentBase64'> {
  const origin = `Terrain ${input.version}`;
  if (input.format === 'qdc') {
    const { codebook, stats } = buildRefiCodebook(db, { origin });
    return { fileName: `${input.name}.qdc`, bytes: writeQdc(codebook), ...stats };
  }
  const { project, stats } = buildRefiProject(db, {
    name: input.name,
    origin,
    interviewIds: input.interviewIds,
  });
  return { fileName: `${input.name}.qdpx`, bytes: writeQdpx(project), ...stats };
}

export function workspaceName(file: string): string {
  return path.basename(file).replace(/\.terrain$/i, '') || 'terrain';
}

export const refiHandlers: SliceHandlers<typeof refiApi> = {
  'refi.preview': (input, ctx) =>
    previewRefiBytes(dbOf(ctx), input.fileName, Buffer.from(input.contentBase64, 'base64'), {
      resolveExternal: externalSourceReader(null),
    }),
  'refi.import': (input, ctx) =>
    importRefiBytes(dbOf(ctx), input.fileName, Buffer.from(input.contentBase64, 'base64'), {
      resolveExternal: externalSourceReader(null),
      intoNew: input.mode === 'new',
    }),
  'refi.export': (input, ctx) => {
    const ws = ctx.session.require();
    const { bytes, ...rest } = exportRefiFile(ws.db, {
      format: input.format,
      interviewIds: input.interviewIds,
      name: workspaceName(ws.path),
      version: ctx.version,
    });
    return { ...rest, contentBase64: Buffer.from(bytes).toString('base64') };
  },
};
