import { benchImportAndSearch } from './import-search';

/** `npm run bench -- [--import N] [--words W]`: prints a table of figures; asserts nothing. */
async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const count = Number(arg('import') ?? 100);
  const words = Number(arg('words') ?? 8000);
  await benchImportAndSearch(count, words, arg('keep'));
}

void main(process.argv.slice(2));
