// Electron security audit with electronegativity (Doyensec), run by `npm test`. It scans the Electron shell's
// sources (electron/), and fails on any finding that SECURITY.md does not justify: a new finding is either
// fixed or explained there. The report goes to test-results/electronegativity.sarif.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const electronVersion = (pkg.devDependencies?.electron ?? '').replace(/^[^\d]*/, '');
const out = 'test-results/electronegativity.sarif';
mkdirSync('test-results', { recursive: true });

// -e: the scan sees electron/ only, not package.json, so the version is given (else it assumes 0.1.0 and
// reports checks that do not apply to Electron 45). -x: this check downloads Electron's release list, which
// the build machines cannot reach; Electron updates are followed through package.json (see SECURITY.md).
const r = spawnSync(
  process.execPath,
  [
    'node_modules/@doyensec/electronegativity/dist/index.js',
    '-i',
    'electron',
    '-o',
    out,
    '-r',
    '-v',
    'false',
    '-e',
    electronVersion,
    '-x',
    'AvailableSecurityFixesGlobalCheck',
  ],
  { encoding: 'utf8' },
);
if (r.status !== 0) {
  console.error(r.stdout, r.stderr);
  console.error('electronegativity n’a pas pu s’exécuter');
  process.exit(1);
}

/**
 * The findings: rule id, file and position of each result. Read from SARIF (JSON): the tool's CSV output
 * comes out garbled now and then (its rows are written concurrently).
 */
const sarif = JSON.parse(readFileSync(out, 'utf8'));
const findings = (sarif.runs?.[0]?.results ?? []).map((r) => {
  const where = r.locations?.[0]?.physicalLocation;
  const uri = where?.artifactLocation?.uri ?? '';
  // Global checks have no file (the tool writes file:///): SECURITY.md names them N/A.
  const file = !uri || uri === 'file:///' ? 'N/A' : uri.replace(/^file:\/\//, '');
  const region = where?.region;
  return {
    id: r.ruleId,
    file,
    location: file === 'N/A' ? '0:0' : `${region?.startLine}:${region?.startColumn}`,
  };
});

// SECURITY.md lists each justified finding as a table row: | `ID` | file | why |
const security = readFileSync('SECURITY.md', 'utf8');
const justified = new Set(
  [...security.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*([^|]+?)\s*\|/gm)].map((m) => `${m[1]} ${m[2]}`),
);
const unjustified = findings.filter((f) => !justified.has(`${f.id} ${f.file}`));
for (const f of findings) {
  console.log(`${unjustified.includes(f) ? '✗' : '✓'} ${f.id} ${f.file} ${f.location}`);
}
console.log(
  `electronegativity : ${findings.length} constat(s), ${findings.length - unjustified.length} justifié(s) dans SECURITY.md`,
);
if (unjustified.length > 0) {
  console.error(
    'Constat(s) ni corrigé(s) ni justifié(s) dans SECURITY.md : corrigez, ou expliquez-les dans sa table.',
  );
  process.exit(1);
}
