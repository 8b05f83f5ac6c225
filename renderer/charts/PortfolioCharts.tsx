import type { ReportChartId } from '../../shared/api/reports';
import { BarsChart, type BarsChartProps } from './BarsChart';
import { CHART_COLORS, type ChartBar } from './data';

/**
 * The portfolio's charts, one component per chart, as the Portfolio view and the reports draw them. Each takes
 * the bars (dashboard data mapped with fromDashboard, or a report model's chart) and the drawing options.
 */
type ChartProps = Omit<BarsChartProps, 'unit' | 'layout'> & { bars: readonly ChartBar[] };

/** Projects that reached each step of the alliance's method (a funnel, in method order). */
export function FunnelChart(props: ChartProps) {
  return <BarsChart unit="count" layout="bars" {...props} />;
}

export function StatusChart(props: ChartProps) {
  return <BarsChart unit="count" layout="bars" {...props} />;
}

export function LifecycleChart(props: ChartProps) {
  return <BarsChart unit="count" layout="bars" {...props} />;
}

export function FundingByActorTypeChart(props: ChartProps) {
  return <BarsChart unit="eur" layout="bars" color={CHART_COLORS.funding} {...props} />;
}

export function FundingByCallYearChart(props: ChartProps) {
  return <BarsChart unit="eur" layout="columns" color={CHART_COLORS.funding} {...props} />;
}

export function SitesByRegionChart(props: ChartProps) {
  return <BarsChart unit="count" layout="bars" {...props} />;
}

/** Challenges by the number of units (projects…) where they are seen; recurring ones highlighted. */
export function RecurrenceChart(props: ChartProps) {
  return <BarsChart unit="count" layout="bars" {...props} />;
}

/** The charts' ids, as report models name them. */
export type PortfolioChartId = ReportChartId;

export const PORTFOLIO_CHARTS: Record<PortfolioChartId, (props: ChartProps) => React.JSX.Element> = {
  funnel: FunnelChart,
  byLifecycleStage: LifecycleChart,
  byStatus: StatusChart,
  fundingByActorType: FundingByActorTypeChart,
  fundingByCallYear: FundingByCallYearChart,
  sitesByRegion: SitesByRegionChart,
  recurrence: RecurrenceChart,
};

/** The chart of the given id. */
export function PortfolioChart({ id, ...props }: ChartProps & { id: PortfolioChartId }) {
  const Chart = PORTFOLIO_CHARTS[id];
  return <Chart {...props} />;
}
