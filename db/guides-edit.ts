import { TerrainError } from '../shared/errors';
import type { Db } from './workspace';
import { record } from './history';

export interface GuideInput {
  id?: string;
  name: string;
  description?: string | null;
  isDefault?: boolean;
  axes: {
    id?: string;
    labelFr: string;
    labelEn: string;
    promptsFr?: string | null;
    promptsEn?: string | null;
    optional?: boolean;
  }[];
}

function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'axe'
  );
}

/**
 * Creates a guide or rewrites one: its axes in the given order; an axis left out goes to the trash (notes
 * taken against it stay attached to it and come back with an undo).
 */
export function saveGuide(db: Db, input: GuideInput): string {
  if (!input.name.trim()) throw new TerrainError('invalid_input', 'Un guide doit avoir un nom.');
  if (
    input.id &&
    !db.prepare('SELECT 1 FROM interview_guides WHERE id = ? AND deleted_at IS NULL').get(input.id)
  ) {
    throw new TerrainError('not_found', 'Guide introuvable.');
  }
  return record(
    db,
    input.id ? `Modifier le guide « ${input.name} »` : `Créer le guide « ${input.name} »`,
    (rec) => {
      const fields = { name: input.name.trim(), description: input.description ?? null };
      const guideId = input.id ?? rec.insert('interview_guides', { ...fields, is_default: 0 });
      if (input.id) rec.update('interview_guides', guideId, fields);
      if (input.isDefault) {
        const others = db
          .prepare('SELECT id FROM interview_guides WHERE is_default = 1 AND id != ? AND deleted_at IS NULL')
          .all(guideId) as {
          id: string;
        }[];
        for (const o of others) rec.update('interview_guides', o.id, { is_default: 0 });
        rec.update('interview_guides', guideId, { is_default: 1 });
      }
      const existing = db
        .prepare('SELECT id FROM guide_axes WHERE guide_id = ? AND deleted_at IS NULL')
        .all(guideId) as {
        id: string;
      }[];
      const kept = new Set<string>();
      input.axes.forEach((axis, i) => {
        if (!axis.labelFr.trim()) throw new TerrainError('invalid_input', `L’axe ${i + 1} n’a pas de titre.`);
        const values = {
          sort_order: i + 1,
          label_fr: axis.labelFr.trim(),
          label_en: axis.labelEn.trim() || axis.labelFr.trim(),
          prompts_fr: axis.promptsFr ?? null,
          prompts_en: axis.promptsEn ?? null,
          optional: axis.optional ? 1 : 0,
        };
        if (axis.id && existing.some((e) => e.id === axis.id)) {
          rec.update('guide_axes', axis.id, values);
          kept.add(axis.id);
        } else {
          rec.insert('guide_axes', { ...values, guide_id: guideId, key: slug(axis.labelEn || axis.labelFr) });
        }
      });
      for (const e of existing) if (!kept.has(e.id)) rec.remove('guide_axes', e.id);
      return guideId;
    },
  );
}
