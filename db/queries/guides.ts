import type { GuideSummary } from '../../shared/api';
import type { GuideAxis } from '../../shared/domain';
import type { Db } from '../workspace';

export function listGuides(db: Db): GuideSummary[] {
  const guides = db
    .prepare(
      `SELECT id, name, description, is_default AS isDefault FROM interview_guides WHERE deleted_at IS NULL
       ORDER BY is_default DESC, name`,
    )
    .all() as (Omit<GuideSummary, 'axes' | 'isDefault'> & { isDefault: number })[];
  const axes = db.prepare(
    `SELECT id, key, sort_order AS "order", label_fr AS labelFr, label_en AS labelEn, prompts_fr AS promptsFr,
       prompts_en AS promptsEn, optional FROM guide_axes WHERE guide_id = ? AND deleted_at IS NULL ORDER BY sort_order`,
  );
  return guides.map((g) => ({
    ...g,
    isDefault: g.isDefault === 1,
    axes: (axes.all(g.id) as (Omit<GuideAxis, 'optional'> & { optional: number })[]).map((a) => ({
      ...a,
      optional: a.optional === 1,
    })),
  }));
}
