import type { PersonConsent, PersonExport } from '../shared/api/workspace';
import { TerrainError } from '../shared/errors';
import { record } from './history';
import { ERASED, findOccurrences, matcher, ownTurnIds, personRow, personTerms } from './erasure';
import type { Db } from './workspace';

/**
 * People's rights (GDPR): the consent a person gave (and withdrew), and the access request: everything the
 * workspace holds about them, as one JSON document. Erasure is in db/erasure.ts.
 */

/** A person by id, or by pseudonym (case and accents ignored), deleted ones included: they still hold data. */
export function findPerson(db: Db, idOrPseudonym: string): string {
  const byId = db.prepare('SELECT id FROM people WHERE id = ?').get(idOrPseudonym) as
    { id: string } | undefined;
  if (byId) return byId.id;
  const wanted = idOrPseudonym.trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const rows = db.prepare('SELECT id, pseudonym FROM people WHERE pseudonym IS NOT NULL').all() as {
    id: string;
    pseudonym: string;
  }[];
  const hits = rows.filter(
    (r) => r.pseudonym.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() === wanted,
  );
  if (hits.length === 1) return hits[0]!.id;
  if (hits.length > 1)
    throw new TerrainError('conflict', `Plusieurs personnes ont le pseudonyme « ${idOrPseudonym} ».`);
  throw new TerrainError('not_found', `Personne introuvable : ${idOrPseudonym.slice(0, 100)}`);
}

export function getConsent(db: Db, id: string): PersonConsent {
  const row = db
    .prepare(
      `SELECT id, full_name AS fullName, pseudonym, consent_date AS consentDate, consent_scope AS consentScope,
         consent_withdrawn_at AS consentWithdrawnAt FROM people WHERE id = ?`,
    )
    .get(id) as Omit<PersonConsent, 'erased'> | undefined;
  if (!row) throw new TerrainError('not_found', 'Personne introuvable.');
  return { ...row, erased: row.fullName === ERASED };
}

/** Records consent (date and scope) or its withdrawal; an ordinary action, undoable. */
export function setConsent(
  db: Db,
  input: {
    id: string;
    consentDate?: string | null;
    consentScope?: string | null;
    consentWithdrawnAt?: string | null;
  },
): PersonConsent {
  const current = getConsent(db, input.id);
  if (current.erased) throw new TerrainError('conflict', 'Cette personne a été effacée.');
  const values: Record<string, unknown> = {};
  if (input.consentDate !== undefined) values.consent_date = input.consentDate;
  if (input.consentScope !== undefined) values.consent_scope = input.consentScope?.trim() || null;
  if (input.consentWithdrawnAt !== undefined) values.consent_withdrawn_at = input.consentWithdrawnAt;
  if (Object.keys(values).length > 0) {
    // The label names the pseudonym, never the person: history labels are shown and kept.
    record(db, `Consentement de ${current.pseudonym ?? 'la personne'}`, (rec) =>
      rec.update('people', input.id, values),
    );
  }
  return getConsent(db, input.id);
}

