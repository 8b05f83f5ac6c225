import { describe, expect, it } from 'vitest';
import { dashboard } from '../../db/queries/dashboard';
import { listProjects } from '../../db/queries/projects';
import { saveAnalysis } from '../../db/saved-analyses';
import { insertRow } from '../../db/rows';
import { findNames } from '../../shared/pseudonymise';
import type { PortfolioReport } from '../../shared/api/reports';
import { tempWorkspace } from '../../test/support/workspace';
import { buildInterviewsReport, buildPortfolioReport, pickQuotes } from './model';
import { demoNameForms } from './testing';
import type { SegmentInfo } from '../../db/queries/report-data';

const NOW = new Date('2024-03-15T10:00:00Z');
const EXPECTED_RECURRING = ['Professionnels de santé', 'Interopérabilité', 'Modèle d'];

describe('the portfolio report model', () => {
  it('holds the demo’s four projects, indicators, charts and its three recurring challenges', () => {
    const ws = tempWorkspace({ demo: true });
    const m = buildPortfolioReport(ws.db, { now: NOW, workspacePath: ws.path });
    expect(m.projects.map((p) => p.name)).toEqual([
      'Adlin Science (candidature, non déployé)',
      'DirectoSanté x Pfizer',
      'GutyCare x Takeda x Norgine x CHU de Brest x Vivalto Santé',
      'Octopize x Roche x CHU de Brest',
    ]);
    expect(m.cover).toMatchObject({ title: 'Rapport de portefeuille', date: '2024-03-15', workspace: 'ws' });
    expect(m.cover.period).toMatch(/2023/);
    const ind = Object.fromEntries(m.indicators.map((i) => [i.key, i]));
    expect(ind.projects!.value).toBe(4);
    expect(ind.avgFundingPerProjectPerIndustrialEur!.value).toBe(41_720);
    expect(ind.avgFundingPerProjectPerIndustrialEur!.display).toBe('41\u202f720\u00a0€');
    expect(ind.recurring!.value).toBe(3);

    // Recurring: the most specific rows at threshold 2, most frequent first, each with 2–3 quotes.
    expect(m.recurring.map((r) => r.label)).toEqual([
      "Adoption par l'utilisateur final › Professionnels de santé",
      'Interopérabilité, confidentialité et sécurité des données',
      "Modèle d'affaires",
    ]);
    for (const [i, r] of m.recurring.entries()) {
      expect(r.label).toContain(EXPECTED_RECURRING[i]);
      expect(r.quotes.length).toBeGreaterThanOrEqual(2);
      expect(r.quotes.length).toBeLessThanOrEqual(3);
      for (const q of r.quotes) {
        expect(q.text.length).toBeGreaterThan(20);
        expect(q.reference).toMatch(/2023/);
        expect(q.organisation).toBeTruthy();
      }
      // Important passages come first.
      const flags = r.quotes.map((q) => q.important);
      expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
    }
    expect(m.recurring[0]!.count).toBe(3);
    expect(m.recurring[0]!.outOf).toBe(4);
    expect(m.recurring[2]!.seenIn).toHaveLength(2);

    // The project sheets: partners with funding, sites, the eight steps, observations with evidence.
    const guty = m.projects.find((p) => p.name.startsWith('GutyCare'))!;
    expect(guty.partners.map((p) => p.organisation)).toEqual(
      expect.arrayContaining(['GutyCare', 'Takeda', 'Norgine', 'CHU de Brest']),
    );
    expect(guty.partners.some((p) => p.fundingEur! > 0)).toBe(true);
    expect(guty.sites.length).toBe(2);
    expect(guty.steps).toHaveLength(8);
    expect(guty.challenges.length).toBeGreaterThanOrEqual(5);
    expect(guty.challenges.flatMap((c) => c.evidence).length).toBeGreaterThan(3);
    const directo = m.projects.find((p) => p.name.startsWith('DirectoSanté'))!;
    expect(directo.challenges).toEqual([]);

    // The matrix is the default one, all projects, recurring rows flagged.
    expect(m.matrix.columns).toHaveLength(4);
    expect(m.matrix.rows.filter((r) => r.recurring).length).toBeGreaterThanOrEqual(3);
    expect(m.charts.map((c) => c.id)).toEqual([
      'funnel',
      'byStatus',
      'byLifecycleStage',
      'fundingByActorType',
      'fundingByCallYear',
      'sitesByRegion',
      'recurrence',
    ]);
    expect(m.verbatims.length).toBeGreaterThan(10);
    expect(m.codebook.map((b) => b.branch)).toContain('Enjeux du déploiement');
    ws.close();
  });

  it('draws the same numbers as the dashboard when it covers every project', () => {
    const ws = tempWorkspace({ demo: true });
    const m = buildPortfolioReport(ws.db, { now: NOW });
    const d = dashboard(ws.db);
    const chart = (id: string) => m.charts.find((c) => c.id === id)!.bars.map((b) => [b.key, b.value]);
    expect(chart('funnel')).toEqual(d.funnel.map((b) => [b.key, b.value]));
    expect(chart('byStatus')).toEqual(d.byStatus.map((b) => [b.key, b.value]));
    expect(chart('fundingByActorType')).toEqual(d.fundingByActorType.map((b) => [b.key, b.value]));
    expect(chart('fundingByCallYear')).toEqual(d.fundingByCallYear.map((b) => [b.key, b.value]));
    expect(chart('sitesByRegion')).toEqual(d.sitesByRegion.map((b) => [b.key, b.value]));
    const ind = Object.fromEntries(m.indicators.map((i) => [i.key, i.value]));
    for (const key of Object.keys(d.indicators) as (keyof typeof d.indicators)[])
      expect(ind[key], key).toBe(d.indicators[key]);
    ws.close();
  });

  it('covers only the chosen projects, in English, without quotes when asked', () => {
    const ws = tempWorkspace({ demo: true });
    const ids = listProjects(ws.db)
      .filter((p) => /GutyCare|Octopize/.test(p.name))
      .map((p) => p.id);
    const m = buildPortfolioReport(ws.db, { projectIds: ids, lang: 'en', withQuotes: false, now: NOW });
    expect(m.projects).toHaveLength(2);
    expect(m.matrix.columns).toHaveLength(2);
    expect(m.indicators.find((i) => i.key === 'projects')!.value).toBe(2);
    expect(m.cover.title).toBe('Portfolio report');
    expect(m.charts.find((c) => c.id === 'funnel')!.title).toBe('Projects by method step');
    expect(m.charts.find((c) => c.id === 'funnel')!.bars[0]!.label).toBe('Themes');
    expect(m.recurring.map((r) => r.label)).toEqual(
      expect.arrayContaining(['End-user adoption › Health professionals']),
    );
    expect(m.recurring.every((r) => r.quotes.length === 0)).toBe(true);
    expect(m.verbatims).toEqual([]);
    expect(m.projects.every((p) => p.challenges.every((c) => c.evidence.length === 0))).toBe(true);
    expect(() => buildPortfolioReport(ws.db, { projectIds: ['nope'] })).toThrow(/introuvable/);
    ws.close();
  });

  it('uses a saved matrix analysis: its threshold and unit', () => {
    const ws = tempWorkspace({ demo: true });
    const id = saveAnalysis(ws.db, {
      name: 'Enjeux par entretien',
      kind: 'matrix',
      settings: { rows: 'challenges', columns: 'projects', unit: 'projects', threshold: 3 },
    });
    const m = buildPortfolioReport(ws.db, { analysisId: id, now: NOW });
    expect(m.matrix.source).toBe('Analyse enregistrée « Enjeux par entretien »');
    expect(m.matrix.threshold).toBe(3);
    expect(m.recurring.map((r) => r.label)).toEqual([
      "Adoption par l'utilisateur final › Professionnels de santé",
      'Interopérabilité, confidentialité et sécurité des données',
    ]);
    const other = saveAnalysis(ws.db, { name: 'Cooc', kind: 'cooccurrence', settings: {} });
    expect(() => buildPortfolioReport(ws.db, { analysisId: other })).toThrow(/pas une matrice/);
    ws.close();
  });

  it('pseudonymised, holds no form of any person’s name anywhere, and keeps organisations', () => {
    const ws = tempWorkspace({ demo: true });
    const plain = JSON.stringify(buildPortfolioReport(ws.db, { now: NOW }));
    expect(findNames(plain, demoNameForms).length).toBeGreaterThan(5);
    const m: PortfolioReport = buildPortfolioReport(ws.db, { pseudonymise: true, now: NOW });
    const json = JSON.stringify(m);
    expect(findNames(json, demoNameForms)).toEqual([]);
    expect(m.pseudonymised).toBe(true);
    expect(m.recurring[0]!.quotes[0]!.speaker).toMatch(/^[A-Z][\p{L}]+-\d$/u);
    for (const org of ['Roche', 'CHU de Brest', 'Adlin Science', 'Groupe Vivalto Santé'])
      expect(json).toContain(org);
    ws.close();
  });

  it('pseudonymises an interviewer who is nobody in the directory, and speaker labels', () => {
    const ws = tempWorkspace({ demo: true });
    ws.db.prepare("UPDATE interviews SET interviewer = 'Marc Delorme' WHERE title LIKE '%Roche%'").run();
    const iv = buildInterviewsReport(ws.db, { pseudonymise: true, now: NOW });
    const json = JSON.stringify(iv);
    expect(findNames(json, [...demoNameForms, 'Marc Delorme', 'Delorme', 'Marc'])).toEqual([]);
    expect(json).toContain('Enquêteur·rice 1');
    ws.close();
  });
});

