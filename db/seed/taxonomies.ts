import { FRENCH_REGIONS, taxonomies } from '../../shared/taxonomies';
import type { CodeKind } from '../../shared/domain';
import type { Db } from '../workspace';
import { insertRow } from '../rows';

/** Branch colours: distinct hues, dark enough for white text in chips. */
const BRANCH_COLORS: Record<string, string> = {
  challenges: '#b03a2e',
  'actor-types': '#1f618d',
  'collaboration-forms': '#7d3c98',
  benefits: '#1e8449',
  limits: '#af601a',
  levers: '#117a65',
  lifecycle: '#5d6d7e',
  'deployment-steps': '#2e4053',
};

interface CodeSpec {
  name: string;
  nameEn: string;
  kind: CodeKind;
  key: string | null;
  definition?: string | null;
  children?: CodeSpec[];
}

function insertCodeTree(
  db: Db,
  spec: CodeSpec,
  parentId: string | null,
  order: number,
  color: string,
): string {
  const id = insertRow(db, 'codes', {
    parent_id: parentId,
    name: spec.name,
    name_en: spec.nameEn,
    color,
    definition: spec.definition ?? null,
    kind: spec.kind,
    taxonomy_key: spec.key,
    sort_order: order,
  });
  spec.children?.forEach((child, i) => insertCodeTree(db, child, id, i, color));
  return id;
}

function codebookSpecs(): (CodeSpec & { branch: string })[] {
  const challenge = (id: string): CodeSpec => {
    const c = taxonomies.challenges.find((x) => x.id === id)!;
    return {
      name: c.label_fr,
      nameEn: c.label_en,
      kind: 'challenge',
      key: c.id,
      definition: c.definition_en,
      children: taxonomies.challenges.filter((x) => x.parent === id).map((x) => challenge(x.id)),
    };
  };
  return [
    {
      branch: 'challenges',
      name: 'Enjeux du déploiement',
      nameEn: 'Deployment challenges',
      kind: 'branch',
      key: 'challenges',
      children: taxonomies.challenges.filter((c) => !c.parent).map((c) => challenge(c.id)),
    },
    {
      branch: 'actor-types',
      name: "Types d'acteurs",
      nameEn: 'Actor types',
      kind: 'branch',
      key: 'actor-types',
      children: taxonomies.actorGroups.map((g) => ({
        name: g.label_fr,
        nameEn: g.label_en,
        kind: 'actor-type' as const,
        key: `group:${g.id}`,
        children: taxonomies.actorTypes
          .filter((a) => a.group === g.id)
          .map((a) => ({ name: a.label_fr, nameEn: a.label_en, kind: 'actor-type' as const, key: a.id })),
      })),
    },
    {
      branch: 'collaboration-forms',
      name: 'Formes de collaboration',
      nameEn: 'Collaboration forms',
      kind: 'branch',
      key: 'collaboration-forms',
      children: [...taxonomies.collaborationForms]
        .sort((a, b) => a.order - b.order)
        .map((f) => ({
          name: f.label_fr,
          nameEn: f.label_en,
          kind: 'collaboration-form' as const,
          key: f.id,
          definition: f.definition_en,
        })),
    },
    {
      branch: 'benefits',
      name: 'Bénéfices de la collaboration',
      nameEn: 'Collaboration benefits',
      kind: 'branch',
      key: 'benefits',
      children: taxonomies.collaborationBenefits.map((b) => ({
        name: b.label_fr,
        nameEn: b.label_en,
        kind: 'benefit' as const,
        key: b.id,
      })),
    },
    {
      branch: 'limits',
      name: 'Limites de la collaboration',
      nameEn: 'Collaboration limits',
      kind: 'branch',
      key: 'limits',
      children: taxonomies.collaborationLimits.map((b) => ({
        name: b.label_fr,
        nameEn: b.label_en,
        kind: 'limit' as const,
        key: b.id,
      })),
    },
    { branch: 'levers', name: 'Leviers', nameEn: 'Levers', kind: 'branch', key: 'levers', children: [] },
    {
      branch: 'lifecycle',
      name: 'Cycle de vie',
      nameEn: 'Life cycle',
      kind: 'branch',
      key: 'lifecycle',
      children: [
        {
          name: 'Facteurs déclencheurs',
          nameEn: 'Triggers',
          kind: 'lifecycle',
          key: 'triggers',
          children: taxonomies.lifecycleTriggers.map((t) => ({
            name: t.label_fr,
            nameEn: t.label_en,
            kind: 'lifecycle' as const,
            key: t.id,
          })),
        },
        ...taxonomies.lifecycleStages.map((s) => ({
          name: s.label_fr,
          nameEn: s.label_en,
          kind: 'lifecycle' as const,
          key: s.id,
        })),
      ],
    },
    {
      branch: 'deployment-steps',
      name: 'Étapes de déploiement',
      nameEn: 'Deployment steps',
      kind: 'branch',
      key: 'deployment-steps',
      children: taxonomies.deploymentSteps.map((s) => ({
        name: s.label_fr,
        nameEn: s.label_en,
        kind: 'deployment-step' as const,
        key: s.id,
      })),
    },
  ];
}