function excerpt(text: string, start: number, end: number, around = 80): string {
  const from = Math.max(0, start - around);
  const to = Math.min(text.length, end + around);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/**
 * The access request (GDPR art. 15): the person's record with consent, aliases, the interviews they took part
 * in, every passage they said (their speaker turns, and the coded segments in them with their codes), memos
 * about or naming them, attributes, and where else a transcript names them. Deleted (trashed) rows are
 * included, marked: the workspace still holds them.
 */
export function exportPerson(
  db: Db,
  id: string,
  workspaceName: string,
  now: Date = new Date(),
): PersonExport {
  const p = db
    .prepare(
      `SELECT p.id, p.full_name AS fullName, p.pseudonym, p.position, p.hierarchy_level AS hierarchyLevel, p.email,
         p.phone, p.notes, p.consent_date AS consentDate, p.consent_scope AS consentScope,
         p.consent_withdrawn_at AS consentWithdrawnAt, p.created_at AS createdAt, p.updated_at AS updatedAt,
         p.deleted_at AS deletedAt, o.id AS organisationId, o.name AS organisationName
       FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.id = ?`,
    )
    .get(id) as Record<string, string | null> | undefined;
  if (!p) throw new TerrainError('not_found', 'Personne introuvable.');
  personRow(db, id);
  const re = matcher(personTerms(db, id));
  const aliases = db
    .prepare(
      'SELECT alias, created_at AS createdAt, deleted_at AS deletedAt FROM person_aliases WHERE person_id = ?',
    )
    .all(id);
  const interviews = db
    .prepare(
      `SELECT i.id, i.title, i.date, i.place, i.mode, i.interviewer, i.status, i.topic, ip.role,
         i.consent_date AS consentDate, i.consent_scope AS consentScope, i.deleted_at AS deletedAt
       FROM interview_participants ip JOIN interviews i ON i.id = ip.interview_id
       WHERE ip.person_id = ? ORDER BY i.date, i.title`,
    )
    .all(id);
  const turnRows = db
    .prepare(
      `SELECT st.id, st.transcript_id AS transcriptId, t.title AS transcriptTitle, i.id AS interviewId,
         i.title AS interviewTitle, st.seq, st.speaker, st.start_offset AS start, st.end_offset AS "end",
         st.timestamp_ms AS timestampMs, t.text, st.deleted_at AS deletedAt
       FROM speaker_turns st JOIN transcripts t ON t.id = st.transcript_id JOIN interviews i ON i.id = t.interview_id
       WHERE st.id IN (SELECT value FROM json_each(?)) ORDER BY i.date, t.id, st.seq`,
    )
    .all(JSON.stringify([...ownTurnIds(db, id, re)])) as {
    id: string;
    transcriptId: string;
    start: number;
    end: number;
    text?: string;
    [k: string]: unknown;
  }[];
  const turns = turnRows.map(({ text, ...t }) => ({ ...t, text: (text ?? '').slice(t.start, t.end) }));
  const turnIds = new Set(turnRows.map((t) => t.id));
  const segments = (
    db
      .prepare(
        `SELECT s.id, s.transcript_id AS transcriptId, s.speaker_turn_id AS turnId, s.start_offset AS start,
           s.end_offset AS "end", s.quote, s.memo, s.important, s.deleted_at AS deletedAt,
           (SELECT json_group_array(c.name) FROM segment_codes sc JOIN codes c ON c.id = sc.code_id
              WHERE sc.segment_id = s.id AND sc.deleted_at IS NULL) AS codes
         FROM segments s ORDER BY s.transcript_id, s.start_offset`,
      )
      .all() as {
      id: string;
      transcriptId: string;
      turnId: string | null;
      start: number;
      end: number;
      quote: string;
      memo: string | null;
      important: number;
      codes: string;
      deletedAt: string | null;
    }[]
  )
    .filter(
      (s) =>
        (s.turnId !== null && turnIds.has(s.turnId)) ||
        turnRows.some((t) => t.transcriptId === s.transcriptId && s.start < t.end && s.end > t.start) ||
        findOccurrences(s.quote, re).length > 0 ||
        (s.memo !== null && findOccurrences(s.memo, re).length > 0),
    )
    .map((s) => ({ ...s, important: s.important === 1, codes: JSON.parse(s.codes) as string[] }));
  const memos = (
    db
      .prepare(
        `SELECT id, target_type AS targetType, target_id AS targetId, title, body, created_at AS createdAt,
           deleted_at AS deletedAt FROM memos`,
      )
      .all() as { targetType: string; targetId: string | null; title: string | null; body: string }[]
  ).filter(
    (m) =>
      (m.targetType === 'person' && m.targetId === id) ||
      findOccurrences(m.body, re).length > 0 ||
      (m.title !== null && findOccurrences(m.title, re).length > 0),
  );
  const hasAttributes = !!db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attributes'")
    .get();
  const attributes = hasAttributes
    ? db
        .prepare(
          "SELECT name, value, source, deleted_at AS deletedAt FROM attributes WHERE target_type = 'person' AND target_id = ?",
        )
        .all(id)
    : [];
  // Where other people's speech names them.
  const mentions: { transcriptId: string; interviewTitle: string; start: number; excerpt: string }[] = [];
  const transcripts = db
    .prepare('SELECT t.id, t.text, i.title FROM transcripts t JOIN interviews i ON i.id = t.interview_id')
    .all() as { id: string; text: string; title: string }[];
  for (const t of transcripts) {
    const own = turnRows.filter((r) => r.transcriptId === t.id);
    for (const m of findOccurrences(t.text, re)) {
      if (own.some((r) => m.start >= r.start && m.end <= r.end)) continue;
      mentions.push({
        transcriptId: t.id,
        interviewTitle: t.title,
        start: m.start,
        excerpt: excerpt(t.text, m.start, m.end),
      });
    }
  }

  const document = {
    format: 'terrain-person-export',
    version: 1,
    exportedAt: now.toISOString(),
    workspace: workspaceName,
    notice:
      'Données relatives à cette personne détenues dans l’espace de travail Terrain (droit d’accès, RGPD art. 15). Les positions (start, end) sont en unités UTF-16 dans le texte de la transcription.',
    person: {
      id: p.id,
      fullName: p.fullName,
      pseudonym: p.pseudonym,
      position: p.position,
      organisation: p.organisationId ? { id: p.organisationId, name: p.organisationName } : null,
      hierarchyLevel: p.hierarchyLevel,
      email: p.email,
      phone: p.phone,
      notes: p.notes,
      consent: { date: p.consentDate, scope: p.consentScope, withdrawnAt: p.consentWithdrawnAt },
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
      deletedAt: p.deletedAt,
    },
    aliases,
    interviews,
    turns,
    segments,
    memos,
    attributes,
    mentions,
  };
  const label = (p.pseudonym ?? id.slice(0, 8)).replace(/[^A-Za-z0-9_-]+/g, '-');
  return {
    fileName: `terrain-personne-${label}-${now.toISOString().slice(0, 10)}.json`,
    content: JSON.stringify(document, null, 2),
    counts: {
      interviews: interviews.length,
      turns: turns.length,
      segments: segments.length,
      memos: memos.length,
      mentions: mentions.length,
    },
  };
}
