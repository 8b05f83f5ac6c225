/**
 * The columns Terrain reads from and writes to portfolio spreadsheets, per kind of row. Headers a
 * consultant's own spreadsheet may use are listed as synonyms, so most columns map themselves; the user
 * confirms or corrects the mapping before anything is written.
 */
export type PortfolioEntity = 'organisations' | 'projects' | 'partners';
export const PORTFOLIO_ENTITIES: readonly PortfolioEntity[] = ['organisations', 'projects', 'partners'];

export type FieldType = 'text' | 'integer' | 'money' | 'date' | 'list';

export interface FieldSpec {
  key: string;
  labelFr: string;
  labelEn: string;
  type: FieldType;
  required?: boolean;
  synonyms: string[];
}

export const PORTFOLIO_FIELDS: Record<PortfolioEntity, FieldSpec[]> = {
  organisations: [
    {
      key: 'name',
      labelFr: 'Nom',
      labelEn: 'Name',
      type: 'text',
      required: true,
      synonyms: ['organisation', 'structure', 'raison sociale'],
    },
    {
      key: 'aliases',
      labelFr: 'Autres noms',
      labelEn: 'Aliases',
      type: 'list',
      synonyms: ['alias', 'aliases', 'autres noms', 'appellations'],
    },
    {
      key: 'actorType',
      labelFr: 'Type d’acteur',
      labelEn: 'Actor type',
      type: 'text',
      synonyms: ['type d acteur', 'acteur', 'actor type', 'type'],
    },
    {
      key: 'structureType',
      labelFr: 'Type de structure',
      labelEn: 'Structure type',
      type: 'text',
      synonyms: ['type de structure', 'structure type'],
    },
    { key: 'region', labelFr: 'Région', labelEn: 'Region', type: 'text', synonyms: ['region'] },
    {
      key: 'sector',
      labelFr: 'Secteur',
      labelEn: 'Sector',
      type: 'text',
      synonyms: ['public prive', 'public/privé', 'secteur', 'sector'],
    },
    { key: 'city', labelFr: 'Ville', labelEn: 'City', type: 'text', synonyms: ['ville', 'city'] },
    {
      key: 'notes',
      labelFr: 'Notes',
      labelEn: 'Notes',
      type: 'text',
      synonyms: ['commentaire', 'commentaires', 'remarques'],
    },
  ],
  projects: [
    {
      key: 'name',
      labelFr: 'Nom du projet',
      labelEn: 'Project name',
      type: 'text',
      required: true,
      synonyms: ['projet', 'nom', 'project', 'intitulé'],
    },
    {
      key: 'solution',
      labelFr: 'Solution',
      labelEn: 'Solution',
      type: 'text',
      synonyms: ['solution', 'produit'],
    },
    {
      key: 'provider',
      labelFr: 'Startup (fournisseur)',
      labelEn: 'Provider (startup)',
      type: 'text',
      synonyms: ['startup', 'fournisseur', 'porteur', 'provider'],
    },
    {
      key: 'theme',
      labelFr: 'Thème de l’appel',
      labelEn: 'Call theme',
      type: 'text',
      synonyms: ['theme', 'thématique', 'thematique'],
    },
    {
      key: 'callYear',
      labelFr: 'Année de l’appel',
      labelEn: 'Call year',
      type: 'integer',
      synonyms: ['annee', 'année', 'annee d appel', 'year', 'call year'],
    },
    {
      key: 'wave',
      labelFr: 'Vague',
      labelEn: 'Wave',
      type: 'text',
      synonyms: ['vague', 'wave', 'promotion'],
    },
    {
      key: 'methodStep',
      labelFr: 'Étape de la méthode',
      labelEn: 'Method step',
      type: 'text',
      synonyms: ['etape', 'étape de la méthode', 'method step'],
    },
    {
      key: 'lifecycleStage',
      labelFr: 'Stade du cycle de vie',
      labelEn: 'Life-cycle stage',
      type: 'text',
      synonyms: ['cycle de vie', 'stade', 'lifecycle'],
    },
    {
      key: 'status',
      labelFr: 'Statut',
      labelEn: 'Status',
      type: 'text',
      synonyms: ['statut', 'status', 'état', 'etat'],
    },
    {
      key: 'dtaCategory',
      labelFr: 'Catégorie DTA',
      labelEn: 'DTA category',
      type: 'text',
      synonyms: ['dta', 'categorie dta'],
    },
    {
      key: 'hasLevel',
      labelFr: 'Niveau HAS',
      labelEn: 'HAS level',
      type: 'text',
      synonyms: ['has', 'niveau has', 'classification has'],
    },
    { key: 'region', labelFr: 'Région', labelEn: 'Region', type: 'text', synonyms: ['region'] },
    {
      key: 'startDate',
      labelFr: 'Date de début',
      labelEn: 'Start date',
      type: 'date',
      synonyms: ['debut', 'début', 'date debut', 'start'],
    },
    {
      key: 'endDate',
      labelFr: 'Date de fin',
      labelEn: 'End date',
      type: 'date',
      synonyms: ['fin', 'date fin', 'end'],
    },
    {
      key: 'summary',
      labelFr: 'Résumé',
      labelEn: 'Summary',
      type: 'text',
      synonyms: ['resume', 'résumé', 'description', 'summary'],
    },
  ],
  partners: [
    {
      key: 'project',
      labelFr: 'Projet',
      labelEn: 'Project',
      type: 'text',
      required: true,
      synonyms: ['projet', 'project', 'nom du projet'],
    },
    {
      key: 'organisation',
      labelFr: 'Organisation',
      labelEn: 'Organisation',
      type: 'text',
      required: true,
      synonyms: ['partenaire', 'organisation', 'structure', 'partner'],
    },
    {
      key: 'role',
      labelFr: 'Rôle',
      labelEn: 'Role',
      type: 'text',
      required: true,
      synonyms: ['role', 'rôle', 'type de partenaire'],
    },
    {
      key: 'fundingEur',
      labelFr: 'Financement (€)',
      labelEn: 'Funding (EUR)',
      type: 'money',
      synonyms: ['financement', 'montant', 'funding', 'budget', 'financement €'],
    },
  ],
};

/** Folds a header for matching: no accents, no case, no punctuation. */
export function foldHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** For each field, the index of the spreadsheet column that most likely holds it (or null). */
export function suggestMapping(entity: PortfolioEntity, header: string[]): Record<string, number | null> {
  const folded = header.map(foldHeader);
  const used = new Set<number>();
  const mapping: Record<string, number | null> = {};
  for (const field of PORTFOLIO_FIELDS[entity]) {
    const candidates = [field.labelFr, field.labelEn, field.key, ...field.synonyms].map(foldHeader);
    let found: number | null = null;
    for (const c of candidates) {
      const i = folded.findIndex((h, idx) => !used.has(idx) && h === c);
      if (i >= 0) {
        found = i;
        break;
      }
    }
    if (found !== null) used.add(found);
    mapping[field.key] = found;
  }
  return mapping;
}
