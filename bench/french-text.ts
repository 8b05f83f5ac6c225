/**
 * Deterministic French-like text for benchmarks: the same seed always gives the same corpus, so two runs
 * (or Terrain and a naive method in one run) work on identical data.
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'le la les un une des du de au aux et ou mais donc car avec sans pour par sur dans entre vers chez ' +
  'nous vous ils elles on je tu il elle leur notre votre ce cette ces son sa ses très plus moins aussi encore ' +
  'hôpital établissement santé numérique patient patiente soignant soignants infirmière infirmier médecin ' +
  'pharmacien équipe direction projet déploiement expérimentation solution outil application plateforme ' +
  'données interopérabilité sécurité confidentialité hébergement réglementation validation clinique étude ' +
  'financement budget industriel laboratoire startup partenaire partenariat alliance coalition région ' +
  'territoire ville communauté association usagers formation accompagnement adoption usage pratique ' +
  'changement organisation processus parcours soins suivi télésuivi téléconsultation rendez-vous dossier ' +
  'système information informatique DSI achat marché appel candidature sélection atelier pitch méthode ' +
  'étape planification intégration test mise en œuvre maintenance évaluation impact amélioration continue ' +
  'difficulté frein obstacle levier opportunité bénéfice limite risque confiance réseau écosystème acteur ' +
  'modèle économique rentabilité abonnement remboursement prise charge qualité efficacité temps coût ' +
  'compris expliqué montré construit porté lancé suivi validé bloqué accepté refusé attendu proposé ' +
  'vraiment clairement souvent parfois toujours jamais ensemble rapidement lentement finalement ' +
  'société française nationale régionale locale publique privée médicale hospitalière universitaire'
).split(/\s+/);

const NAMES = [
  'Camille',
  'Yann',
  'Nathalie',
  'Rachid',
  'Sophie',
  'Hervé',
  'Léa',
  'Mathieu',
  'Inès',
  'Gaëlle',
];

export function sentence(rand: () => number): string {
  const n = 6 + Math.floor(rand() * 16);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(rand() * WORDS.length)]!);
  const s = words.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + (rand() < 0.1 ? ' ?' : '.');
}

/** An interview transcript of about `words` words, as a consultant's .txt: "Speaker : speech" paragraphs. */
export function transcriptText(rand: () => number, words: number): string {
  const interviewee = NAMES[Math.floor(rand() * NAMES.length)]!;
  const paragraphs: string[] = [];
  let count = 0;
  let interviewer = true;
  while (count < words) {
    const sentences = interviewer ? 1 + Math.floor(rand() * 2) : 3 + Math.floor(rand() * 8);
    const speech: string[] = [];
    for (let i = 0; i < sentences; i++) speech.push(sentence(rand));
    const body = speech.join(' ');
    count += body.split(' ').length;
    paragraphs.push(`${interviewer ? 'Intervieweuse' : interviewee} : ${body}`);
    interviewer = !interviewer;
  }
  return paragraphs.join('\n\n');
}

export const SEARCH_QUERIES = [
  'interoperabilite',
  'securite donnees',
  'etablissement',
  '"modèle économique"',
  'deploi*',
  'infirmiere formation',
  'financement OU remboursement',
  'hopital SAUF startup',
  'télésuivi',
  'confiance reseau',
];
