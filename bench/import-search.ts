import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../electron/api/dispatch';
import { WorkspaceSession } from '../electron/api/session';
import type { HandlerContext } from '../electron/api/handlers';
import { prng, SEARCH_QUERIES, transcriptText } from './french-text';
import { fmt, ms, now, percentile } from './stats';

/**
 * Imports `count` generated transcripts of about `words` words through the same API call the window makes
 * (one file per call, base64 as the renderer sends it), then measures search and transcript opening on the
 * resulting corpus.
 */
export async function benchImportAndSearch(count: number, words: number, keep?: string): Promise<void> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-bench-'));
  const session = new WorkspaceSession(home);
  session.create(path.join(home, 'bench.terrain'), false);
  const ctx: HandlerContext = { session, shell: 'web', version: 'bench' };
  const rand = prng(42);
  const quiet = () => {};

  let bytes = 0;
  const perFile: number[] = [];
  let failures = 0;
  const t0 = now();
  for (let i = 0; i < count; i++) {
    const text = transcriptText(rand, words);
    const buf = Buffer.from(text, 'utf8');
    bytes += buf.length;
    const t = now();
    const answer = await dispatch(
      ctx,
      'transcripts.import',
      { fileName: `entretien-${String(i + 1).padStart(4, '0')}.txt`, contentBase64: buf.toString('base64') },
      quiet,
    );
    perFile.push(ms(t));
    if (!answer.ok || !(answer.value as { ok: boolean }).ok) failures++;
    if ((i + 1) % Math.max(1, Math.floor(count / 10)) === 0)
      process.stderr.write(`  import ${i + 1}/${count}\n`);
  }
  const importMs = ms(t0);

  const searchTimes: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (const q of SEARCH_QUERIES) {
      const t = now();
      const answer = await dispatch(ctx, 'search.query', { q, limit: 50 }, quiet);
      searchTimes.push(ms(t));
      if (!answer.ok) throw new Error(`search failed: ${q}`);
    }
  }

  const interviews = (await dispatch(ctx, 'interviews.list', {}, quiet)) as {
    ok: true;
    value: { id: string }[];
  };
  const openTimes: number[] = [];
  for (let i = 0; i < 50; i++) {
    const id = interviews.value[Math.floor(rand() * interviews.value.length)]!.id;
    const t = now();
    await dispatch(ctx, 'interviews.get', { id }, quiet);
    openTimes.push(ms(t));
  }
  const size =
    fs.statSync(path.join(home, 'bench.terrain')).size +
    (fs.existsSync(path.join(home, 'bench.terrain-wal'))
      ? fs.statSync(path.join(home, 'bench.terrain-wal')).size
      : 0);
  session.close();
  if (keep) fs.copyFileSync(path.join(home, 'bench.terrain'), keep);
  fs.rmSync(home, { recursive: true, force: true });

  const mb = bytes / 1024 / 1024;
  const rows: [string, string][] = [
    ['transcripts imported', `${count - failures} / ${count} (~${words} words each)`],
    ['text imported', `${fmt(mb)} MB`],
    ['import total (parse + write + full-text index)', `${fmt(importMs / 1000, 2)} s`],
    ['import throughput', `${fmt(mb / (importMs / 1000), 2)} MB/s`],
    [
      'one file: p50 / p95 / max',
      `${fmt(percentile(perFile, 50))} / ${fmt(percentile(perFile, 95))} / ${fmt(Math.max(...perFile))} ms`,
    ],
    [
      'search p50 / p95 (10 queries × 10)',
      `${fmt(percentile(searchTimes, 50), 2)} / ${fmt(percentile(searchTimes, 95), 2)} ms`,
    ],
    [
      'open an interview with its transcript p50 / p95',
      `${fmt(percentile(openTimes, 50), 2)} / ${fmt(percentile(openTimes, 95), 2)} ms`,
    ],
    ['workspace file size', `${fmt(size / 1024 / 1024)} MB`],
    ['peak memory (RSS)', `${fmt(process.resourceUsage().maxRSS / 1024)} MB`],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`\nImport and search benchmark (${count} transcripts)`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
}
