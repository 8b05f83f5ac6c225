import type { CompositionCheck } from './composition';

/**
 * Domain types as the API returns them. Text offsets are UTF-16 code units into the stored transcript
 * text (what JavaScript strings index by); REFI-QDA's code points are converted at the import/export boundary.
 */

export type InterviewMode = 'on-site' | 'video' | 'phone';
export const INTERVIEW_MODES: readonly InterviewMode[] = ['on-site', 'video', 'phone'];

export type InterviewStatus = 'planned' | 'conducted' | 'transcribed' | 'coded' | 'validated';
export const INTERVIEW_STATUSES = [
  'planned',
  'conducted',
  'transcribed',
  'coded',
  'validated',
] as const satisfies readonly InterviewStatus[];

export type SpeakerRole = 'interviewer' | 'interviewee' | 'other';

export type ProjectStatus = 'active' | 'paused' | 'closed' | 'not-deployed';
export const PROJECT_STATUSES: readonly ProjectStatus[] = ['active', 'paused', 'closed', 'not-deployed'];

export type PartnerRole = 'startup' | 'industrial' | 'establishment' | 'institution' | 'other';
export const PARTNER_ROLES: readonly PartnerRole[] = [
  'startup',
  'industrial',
  'establishment',
  'institution',
  'other',
];

export type StepStatus = 'not-started' | 'in-progress' | 'done' | 'blocked';
export const STEP_STATUSES: readonly StepStatus[] = ['not-started', 'in-progress', 'done', 'blocked'];

export type ObservationStrength = 'explicit' | 'implied';
export type ObservationStatus = 'open' | 'mitigated' | 'resolved';

/** The codebook branches the seeded taxonomies fill; 'free' is a code the user made up. */
export type CodeKind =
  | 'branch'
  | 'challenge'
  | 'actor-type'
  | 'collaboration-form'
  | 'benefit'
  | 'limit'
  | 'lever'
  | 'lifecycle'
  | 'deployment-step'
  | 'free';

export interface WorkspaceInfo {
  path: string;
  name: string;
  schemaVersion: number;
  readOnly: boolean;
  sizeBytes: number;
}

export interface RecentWorkspace {
  path: string;
  name: string;
  openedAt: string;
  exists: boolean;
}

export interface WorkspaceStats {
  interviews: number;
  transcripts: number;
  segments: number;
  codes: number;
  projects: number;
  organisations: number;
  people: number;
}

export interface InterviewSummary {
  id: string;
  title: string;
  date: string | null;
  place: string | null;
  mode: InterviewMode | null;
  interviewer: string | null;
  status: InterviewStatus;
  interviewees: {
    personId: string;
    name: string;
    pseudonym: string | null;
    position: string | null;
    organisation: string | null;
    actorType: string | null;
  }[];
  projectIds: string[];
  transcriptCount: number;
  segmentCount: number;
}

export interface SpeakerTurn {
  id: string;
  seq: number;
  speaker: string;
  role: SpeakerRole;
  start: number;
  end: number;
  timestampMs: number | null;
}

export interface Segment {
  id: string;
  transcriptId: string;
  start: number;
  end: number;
  quote: string;
  memo: string | null;
  important: boolean;
  codeIds: string[];
  projectIds: string[];
}

export interface Transcript {
  id: string;
  interviewId: string;
  title: string;
  text: string;
  sourceName: string | null;
  sourceFormat: string | null;
  turns: SpeakerTurn[];
  segments: Segment[];
}

export interface GuideAxis {
  id: string;
  key: string;
  order: number;
  labelFr: string;
  labelEn: string;
  promptsFr: string | null;
  promptsEn: string | null;
  optional: boolean;
}

export interface InterviewDetail extends InterviewSummary {
  topic: string | null;
  notes: string | null;
  consentDate: string | null;
  consentScope: string | null;
  /** The interviewer's notes per guide axis, by axis id (axes without a note are absent). */
  axisNotes: Record<string, string>;
  guide: { id: string; name: string; axes: GuideAxis[] } | null;
  transcripts: Transcript[];
}

export interface CodeNode {
  id: string;
  parentId: string | null;
  name: string;
  nameEn: string | null;
  color: string | null;
  definition: string | null;
  kind: CodeKind;
  taxonomyKey: string | null;
  order: number;
  segmentCount: number;
  interviewCount: number;
}

export interface VerbatimRow {
  segmentId: string;
  transcriptId: string;
  interviewId: string;
  interviewTitle: string;
  interviewDate: string | null;
  interviewer: string | null;
  quote: string;
  start: number;
  end: number;
  memo: string | null;
  important: boolean;
  codeIds: string[];
  speaker: string | null;
  speakerRole: SpeakerRole | null;
  pseudonym: string | null;
  organisation: string | null;
  actorType: string | null;
}

export interface Organisation {
  id: string;
  name: string;
  aliases: string[];
  actorType: string | null;
  structureType: string | null;
  region: string | null;
  sector: 'public' | 'private' | null;
  city: string | null;
  notes: string | null;
  /** The group this organisation belongs to (an establishment's hospital group), or null. */
  parentId: string | null;
}

export interface Person {
  id: string;
  fullName: string;
  pseudonym: string | null;
  position: string | null;
  organisationId: string | null;
  organisation: string | null;
  hierarchyLevel: string | null;
}

export interface ProjectPartner {
  id: string;
  organisationId: string;
  organisation: string;
  actorType: string | null;
  role: PartnerRole;
  fundingEur: number | null;
}

export interface ProjectSummary {
  id: string;
  name: string;
  solution: string | null;
  theme: string | null;
  callYear: number | null;
  methodStep: string | null;
  lifecycleStage: string | null;
  status: ProjectStatus;
  region: string | null;
  partners: ProjectPartner[];
  totalFundingEur: number;
  observationCount: number;
  stepsDone: number;
}

export interface ProjectStep {
  stepKey: string;
  status: StepStatus;
  startDate: string | null;
  endDate: string | null;
  note: string | null;
}

export interface ChallengeObservation {
  id: string;
  projectId: string;
  codeId: string;
  challengeKey: string | null;
  challenge: string;
  strength: ObservationStrength;
  status: ObservationStatus;
  levers: string | null;
  notes: string | null;
  evidence: { segmentId: string; quote: string; interviewId: string; interviewTitle: string }[];
}

export interface ProjectDetail extends ProjectSummary {
  /** The partners checked against the alliance's typical composition (warnings, never a block). */
  composition: CompositionCheck;
  summary: string | null;
  providerOrganisationId: string | null;
  triggers: string[];
  dtaCategory: string | null;
  wave: string | null;
  hasLevel: string | null;
  hasType: string | null;
  ansTags: string[];
  startDate: string | null;
  endDate: string | null;
  steps: ProjectStep[];
  observations: ChallengeObservation[];
  sites: {
    id: string;
    organisationId: string;
    organisation: string;
    region: string | null;
    status: string;
    startDate: string | null;
    endDate: string | null;
    notes: string | null;
  }[];
}

export interface ReferenceItem {
  key: string;
  labelFr: string;
  labelEn: string;
  parentKey: string | null;
  order: number;
}

export type ReferenceLists = Record<string, ReferenceItem[]>;
