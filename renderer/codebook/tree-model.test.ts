import { describe, expect, it } from 'vitest';
import type { CodeNode } from '../../shared/domain';
import { indexCodes } from '../lib/codes';
import {
  canMoveUnder,
  dropPositionAt,
  moveForDrop,
  possibleParents,
  rollUpCounts,
  subtreeIds,
} from './tree-model';

function code(id: string, parentId: string | null, segmentCount = 0, interviewCount = 0): CodeNode {
  return {
    id,
    parentId,
    name: id,
    nameEn: null,
    color: null,
    definition: null,
    kind: 'free',
    taxonomyKey: null,
    order: 0,
    segmentCount,
    interviewCount,
  };
}

// challenges
//   adoption (0)
//     patients (6 in 2)
//     pros (6 in 5)
//     etab (4 in 2)
//   business (5 in 3)
// actors
const index = indexCodes([
  code('challenges', null),
  code('adoption', 'challenges'),
  code('patients', 'adoption', 6, 2),
  code('pros', 'adoption', 6, 5),
  code('etab', 'adoption', 4, 2),
  code('business', 'challenges', 5, 3),
  code('actors', null),
]);

describe('rollUpCounts', () => {
  it('sums codings from the descendants and keeps a lower bound of interviews', () => {
    const rolled = rollUpCounts(index);
    expect(rolled.get('adoption')).toEqual({ codings: 16, interviewsAtLeast: 5, descendants: 3 });
    expect(rolled.get('challenges')).toEqual({ codings: 21, interviewsAtLeast: 5, descendants: 5 });
    expect(rolled.get('patients')).toEqual({ codings: 6, interviewsAtLeast: 2, descendants: 0 });
    expect(rolled.get('actors')).toEqual({ codings: 0, interviewsAtLeast: 0, descendants: 0 });
  });
});

describe('subtree and parents', () => {
  it('lists a subtree depth first', () => {
    expect(subtreeIds(index, 'adoption')).toEqual(['adoption', 'patients', 'pros', 'etab']);
  });

  it('refuses to move a code under itself or its descendants', () => {
    expect(canMoveUnder(index, 'adoption', 'pros')).toBe(false);
    expect(canMoveUnder(index, 'adoption', 'adoption')).toBe(false);
    expect(canMoveUnder(index, 'adoption', 'actors')).toBe(true);
    expect(canMoveUnder(index, 'adoption', null)).toBe(true);
    expect(possibleParents(index, 'adoption').map((c) => c.id)).toEqual(['challenges', 'business', 'actors']);
  });
});

describe('moveForDrop', () => {
  it('makes a child when dropped onto a node (at the end of its children)', () => {
    expect(moveForDrop(index, 'business', 'adoption', 'inside')).toEqual({ parentId: 'adoption', index: 3 });
    expect(moveForDrop(index, 'patients', 'actors', 'inside')).toEqual({ parentId: 'actors', index: 0 });
  });

  it('reorders among siblings when dropped between nodes', () => {
    expect(moveForDrop(index, 'etab', 'patients', 'before')).toEqual({ parentId: 'adoption', index: 0 });
    expect(moveForDrop(index, 'patients', 'etab', 'after')).toEqual({ parentId: 'adoption', index: 2 });
    expect(moveForDrop(index, 'patients', 'pros', 'after')).toEqual({ parentId: 'adoption', index: 1 });
    expect(moveForDrop(index, 'business', 'challenges', 'before')).toEqual({ parentId: null, index: 0 });
  });

  it('ignores drops that change nothing or would make a cycle', () => {
    expect(moveForDrop(index, 'pros', 'patients', 'after')).toBeNull();
    expect(moveForDrop(index, 'pros', 'etab', 'before')).toBeNull();
    expect(moveForDrop(index, 'adoption', 'adoption', 'inside')).toBeNull();
    expect(moveForDrop(index, 'adoption', 'pros', 'inside')).toBeNull();
    expect(moveForDrop(index, 'challenges', 'patients', 'before')).toBeNull();
  });
});

describe('dropPositionAt', () => {
  it('splits a row into before / inside / after', () => {
    expect(dropPositionAt(2, 28)).toBe('before');
    expect(dropPositionAt(14, 28)).toBe('inside');
    expect(dropPositionAt(26, 28)).toBe('after');
  });
});
