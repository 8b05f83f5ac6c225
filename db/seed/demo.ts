import { seedExamples } from '../../shared/taxonomies';
import type { PartnerRole, ProjectStatus } from '../../shared/domain';
import type { Db } from '../workspace';
import { insertRow } from '../rows';
import { insertTranscript, type NewTurn } from '../transcripts';
import { demoFunding, demoInterviews, demoLeverCodes, demoPeople, demoProjectSteps } from './demo-content';

/** Facts the seed leaves implicit, stated here once: structure type and region of the example organisations. */
const ORGANISATION_DETAILS: Record<string, { structureType?: string; region?: string }> = {
  roche: { structureType: 'pharma-lab' },
  takeda: { structureType: 'pharma-lab' },
  norgine: { structureType: 'pharma-lab' },
  pfizer: { structureType: 'pharma-lab' },
  astrazeneca: { structureType: 'pharma-lab' },
  'chu-de-brest': { structureType: 'care-establishment', region: 'Bretagne' },
  'vivalto-sante': { structureType: 'private-care-establishment', region: 'Bretagne' },
  octopize: { structureType: 'startup-solution-provider', region: 'Bretagne' },
  'adlin-science': { structureType: 'startup-solution-provider' },
  gutycare: { structureType: 'startup-solution-provider' },
  directosante: { structureType: 'startup-solution-provider' },
  'medicen-paris-region': { region: 'Île-de-France' },
};

/** Our French wording of each example project's theme and purpose. */
export const PROJECT_TEXTS: Record<
  string,
  { name?: string; solution: string; theme: string; summary: string }
> = {
  'octopize-roche-chu-brest': {
    solution: 'Anonymisation de données de santé par « avatars » (données synthétiques)',
    theme: 'Anonymisation des données de santé',
    summary:
      'Vérifier que des jeux de données synthétiques « avatars » restent fidèles aux données sources tout en étant anonymes, pour accélérer l’accès des chercheurs aux données hospitalières.',
  },
  'adlin-science': {
    name: 'Adlin Science (candidature, non déployé)',
    solution:
      'Structuration de données de santé : score d’interopérabilité, structuration des données prospectives, espace partagé sur données anonymisées hébergées',
    theme: 'Structuration des données de santé (multi-omique, recherche)',
    summary:
      'Score d’interopérabilité des bases, aide à la structuration des données prospectives et espace de travail partagé sur des jeux anonymisés chez un hébergeur de données de santé. Candidature sans déploiement à ce jour.',
  },
  'gutycare-takeda-norgine-chu-brest-vivalto': {
    solution:
      'Télésuivi avec algorithme de détection des rechutes et programmes paramédicaux personnalisés (MICI)',
    theme: 'Accompagnement des patients atteints de MICI',
    summary:
      'Télésuivi avec détection précoce des poussées et programmes paramédicaux personnalisés, expérimentés dans plusieurs établissements bretons pour entrer dans la pratique courante des gastro-entérologues.',
  },
  'directosante-pfizer': {
    solution:
      'Messagerie automatisée avant rendez-vous pour éviter de perdre des préparations de chimiothérapie',
    theme: 'Parcours de soins en oncologie',
    summary:
      'Messages automatisés avant la séance de chimiothérapie pour repérer tôt les absences ou contre-indications et éviter de perdre des préparations.',
  },
};

const STATUS: Record<string, ProjectStatus> = {
  experimentation: 'active',
  partnership: 'active',
  'applied-not-deployed': 'not-deployed',
};

const ROLE: Record<string, PartnerRole> = {
  'solution-provider': 'startup',
  industrial: 'industrial',
  establishment: 'establishment',
};

function splitName(name: string): { name: string; aliases: string[] } {
  // The seed writes some alternative names in brackets: "Roche (Roche Pharmaceutique / Roche France)".
  const m = /^(.*?)\s*\((.*)\)$/.exec(name);
  if (!m) return { name, aliases: [] };
  return { name: m[1]!, aliases: m[2]!.split('/').map((s) => s.trim()) };
}

