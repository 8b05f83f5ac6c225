import { describe, expect, it } from 'vitest';
import { moveAxis, toSaveInput } from './guide-draft';

describe('guide drafts', () => {
  it('moves an axis up and down, staying within the list', () => {
    expect(moveAxis(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveAxis(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveAxis(['a', 'b', 'c'], 0, 5)).toEqual(['b', 'c', 'a']);
  });

  it('sends trimmed values, nulls for empty prompts, and drops untitled axes', () => {
    const input = toSaveInput({
      name: ' Guide patients ',
      description: '',
      isDefault: false,
      axes: [
        { labelFr: ' Parcours ', labelEn: '', promptsFr: '', promptsEn: ' Journey? ', optional: true },
        { labelFr: '   ', labelEn: 'x', promptsFr: 'y', promptsEn: '', optional: false },
      ],
    });
    expect(input).toEqual({
      id: undefined,
      name: 'Guide patients',
      description: null,
      isDefault: false,
      axes: [
        {
          id: undefined,
          labelFr: 'Parcours',
          labelEn: '',
          promptsFr: null,
          promptsEn: 'Journey?',
          optional: true,
        },
      ],
    });
  });
});
