import { useEffect, useMemo, useState } from 'react';
import type { ReportRequest } from '../../shared/api/reports';
import { api } from '../api';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, LoadFailed, Loading } from '../components/States';
import { useT } from '../i18n';
import { useQuery } from '../lib/useQuery';
import { GeneratePanel } from '../reports/GeneratePanel';
import { ReportOptions } from '../reports/ReportOptions';
import { ReportPreview } from '../reports/ReportPreview';
import { draftProblem, toGenerateRequest, toPreviewRequest, type ReportDraft } from '../reports/request';
import { useReportsStore } from '../reports/store';
import { useHistoryStore } from '../stores/history';
import { useLangStore } from '../stores/lang';
import { useWorkspaceStore } from '../stores/workspace';
import { Welcome } from './Welcome';

/** Waits for `value` to hold still for `ms` before passing it on (typing a title does not reload per key). */
function useSettled<V>(value: V, ms: number): V {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Rapports: the portfolio report and the interview synthesis the alliance's members receive. Options on the
 * left; on the right the format, "Générer", and a preview of the report's content drawn from reports.preview.
 */
export function ReportsView() {
  const status = useWorkspaceStore((s) => s.status);
  const info = useWorkspaceStore((s) => s.info);
  if (status === 'loading') return <Loading />;
  if (!info) return <Welcome />;
  return <Reports path={info.path} />;
}

function Reports({ path }: { path: string }) {
  const t = useT();
  const version = useWorkspaceStore((s) => s.version);
  const historyVersion = useHistoryStore((s) => s.version);
  const draft = useReportsStore((s) => s.draft);
  const draftPath = useReportsStore((s) => s.draftPath);
  const setDraft = useReportsStore((s) => s.setDraft);
  const forWorkspace = useReportsStore((s) => s.forWorkspace);
  const generate = useReportsStore((s) => s.generate);
  const followInterfaceLang = useReportsStore((s) => s.followInterfaceLang);
  const uiLang = useLangStore((s) => s.lang);

  useEffect(() => forWorkspace(path), [forWorkspace, path]);
  useEffect(() => followInterfaceLang(uiLang), [followInterfaceLang, uiLang]);

  const projects = useQuery(['projects.list', version, historyVersion], () => api['projects.list']({}), {
    keepPrevious: true,
  });
  const interviews = useQuery(
    ['interviews.list', version, historyVersion],
    () => api['interviews.list']({}),
    { keepPrevious: true },
  );
  const saved = useQuery(['analysis.saved', version], () => api['analysis.saved']({}), {
    keepPrevious: true,
  });
  const matrices = useMemo(
    () => saved.data?.filter((a) => a.kind === 'matrix').map((a) => ({ id: a.id, name: a.name })),
    [saved.data],
  );

  // Selections keep only what still exists (a project deleted since, a saved analysis removed).
  const effective: ReportDraft = useMemo(() => {
    const knownProjects = projects.data ? new Set(projects.data.map((p) => p.id)) : null;
    const knownInterviews = interviews.data ? new Set(interviews.data.map((i) => i.id)) : null;
    const knownMatrices = matrices ? new Set(matrices.map((m) => m.id)) : null;
    return {
      ...draft,
      projectIds:
        draft.projectIds && knownProjects
          ? draft.projectIds.filter((id) => knownProjects.has(id))
          : draft.projectIds,
      interviewIds:
        draft.interviewIds && knownInterviews
          ? draft.interviewIds.filter((id) => knownInterviews.has(id))
          : draft.interviewIds,
      analysisId:
        draft.analysisId && knownMatrices && !knownMatrices.has(draft.analysisId) ? '' : draft.analysisId,
    };
  }, [draft, projects.data, interviews.data, matrices]);

  const problem = draftProblem(effective);
  const ready = draftPath === path && !!projects.data && !!interviews.data && !!matrices;
  const requestJson = JSON.stringify(toPreviewRequest(effective));
  const settledJson = useSettled(requestJson, 300);
  const preview = useQuery(
    ['reports.preview', version, historyVersion, settledJson],
    () => api['reports.preview'](JSON.parse(settledJson) as ReportRequest),
    { enabled: ready && !problem, keepPrevious: true },
  );
  const stale = preview.loading || settledJson !== requestJson;

  return (
    <div className="view rp-view" data-testid="reports-view">
      <PageHeader title={t('reports.title')} />
      <p className="muted rp-intro">{t('rpt.intro')}</p>
      <div className="rp-layout">
        <ReportOptions
          draft={effective}
          onChange={setDraft}
          projects={projects.data}
          interviews={interviews.data}
          matrices={matrices}
        />
        <div className="rp-main">
          <GeneratePanel
            draft={effective}
            onFormat={(format) => setDraft({ format })}
            blocked={!ready || problem !== null}
            onGenerate={() => void generate(toGenerateRequest(effective))}
          />
          <section className="card rp-preview" aria-labelledby="rp-preview-title" aria-busy={stale}>
            <div className="card-head">
              <h2 id="rp-preview-title">{t('rpt.preview')}</h2>
              {stale && preview.data && !problem ? (
                <span className="muted small rp-updating" role="status">
                  {t('rpt.previewUpdating')}
                </span>
              ) : null}
            </div>
            <p className="muted small rp-help">{t('rpt.previewHelp')}</p>
            <div data-testid="report-preview" className={stale && preview.data ? 'rp-stale' : undefined}>
              {problem ? (
                <EmptyState title={t('rpt.previewBlocked')} icon="rapports" />
              ) : preview.data ? (
                <ReportPreview model={preview.data} />
              ) : preview.error ? (
                <LoadFailed onRetry={preview.reload} />
              ) : (
                <Loading lines={6} />
              )}
            </div>
          </section>
        </div>
      </div>
    </div>
  );
}
