import type { ProjectStatus } from './domain';

export interface DashboardFilter {
  callYears?: (number | null)[];
  themes?: string[];
  statuses?: ProjectStatus[];
}

/** One bar of a chart: its key, its value and the projects behind it (a click lists them). */
export interface Bar {
  key: string;
  label: string;
  labelEn: string | null;
  value: number;
  projectIds: string[];
}

export interface Dashboard {
  indicators: {
    projects: number;
    establishmentsReached: number;
    totalFundingEur: number;
    /** Total industrial funding divided by the number of (project, funding industrial) pairs. */
    avgFundingPerProjectPerIndustrialEur: number | null;
    sites: number;
    regions: number;
  };
  /** Projects that reached each method step (the funnel), in method order. */
  funnel: Bar[];
  byLifecycleStage: Bar[];
  byStatus: Bar[];
  fundingByActorType: Bar[];
  fundingByCallYear: Bar[];
  sitesByRegion: Bar[];
  /** The filter's choices, from all projects. */
  options: { callYears: (number | null)[]; themes: string[]; statuses: ProjectStatus[] };
}
