import seed from './seed-facts.json';

/**
 * The reference taxonomies of the field (a copy of the domain team's seed-facts.json, kept in the repository
 * so the product never reads outside itself). Labels are the domain's; a workspace copies them into its own
 * codebook and reference lists at creation, after which users may rename and extend them.
 */
export interface Labelled {
  id: string;
  label_fr: string;
  label_en: string;
}

export interface Challenge extends Labelled {
  parent: string | null;
  definition_en: string;
  levers_en: string[];
  in_section_f: boolean;
}

export interface ActorType extends Labelled {
  group: string;
  examples: string[];
}

export interface StructureType extends Labelled {
  maps_to_actor_type: string | null;
}

export interface Ordered extends Labelled {
  order: number;
}

export interface SeedOrganisation {
  id: string;
  name: string;
  actor_type: string | null;
  structure_type?: string;
  sector?: 'public' | 'private';
  aliases?: string[];
  city?: string;
  kind?: string;
}

export interface SeedProject {
  id: string;
  name: string;
  solution: string;
  theme_en: string;
  year: number | null;
  status: string;
  lifecycle_stage: string | null;
  coalition_method_step?: string;
  trigger?: string;
  region?: string;
  partners: { org: string; role: string; actor_type: string }[];
  challenges: { id: string; strength: 'explicit' | 'implied' }[];
}

export interface SeedInterviewee {
  id: string;
  position_en: string;
  structure_type: string;
  organisation: string;
  topic_en: string;
}

const data = seed as unknown as {
  actor_groups: Labelled[];
  actor_types: ActorType[];
  structure_types: StructureType[];
  interviewees: SeedInterviewee[];
  collaboration_forms: (Ordered & { definition_en: string })[];
  collaboration_benefits: { id: string; label_en: string }[];
  collaboration_limits: { id: string; label_en: string }[];
  challenges: Challenge[];
  lifecycle: { triggers: Ordered[]; stages: Ordered[] };
  deployment_steps: Ordered[];
  dta_categories: Ordered[];
  has_classification: { levels: { id: string; label: string }[] };
  ans_subdomains: string[];
  coalition_method_steps: Ordered[];
  interview_guide: (Ordered & { optional?: boolean })[];
  organisations: SeedOrganisation[];
  projects: SeedProject[];
  challenge_matrix: {
    rows: Record<string, { cells: Record<string, 'explicit' | 'implied' | null>; explicit_count: number }>;
  };
  coalition_next: {
    typical_composition: {
      industrials_min: number;
      startups: number;
      establishments_min: number;
      establishments_max: number;
    };
    kpis: { avg_investment_eur_per_project_per_industrial: number };
  };
};

/** The seed gives benefits and limits in English only; these French labels are ours. */
const benefitsFr: Record<string, string> = {
  'wider-skills-resources': 'Accès à des compétences, ressources et regards plus larges',
  'legitimacy-acceptability': 'Légitimité et acceptabilité (futurs usagers impliqués)',
  speed: 'Objectifs atteints plus vite',
  'cost-pooling': 'Coûts réduits par la mutualisation',
  'lasting-networks-trust': 'Réseaux durables et confiance',
  'risk-sharing': 'Partage du risque sur les projets exploratoires',
};
const limitsFr: Record<string, string> = {
  'divergent-interests-cultures': 'Intérêts et cultures divergents : lenteur et complexité',
  'governance-tension': 'Tensions de gouvernance (décisions, responsabilités)',
  'sensitive-information-risk': 'Risques liés au partage d’informations sensibles (PI, données personnelles)',
  'expectations-contribution-measurement':
    'Attentes difficiles à gérer, contributions difficiles à mesurer ; gains et risques inégaux',
};

export const taxonomies = {
  actorGroups: data.actor_groups,
  actorTypes: data.actor_types,
  structureTypes: data.structure_types,
  collaborationForms: data.collaboration_forms,
  collaborationBenefits: data.collaboration_benefits.map((b) => ({
    id: b.id,
    label_en: b.label_en,
    label_fr: benefitsFr[b.id] ?? b.label_en,
  })),
  collaborationLimits: data.collaboration_limits.map((b) => ({
    id: b.id,
    label_en: b.label_en,
    label_fr: limitsFr[b.id] ?? b.label_en,
  })),
  challenges: data.challenges,
  lifecycleTriggers: data.lifecycle.triggers,
  lifecycleStages: data.lifecycle.stages,
  deploymentSteps: data.deployment_steps,
  dtaCategories: data.dta_categories,
  hasLevels: data.has_classification.levels,
  ansSubdomains: data.ans_subdomains,
  methodSteps: data.coalition_method_steps,
  interviewGuide: data.interview_guide,
} as const;

export const seedExamples = {
  interviewees: data.interviewees,
  organisations: data.organisations,
  projects: data.projects,
  challengeMatrix: data.challenge_matrix,
  typicalComposition: data.coalition_next.typical_composition,
  alliance: data.coalition_next.kpis,
} as const;

/** French regions (2016 map), for organisations, projects and sites. */
export const FRENCH_REGIONS: readonly string[] = [
  'Auvergne-Rhône-Alpes',
  'Bourgogne-Franche-Comté',
  'Bretagne',
  'Centre-Val de Loire',
  'Corse',
  'Grand Est',
  'Hauts-de-France',
  'Île-de-France',
  'Normandie',
  'Nouvelle-Aquitaine',
  'Occitanie',
  'Pays de la Loire',
  "Provence-Alpes-Côte d'Azur",
  'Guadeloupe',
  'Martinique',
  'Guyane',
  'La Réunion',
  'Mayotte',
];