/** Prompts per guide axis, in our own words (French first, English second). */
const GUIDE_PROMPTS: Record<string, [string, string]> = {
  'presentation-role': [
    'Quel est votre rôle dans votre structure ? Comment intervenez-vous dans l’innovation en santé numérique, en particulier dans son déploiement ?',
    'What is your role in your organisation? How are you involved in digital-health innovation, especially in rolling it out?',
  ],
  'digital-health-definition-impact': [
    'Comment définiriez-vous la santé numérique ? Qu’est-ce qu’elle change à votre métier et à votre structure ?',
    'How would you define digital health? What does it change in your job and your organisation?',
  ],
  'innovation-examples': [
    'Quelles innovations vous ont marqué ? Qu’ont-elles changé (organisation, management, pratiques) ?',
    'Which innovations stood out for you? What did they change (organisation, management, practice)?',
  ],
  'multi-actor-collaboration': [
    'Comment la collaboration a-t-elle été menée dans ces projets ? Quelles difficultés, quelles opportunités ?',
    'How was the collaboration run in these projects? What difficulties and opportunities came up?',
  ],
  obstacles: [
    'Qu’est-ce qui freine la mise en œuvre (réglementation, cybersécurité…) ? Sont-ce de vrais blocages ou peut-on les contourner ?',
    'What holds implementation back (regulation, cybersecurity…)? Are these real blockers or can they be worked around?',
  ],
  'deployment-methods': [
    'Quelles méthodes aident au déploiement, dans votre établissement ou pour étendre une solution co-construite à d’autres sites ?',
    'What methods help deployment, in your institution or when spreading a co-built solution to other sites?',
  ],
  'local-actor-involvement': [
    'Au-delà du financement, comment faire adhérer et s’engager les acteurs du territoire (infirmiers libéraux, par exemple) ?',
    'Beyond funding, how do you get local players (community nurses, for example) to align and engage?',
  ],
  'alliance-in-strategy': [
    'Quelle place l’alliance tient-elle dans votre stratégie de déploiement ? Est-ce plus simple ou plus difficile qu’avec les acteurs de ville ?',
    'Where does the alliance sit in your deployment strategy? Is it easier or harder than working with community actors?',
  ],
  outlook: [
    'Comment voyez-vous le passage à l’échelle de la santé numérique ? Qui doit porter le changement de culture ?',
    'How do you see digital health scaling up? Who should drive the change in culture?',
  ],
  closing: ['Souhaitez-vous ajouter quelque chose ?', 'Is there anything you would like to add?'],
};

