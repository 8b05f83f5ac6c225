import { describe, expect, it } from 'vitest';
import { saveGuide } from './guides-edit';
import { listGuides } from './queries/guides';
import { undo } from './history';
import { tempWorkspace } from '../test/support/workspace';

describe('interview guides', () => {
  it('seeds the default guide of ten axes in French and English', () => {
    const ws = tempWorkspace();
    const [guide] = listGuides(ws.db);
    expect(guide!.isDefault).toBe(true);
    expect(guide!.axes.map((a) => a.labelFr)).toContain("Freins à l'implémentation");
    expect(guide!.axes).toHaveLength(10);
    expect(guide!.axes.every((a) => a.promptsFr && a.promptsEn)).toBe(true);
    ws.close();
  });

  it('edits a guide: reorders, renames, drops and adds axes; undo restores it', () => {
    const ws = tempWorkspace();
    const [guide] = listGuides(ws.db);
    const [first, second] = guide!.axes;
    saveGuide(ws.db, {
      id: guide!.id,
      name: 'Guide établissements',
      axes: [
        { id: second!.id, labelFr: second!.labelFr, labelEn: second!.labelEn },
        { id: first!.id, labelFr: 'Présentation et parcours', labelEn: 'Role and career' },
        { labelFr: 'Données de santé', labelEn: 'Health data', promptsFr: 'Où sont hébergées vos données ?' },
      ],
    });
    const edited = listGuides(ws.db)[0]!;
    expect(edited.name).toBe('Guide établissements');
    expect(edited.axes.map((a) => a.labelFr)).toEqual([
      second!.labelFr,
      'Présentation et parcours',
      'Données de santé',
    ]);
    expect(edited.axes[2]!.key).toBe('health-data');
    undo(ws.db);
    expect(listGuides(ws.db)[0]!.axes).toHaveLength(10);
    ws.close();
  });

  it('creates a second guide and makes it the default', () => {
    const ws = tempWorkspace();
    const id = saveGuide(ws.db, {
      name: 'Guide patients',
      isDefault: true,
      axes: [{ labelFr: 'Parcours', labelEn: '' }],
    });
    const guides = listGuides(ws.db);
    expect(guides.find((g) => g.isDefault)!.id).toBe(id);
    expect(guides.filter((g) => g.isDefault)).toHaveLength(1);
    expect(guides.find((g) => g.id === id)!.axes[0]!.labelEn).toBe('Parcours');
    ws.close();
  });
});