/**
 * Fills a freshly seeded workspace with the example portfolio: the organisations and four projects of the
 * alliance, their partners and challenge observations, the eight interviewees with invented names, their
 * interviews and the coded transcripts that serve as evidence.
 */
export function seedDemo(db: Db, seeded: { codeIdByKey: Map<string, string>; defaultGuideId: string }): void {
  const { codeIdByKey, defaultGuideId } = seeded;
  const code = (key: string): string => {
    const id = codeIdByKey.get(key);
    if (!id) throw new Error(`demo data names unknown code ${key}`);
    return id;
  };

  const leverBranch = code('levers');
  demoLeverCodes.forEach((lever, i) => {
    const id = insertRow(db, 'codes', {
      parent_id: leverBranch,
      name: lever.name,
      name_en: lever.nameEn,
      definition: lever.definition,
      color: '#117a65',
      kind: 'lever',
      taxonomy_key: lever.key,
      sort_order: i,
    });
    codeIdByKey.set(lever.key, id);
  });

  const orgId = new Map<string, string>();
  for (const org of seedExamples.organisations) {
    const { name, aliases } = splitName(org.name);
    const details = ORGANISATION_DETAILS[org.id] ?? {};
    const id = insertRow(db, 'organisations', {
      name,
      actor_type: org.actor_type,
      structure_type: org.structure_type ?? details.structureType ?? null,
      kind: org.kind ?? null,
      sector: org.sector ?? null,
      city: org.city ?? null,
      region: details.region ?? null,
    });
    orgId.set(org.id, id);
    for (const alias of [...aliases, ...(org.aliases ?? [])]) {
      insertRow(db, 'organisation_aliases', { organisation_id: id, alias });
    }
  }
  const org = (key: string): string => {
    const id = orgId.get(key);
    if (!id) throw new Error(`demo data names unknown organisation ${key}`);
    return id;
  };

  const personId = new Map<string, string>();
  for (const p of demoPeople) {
    const id = insertRow(db, 'people', {
      full_name: p.fullName,
      pseudonym: p.pseudonym,
      position: p.position,
      organisation_id: org(p.organisation),
      hierarchy_level: p.hierarchyLevel,
    });
    personId.set(p.key, id);
    for (const alias of p.aliases) insertRow(db, 'person_aliases', { person_id: id, alias });
  }

  const projectId = new Map<string, string>();
  for (const p of seedExamples.projects) {
    const texts = PROJECT_TEXTS[p.id];
    const provider = p.partners.find((x) => x.role === 'solution-provider');
    const id = insertRow(db, 'projects', {
      name: texts?.name ?? p.name,
      solution: texts?.solution ?? p.solution,
      provider_org_id: provider ? org(provider.org) : null,
      summary: texts?.summary ?? null,
      theme: texts?.theme ?? p.theme_en,
      call_year: p.year,
      method_step: p.coalition_method_step ?? 'deployment',
      lifecycle_stage: p.lifecycle_stage,
      triggers: JSON.stringify(p.trigger ? [p.trigger] : []),
      status: STATUS[p.status] ?? 'active',
      region: p.region ?? null,
    });
    projectId.set(p.id, id);
    for (const partner of p.partners) {
      const funding = demoFunding.find((f) => f.project === p.id && f.org === partner.org);
      insertRow(db, 'project_partners', {
        project_id: id,
        organisation_id: org(partner.org),
        role: ROLE[partner.role] ?? 'other',
        funding_eur: funding?.fundingEur ?? null,
      });
      if (partner.role === 'establishment' && STATUS[p.status] === 'active') {
        insertRow(db, 'deployment_sites', {
          project_id: id,
          organisation_id: org(partner.org),
          region: ORGANISATION_DETAILS[partner.org]?.region ?? null,
          status: 'active',
          start_date: p.year ? `${p.year}-09-01` : null,
        });
      }
    }
  }
  const project = (key: string): string => {
    const id = projectId.get(key);
    if (!id) throw new Error(`demo data names unknown project ${key}`);
    return id;
  };
  for (const step of demoProjectSteps) {
    insertRow(db, 'project_steps', {
      project_id: project(step.project),
      step_key: step.step,
      status: step.status,
      note: step.note ?? null,
    });
  }

  // Interviews, their transcripts (speaker turns laid out as "Speaker : text" paragraphs) and codings.
  const evidence: { segmentId: string; codes: string[]; projects: string[] }[] = [];
  for (const interview of demoInterviews) {
    const iid = insertRow(db, 'interviews', {
      title: interview.title,
      date: interview.date,
      place: interview.place,
      mode: interview.mode,
      interviewer: interview.interviewer,
      status: interview.status,
      topic: interview.topic,
      guide_id: defaultGuideId,
    });
    insertRow(db, 'interview_participants', {
      interview_id: iid,
      person_id: personId.get(interview.personKey)!,
      role: 'interviewee',
    });
    for (const p of interview.projects)
      insertRow(db, 'interview_projects', { interview_id: iid, project_id: project(p) });
    if (!interview.transcript) continue;

    let text = '';
    const laid: { start: number; end: number; bodyStart: number; body: string }[] = [];
    const newTurns: NewTurn[] = interview.transcript.turns.map((turn) => {
      if (text) text += '\n\n';
      const start = text.length;
      text += `${turn.speaker} : `;
      const bodyStart = text.length;
      text += turn.text;
      laid.push({ start, end: text.length, bodyStart, body: turn.text });
      return {
        speaker: turn.speaker,
        role: turn.role,
        start,
        end: text.length,
        personId: turn.role === 'interviewee' ? personId.get(interview.personKey)! : null,
      };
    });
    const { transcriptId: tid, turnIds } = insertTranscript(db, {
      interviewId: iid,
      title: `Transcription — ${interview.title}`,
      text,
      sourceName: 'données de démonstration',
      sourceFormat: 'demo',
      language: 'fr',
      turns: newTurns,
    });
    const turns = laid.map((t, i) => ({ ...t, id: turnIds[i]! }));

    for (const coding of interview.transcript.codings) {
      const turn = turns.find((t) => t.body.includes(coding.quote));
      if (!turn) throw new Error(`demo quote not found in ${interview.key}: ${coding.quote.slice(0, 40)}`);
      const start = turn.bodyStart + turn.body.indexOf(coding.quote);
      const sid = insertRow(db, 'segments', {
        transcript_id: tid,
        start_offset: start,
        end_offset: start + coding.quote.length,
        quote: coding.quote,
        memo: coding.memo ?? null,
        important: coding.important ? 1 : 0,
        speaker_turn_id: turn.id,
      });
      for (const c of coding.codes) insertRow(db, 'segment_codes', { segment_id: sid, code_id: code(c) });
      for (const p of coding.projects)
        insertRow(db, 'segment_projects', { segment_id: sid, project_id: project(p) });
      evidence.push({ segmentId: sid, codes: coding.codes, projects: coding.projects });
    }
  }

  // Challenge observations as the thesis attributes them; their evidence is every passage linked to the
  // project and coded with that challenge.
  for (const p of seedExamples.projects) {
    for (const c of p.challenges) {
      const oid = insertRow(db, 'challenge_observations', {
        project_id: project(p.id),
        code_id: code(c.id),
        strength: c.strength,
        status: 'open',
      });
      for (const e of evidence.filter((e) => e.projects.includes(p.id) && e.codes.includes(c.id))) {
        insertRow(db, 'observation_evidence', { observation_id: oid, segment_id: e.segmentId });
      }
    }
  }
}