/**
 * Seeds a new workspace: reference lists, the codebook built from the taxonomies, and the default interview
 * guide. Returns the code ids by taxonomy key so demo data can code against them.
 */
export function seedTaxonomies(db: Db): { codeIdByKey: Map<string, string>; defaultGuideId: string } {
  const ref = (
    taxonomy: string,
    key: string,
    fr: string,
    en: string,
    order: number,
    parent?: string | null,
  ) =>
    insertRow(db, 'reference_items', {
      taxonomy,
      key,
      label_fr: fr,
      label_en: en,
      sort_order: order,
      parent_key: parent ?? null,
    });
  taxonomies.actorGroups.forEach((g, i) => ref('actor-group', g.id, g.label_fr, g.label_en, i));
  taxonomies.actorTypes.forEach((a, i) => ref('actor-type', a.id, a.label_fr, a.label_en, i, a.group));
  taxonomies.structureTypes.forEach((s, i) =>
    ref('structure-type', s.id, s.label_fr, s.label_en, i, s.maps_to_actor_type),
  );
  taxonomies.methodSteps.forEach((s) => ref('method-step', s.id, s.label_fr, s.label_en, s.order));
  // The method's five steps lead to the co-built deployment project itself, which projects then sit in.
  ref(
    'method-step',
    'deployment',
    'Projet de déploiement',
    'Deployment project',
    taxonomies.methodSteps.length + 1,
  );
  taxonomies.lifecycleStages.forEach((s) => ref('lifecycle-stage', s.id, s.label_fr, s.label_en, s.order));
  taxonomies.lifecycleTriggers.forEach((s) =>
    ref('lifecycle-trigger', s.id, s.label_fr, s.label_en, s.order),
  );
  taxonomies.deploymentSteps.forEach((s) => ref('deployment-step', s.id, s.label_fr, s.label_en, s.order));
  taxonomies.dtaCategories.forEach((s) => ref('dta-category', s.id, s.label_fr, s.label_en, s.order));
  taxonomies.hasLevels.forEach((s, i) => ref('has-level', s.id, s.label, s.label, i));
  taxonomies.ansSubdomains.forEach((s, i) =>
    ref('ans-subdomain', s.toLowerCase().replace(/[^a-z0-9]+/g, '-'), s, s, i),
  );
  taxonomies.collaborationForms.forEach((f) =>
    ref('collaboration-form', f.id, f.label_fr, f.label_en, f.order),
  );
  taxonomies.challenges.forEach((c, i) => ref('challenge', c.id, c.label_fr, c.label_en, i, c.parent));
  FRENCH_REGIONS.forEach((r, i) => ref('region', r.toLowerCase().replace(/[^a-z0-9]+/g, '-'), r, r, i));

  codebookSpecs().forEach((spec, i) => insertCodeTree(db, spec, null, i, BRANCH_COLORS[spec.branch]!));

  const defaultGuideId = insertRow(db, 'interview_guides', {
    name: 'Guide d’entretien par défaut',
    description: 'Axes thématiques présentés en début d’entretien semi-directif.',
    is_default: 1,
  });
  for (const axis of taxonomies.interviewGuide) {
    const prompts = GUIDE_PROMPTS[axis.id];
    insertRow(db, 'guide_axes', {
      guide_id: defaultGuideId,
      key: axis.id,
      sort_order: axis.order,
      label_fr: axis.label_fr,
      label_en: axis.label_en,
      prompts_fr: prompts?.[0] ?? null,
      prompts_en: prompts?.[1] ?? null,
      optional: axis.optional ? 1 : 0,
    });
  }

  const codeIdByKey = new Map<string, string>();
  for (const row of db.prepare('SELECT id, taxonomy_key FROM codes WHERE taxonomy_key IS NOT NULL').all() as {
    id: string;
    taxonomy_key: string;
  }[]) {
    codeIdByKey.set(row.taxonomy_key, row.id);
  }
  return { codeIdByKey, defaultGuideId };
}