describe('the interview synthesis model', () => {
  it('groups each interview’s coded passages by code, in codebook order, with memos', () => {
    const ws = tempWorkspace({ demo: true });
    const m = buildInterviewsReport(ws.db, { now: NOW });
    expect(m.interviews.length).toBeGreaterThanOrEqual(6);
    const roche = m.interviews.find((i) => i.title.includes('Roche'))!;
    expect(roche.groupedBy).toBe('code');
    expect(roche.interviewees[0]!.name).toBe('Aurélie Dumontet');
    const labels = roche.groups.map((g) => g.label);
    expect(labels).toContain('Interopérabilité, confidentialité et sécurité des données');
    expect(roche.groups.reduce((n, g) => n + g.count, 0)).toBeGreaterThanOrEqual(roche.segmentCount);
    const withMemo = roche.groups.flatMap((g) => g.quotes).find((q) => q.memo);
    expect(withMemo?.memo).toBeTruthy();
    expect(m.codebook.length).toBeGreaterThan(0);

    const memoTarget = roche.id;
    insertRow(ws.db, 'memos', {
      target_type: 'interview',
      target_id: memoTarget,
      title: 'Relance',
      body: 'À rappeler.',
    });
    const again = buildInterviewsReport(ws.db, { interviewIds: [memoTarget], now: NOW });
    expect(again.interviews).toHaveLength(1);
    expect(again.interviews[0]!.memos).toEqual([{ title: 'Relance', body: 'À rappeler.' }]);
    ws.close();
  });
});

describe('choosing quotes', () => {
  const seg = (
    id: string,
    interviewId: string,
    quote: string,
    important = false,
    role: 'interviewer' | null = null,
  ) => ({ segmentId: id, interviewId, quote, important, speakerRole: role }) as SegmentInfo;

  it('prefers important passages, then longer ones, one per interview first, never the interviewer’s', () => {
    const picked = pickQuotes([
      seg('a', 'i1', 'court'),
      seg('b', 'i1', 'un passage bien plus long que les autres passages'),
      seg('c', 'i2', 'moyen passage ici'),
      seg('d', 'i3', 'important', true),
      seg('e', 'i4', 'une très longue question posée par l’enquêtrice elle-même', false, 'interviewer'),
    ]);
    expect(picked.map((s) => s.segmentId)).toEqual(['d', 'b', 'c']);
    expect(pickQuotes([seg('a', 'i1', 'x'), seg('b', 'i1', 'yy')]).map((s) => s.segmentId)).toEqual([
      'b',
      'a',
    ]);
  });
});
