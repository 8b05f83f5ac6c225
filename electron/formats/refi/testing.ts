/**
 * Test support for REFI-QDA: the sample projects in test/fixtures/refi, schema validation with xmllint
 * (WebAssembly build), and small projects made on the fly. Used by tests only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { memoryPages, validateXML } from 'xmllint-wasm';

export const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/refi');

/** Real exports of other tools (see test/fixtures/refi/README.md). */
export const SAMPLES = [
  'atlasti-win-23.2-blank.qdpx',
  'atlasti-win-23.2-three-codes.qdpx',
  'qualitative-coding-demo.qdpx',
  'nvivo-win-12.6-oltas0517.qdpx',
] as const;

export function sample(name: string): Uint8Array {
  return fs.readFileSync(path.join(FIXTURES, name));
}

/** The project XML inside a .qdpx. */
export function qdeOf(bytes: Uint8Array): string {
  const files = unzipSync(bytes, { filter: (f) => f.name.toLowerCase().endsWith('.qde') });
  const name = Object.keys(files)[0];
  if (!name) throw new Error('no .qde');
  return strFromU8(files[name]!);
}

export function zipOf(entries: Record<string, string | Uint8Array>): Uint8Array {
  const enc = new TextEncoder();
  return zipSync(
    Object.fromEntries(
      Object.entries(entries).map(([k, v]) => [k, typeof v === 'string' ? enc.encode(v) : v]),
    ),
  );
}

const XSD = {
  project: path.join(__dirname, 'Project-mrt2019.xsd'),
  codebook: path.join(__dirname, 'Codebook-mrt2019.xsd'),
};

/** Validates XML against the REFI-QDA Project or Codebook schema; answers xmllint's errors (none when valid). */
export async function schemaErrors(xml: string, schema: 'project' | 'codebook'): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: schema === 'project' ? 'project.qde' : 'codebook.qdc', contents: xml }],
    schema: [{ fileName: path.basename(XSD[schema]), contents: fs.readFileSync(XSD[schema], 'utf8') }],
    maxMemoryPages: memoryPages.GiB,
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
