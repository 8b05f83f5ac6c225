import { benchAnalysis } from './analysis';
import { benchImportAndSearch } from './import-search';
import { benchReports } from './report-bench';
import type { Size } from './generate';

/**
 * `npm run bench -- --size S|M|L [--keep file] [--skip-naive] [--only search]`: the analysis benchmark on a
 * generated workspace, or only its search part (with each query's times). `npm run bench -- --import N
 * [--words W]`: imports N transcripts as the window does and measures search on them. `npm run bench --
 * --report N [--runs R] [--keep dir]`: every report format of an N-project portfolio (see report-bench.ts).
 * Prints tables of figures; asserts nothing.
 */
async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (arg('report')) {
    await benchReports(Number(arg('report')), { runs: Number(arg('runs') ?? 3), keep: arg('keep') });
    return;
  }
  if (arg('import')) {
    await benchImportAndSearch(Number(arg('import')), Number(arg('words') ?? 8000), arg('keep'));
    return;
  }
  const size = (arg('size') ?? 'S').toUpperCase();
  if (size !== 'S' && size !== 'M' && size !== 'L') throw new Error(`--size S, M or L (got ${size})`);
  const only = arg('only');
  if (only !== undefined && only !== 'search') throw new Error(`--only search (got ${only})`);
  benchAnalysis(size as Size, { keep: arg('keep'), skipNaive: argv.includes('--skip-naive'), only });
}

void main(process.argv.slice(2));
