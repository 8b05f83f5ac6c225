import { describe, expect, it } from 'vitest';
import { base64ToBytes, mimeOfFile } from './download';
import {
  chosenIds,
  defaultDraft,
  draftProblem,
  generationSteps,
  selectionOf,
  stepAt,
  toGenerateRequest,
  toPreviewRequest,
  toggleSelection,
} from './request';

describe('report drafts', () => {
  it('start as a pseudonymised portfolio report with quotes, in the interface language', () => {
    const draft = defaultDraft('en');
    expect(draft).toMatchObject({ kind: 'portfolio', lang: 'en', pseudonymise: true, withQuotes: true });
    expect(toPreviewRequest(draft)).toEqual({
      kind: 'portfolio',
      lang: 'en',
      withQuotes: true,
      pseudonymise: true,
    });
  });

  it('send only the options that apply to the report, texts trimmed', () => {
    const draft = {
      ...defaultDraft('fr'),
      projectIds: ['p1'],
      interviewIds: ['i1'],
      analysisId: 'a1',
      title: '  Bilan 2023 ',
      author: ' ',
      periodFrom: '2023-01-01',
    };
    expect(toPreviewRequest(draft)).toEqual({
      kind: 'portfolio',
      lang: 'fr',
      withQuotes: true,
      pseudonymise: true,
      projectIds: ['p1'],
      analysisId: 'a1',
      title: 'Bilan 2023',
      periodFrom: '2023-01-01',
    });
    const synthesis = toGenerateRequest({ ...draft, kind: 'interviews', format: 'docx' });
    expect(synthesis.interviewIds).toEqual(['i1']);
    expect(synthesis).not.toHaveProperty('projectIds');
    expect(synthesis).not.toHaveProperty('analysisId');
    expect(synthesis.format).toBe('docx');
  });

  it('say what blocks a report', () => {
    const draft = defaultDraft('fr');
    expect(draftProblem(draft)).toBeNull();
    expect(draftProblem({ ...draft, projectIds: [] })).toBe('noProjects');
    expect(draftProblem({ ...draft, kind: 'interviews', projectIds: [] })).toBeNull();
    expect(draftProblem({ ...draft, kind: 'interviews', interviewIds: [] })).toBe('noInterviews');
    expect(draftProblem({ ...draft, periodFrom: '2023-06-01', periodTo: '2023-01-01' })).toBe('period');
  });
});

describe('selections', () => {
  const all = ['a', 'b', 'c'];

  it('leave the default out, and come back to it when everything is chosen again', () => {
    const one = toggleSelection(null, 'b', all);
    expect(one).toEqual(['a', 'c']);
    expect(toggleSelection(one, 'b', all)).toBeNull();
    expect(chosenIds(null, all)).toEqual(new Set(all));
    expect(chosenIds(['a'], all)).toEqual(new Set(['a']));
  });

  it('can hold ids beyond the defaults (an interview without a transcript)', () => {
    expect(toggleSelection(null, 'd', all)).toEqual(['a', 'b', 'c', 'd']);
    expect(selectionOf(['c', 'b', 'a'], all)).toBeNull();
    expect(selectionOf([], all)).toEqual([]);
  });
});

describe('generation steps', () => {
  it('draw charts only for the formats that show them', () => {
    expect(generationSteps('portfolio', 'docx')).toEqual(['data', 'charts', 'render', 'write']);
    expect(generationSteps('portfolio', 'xlsx')).toEqual(['data', 'render', 'write']);
    expect(generationSteps('interviews', 'pdf')).toEqual(['data', 'browser', 'render', 'write']);
    expect(generationSteps('interviews', 'html')).toEqual(['data', 'render', 'write']);
  });

  it('name the step under way, the last one lasting until the answer', () => {
    const steps = generationSteps('portfolio', 'pdf');
    expect(stepAt(steps, 0)).toBe('data');
    expect(stepAt(steps, 1500)).toBe('charts');
    expect(stepAt(steps, 5000)).toBe('render');
    expect(stepAt(steps, 600_000)).toBe('write');
  });
});

describe('downloads', () => {
  it('decode base64 and know the reports’ media types', () => {
    expect([...base64ToBytes('AAEC/w==')]).toEqual([0, 1, 2, 255]);
    expect(mimeOfFile('rapport-2024-01-01.docx')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(mimeOfFile('projet.QDPX')).toBe('application/zip');
    expect(mimeOfFile('sans-extension')).toBe('application/octet-stream');
  });
});
