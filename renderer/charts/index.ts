export { BarsChart, type BarsChartProps } from './BarsChart';
export {
  FunnelChart,
  StatusChart,
  LifecycleChart,
  FundingByActorTypeChart,
  FundingByCallYearChart,
  SitesByRegionChart,
  RecurrenceChart,
  PortfolioChart,
  PORTFOLIO_CHARTS,
  type PortfolioChartId,
} from './PortfolioCharts';
export {
  CHART_COLORS,
  fromDashboard,
  formatValue,
  wrapLabel,
  type ChartBar,
  type ChartUnit,
  type ChartLang,
} from './data';
