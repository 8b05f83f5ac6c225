/**
 * The first schema. Every entity table carries a text UUID primary key, created/updated timestamps and a
 * deleted_at tombstone: rows are never removed by the app, so a teammate's copy can be merged later and the
 * trash can restore them. Uniqueness that matters to users is enforced only among live rows (partial indexes).
 * Offsets (start_offset/end_offset) are UTF-16 code units into transcripts.text.
 */
const common = `
  id TEXT PRIMARY KEY NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT`;

export const initialSchema = `
CREATE TABLE reference_items (${common},
  taxonomy TEXT NOT NULL,
  key TEXT NOT NULL,
  label_fr TEXT NOT NULL,
  label_en TEXT NOT NULL,
  parent_key TEXT,
  sort_order INTEGER NOT NULL DEFAULT 0,
  data TEXT
) STRICT;
CREATE UNIQUE INDEX reference_items_key ON reference_items(taxonomy, key) WHERE deleted_at IS NULL;

CREATE TABLE organisations (${common},
  name TEXT NOT NULL,
  actor_type TEXT,
  structure_type TEXT,
  kind TEXT,
  region TEXT,
  sector TEXT CHECK (sector IN ('public', 'private')),
  parent_id TEXT REFERENCES organisations(id),
  city TEXT,
  notes TEXT
) STRICT;
CREATE INDEX organisations_name ON organisations(name COLLATE NOCASE);
CREATE INDEX organisations_actor_type ON organisations(actor_type);
CREATE INDEX organisations_parent ON organisations(parent_id);

CREATE TABLE organisation_aliases (${common},
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  alias TEXT NOT NULL
) STRICT;
CREATE INDEX organisation_aliases_org ON organisation_aliases(organisation_id);
CREATE INDEX organisation_aliases_alias ON organisation_aliases(alias COLLATE NOCASE);

CREATE TABLE people (${common},
  full_name TEXT NOT NULL,
  pseudonym TEXT,
  position TEXT,
  organisation_id TEXT REFERENCES organisations(id),
  hierarchy_level TEXT CHECK (hierarchy_level IN ('field', 'middle', 'strategic')),
  email TEXT,
  phone TEXT,
  notes TEXT,
  consent_date TEXT,
  consent_scope TEXT,
  consent_withdrawn_at TEXT
) STRICT;
CREATE INDEX people_organisation ON people(organisation_id);

CREATE TABLE person_aliases (${common},
  person_id TEXT NOT NULL REFERENCES people(id),
  alias TEXT NOT NULL
) STRICT;
CREATE INDEX person_aliases_person ON person_aliases(person_id);

CREATE TABLE interview_guides (${common},
  name TEXT NOT NULL,
  description TEXT,
  is_default INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE guide_axes (${common},
  guide_id TEXT NOT NULL REFERENCES interview_guides(id),
  key TEXT NOT NULL,
  sort_order INTEGER NOT NULL,
  label_fr TEXT NOT NULL,
  label_en TEXT NOT NULL,
  prompts_fr TEXT,
  prompts_en TEXT,
  optional INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX guide_axes_guide ON guide_axes(guide_id, sort_order);

CREATE TABLE interviews (${common},
  title TEXT NOT NULL,
  date TEXT,
  place TEXT,
  mode TEXT CHECK (mode IN ('on-site', 'video', 'phone')),
  interviewer TEXT,
  status TEXT NOT NULL DEFAULT 'planned'
    CHECK (status IN ('planned', 'conducted', 'transcribed', 'coded', 'validated')),
  guide_id TEXT REFERENCES interview_guides(id),
  topic TEXT,
  notes TEXT,
  consent_date TEXT,
  consent_scope TEXT
) STRICT;
CREATE INDEX interviews_date ON interviews(date);
CREATE INDEX interviews_status ON interviews(status);
CREATE INDEX interviews_interviewer ON interviews(interviewer);

CREATE TABLE interview_participants (${common},
  interview_id TEXT NOT NULL REFERENCES interviews(id),
  person_id TEXT NOT NULL REFERENCES people(id),
  role TEXT NOT NULL DEFAULT 'interviewee' CHECK (role IN ('interviewee', 'interviewer', 'observer'))
) STRICT;
CREATE INDEX interview_participants_interview ON interview_participants(interview_id);
CREATE INDEX interview_participants_person ON interview_participants(person_id);

CREATE TABLE interview_axis_notes (${common},
  interview_id TEXT NOT NULL REFERENCES interviews(id),
  axis_id TEXT NOT NULL REFERENCES guide_axes(id),
  note TEXT NOT NULL
) STRICT;
CREATE INDEX interview_axis_notes_interview ON interview_axis_notes(interview_id);

CREATE TABLE transcripts (${common},
  interview_id TEXT NOT NULL REFERENCES interviews(id),
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  source_name TEXT,
  source_format TEXT,
  language TEXT
) STRICT;
CREATE INDEX transcripts_interview ON transcripts(interview_id);

CREATE TABLE speaker_turns (${common},
  transcript_id TEXT NOT NULL REFERENCES transcripts(id),
  seq INTEGER NOT NULL,
  speaker TEXT NOT NULL,
  person_id TEXT REFERENCES people(id),
  role TEXT NOT NULL DEFAULT 'other' CHECK (role IN ('interviewer', 'interviewee', 'other')),
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  timestamp_ms INTEGER,
  end_ms INTEGER,
  CHECK (end_offset >= start_offset)
) STRICT;
CREATE INDEX speaker_turns_transcript ON speaker_turns(transcript_id, start_offset);

CREATE TABLE codes (${common},
  parent_id TEXT REFERENCES codes(id),
  name TEXT NOT NULL,
  name_en TEXT,
  color TEXT,
  definition TEXT,
  inclusion TEXT,
  exclusion TEXT,
  example TEXT,
  kind TEXT NOT NULL DEFAULT 'free',
  taxonomy_key TEXT,
  sort_order INTEGER NOT NULL DEFAULT 0,
  shortcut INTEGER
) STRICT;
CREATE INDEX codes_parent ON codes(parent_id, sort_order);
CREATE INDEX codes_taxonomy ON codes(kind, taxonomy_key);

CREATE TABLE segments (${common},
  transcript_id TEXT NOT NULL REFERENCES transcripts(id),
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  quote TEXT NOT NULL,
  memo TEXT,
  important INTEGER NOT NULL DEFAULT 0,
  speaker_turn_id TEXT REFERENCES speaker_turns(id),
  CHECK (end_offset > start_offset AND start_offset >= 0)
) STRICT;
CREATE INDEX segments_transcript ON segments(transcript_id, start_offset);

CREATE TABLE segment_codes (${common},
  segment_id TEXT NOT NULL REFERENCES segments(id),
  code_id TEXT NOT NULL REFERENCES codes(id)
) STRICT;
CREATE UNIQUE INDEX segment_codes_unique ON segment_codes(segment_id, code_id) WHERE deleted_at IS NULL;
CREATE INDEX segment_codes_code ON segment_codes(code_id, segment_id);

CREATE TABLE memos (${common},
  target_type TEXT NOT NULL,
  target_id TEXT,
  title TEXT,
  body TEXT NOT NULL
) STRICT;
CREATE INDEX memos_target ON memos(target_type, target_id);

CREATE TABLE projects (${common},
  name TEXT NOT NULL,
  solution TEXT,
  provider_org_id TEXT REFERENCES organisations(id),
  summary TEXT,
  theme TEXT,
  call_year INTEGER,
  wave TEXT,
  method_step TEXT,
  lifecycle_stage TEXT,
  triggers TEXT NOT NULL DEFAULT '[]',
  dta_category TEXT,
  has_level TEXT,
  has_type TEXT,
  ans_tags TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'closed', 'not-deployed')),
  start_date TEXT,
  end_date TEXT,
  region TEXT
) STRICT;
CREATE INDEX projects_call_year ON projects(call_year);
CREATE INDEX projects_status ON projects(status);

CREATE TABLE project_partners (${common},
  project_id TEXT NOT NULL REFERENCES projects(id),
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  role TEXT NOT NULL CHECK (role IN ('startup', 'industrial', 'establishment', 'institution', 'other')),
  funding_eur INTEGER CHECK (funding_eur IS NULL OR funding_eur >= 0)
) STRICT;
CREATE INDEX project_partners_project ON project_partners(project_id);
CREATE INDEX project_partners_organisation ON project_partners(organisation_id);

CREATE TABLE deployment_sites (${common},
  project_id TEXT NOT NULL REFERENCES projects(id),
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  region TEXT,
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'active', 'ended')),
  start_date TEXT,
  end_date TEXT,
  notes TEXT
) STRICT;
CREATE INDEX deployment_sites_project ON deployment_sites(project_id);

CREATE TABLE project_steps (${common},
  project_id TEXT NOT NULL REFERENCES projects(id),
  step_key TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'not-started' CHECK (status IN ('not-started', 'in-progress', 'done', 'blocked')),
  start_date TEXT,
  end_date TEXT,
  note TEXT
) STRICT;
CREATE UNIQUE INDEX project_steps_unique ON project_steps(project_id, step_key) WHERE deleted_at IS NULL;

CREATE TABLE interview_projects (${common},
  interview_id TEXT NOT NULL REFERENCES interviews(id),
  project_id TEXT NOT NULL REFERENCES projects(id)
) STRICT;
CREATE UNIQUE INDEX interview_projects_unique ON interview_projects(interview_id, project_id) WHERE deleted_at IS NULL;
CREATE INDEX interview_projects_project ON interview_projects(project_id);

CREATE TABLE segment_projects (${common},
  segment_id TEXT NOT NULL REFERENCES segments(id),
  project_id TEXT NOT NULL REFERENCES projects(id)
) STRICT;
CREATE UNIQUE INDEX segment_projects_unique ON segment_projects(segment_id, project_id) WHERE deleted_at IS NULL;
CREATE INDEX segment_projects_project ON segment_projects(project_id);

CREATE TABLE challenge_observations (${common},
  project_id TEXT NOT NULL REFERENCES projects(id),
  code_id TEXT NOT NULL REFERENCES codes(id),
  strength TEXT NOT NULL DEFAULT 'explicit' CHECK (strength IN ('explicit', 'implied')),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'mitigated', 'resolved')),
  levers TEXT,
  notes TEXT
) STRICT;
CREATE INDEX challenge_observations_project ON challenge_observations(project_id);
CREATE INDEX challenge_observations_code ON challenge_observations(code_id, project_id);

CREATE TABLE observation_evidence (${common},
  observation_id TEXT NOT NULL REFERENCES challenge_observations(id),
  segment_id TEXT NOT NULL REFERENCES segments(id)
) STRICT;
CREATE UNIQUE INDEX observation_evidence_unique ON observation_evidence(observation_id, segment_id) WHERE deleted_at IS NULL;
CREATE INDEX observation_evidence_segment ON observation_evidence(segment_id);

CREATE TABLE saved_analyses (${common},
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  settings TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`;
