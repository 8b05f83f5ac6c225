import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { CHART_COLORS, formatValue, wrapLabel, type ChartBar, type ChartLang, type ChartUnit } from './data';

/**
 * One chart of bars: horizontal bars for long category labels (method steps, actor types, challenges) or
 * columns for short ones (years). Presentational only: it draws what it is given, at a fixed size so that it
 * draws the same in a window, in a report's page and in a headless browser; set isAnimationActive={false}
 * wherever the picture is captured (reports), since an animated bar is caught half-grown.
 */
export interface BarsChartProps {
  bars: readonly ChartBar[];
  unit: ChartUnit;
  layout?: 'bars' | 'columns';
  lang?: ChartLang;
  /** Pixels; the height grows with the number of horizontal bars unless given. */
  width?: number;
  height?: number;
  isAnimationActive?: boolean;
  color?: string;
  /** The colour of highlighted bars (recurring challenges). */
  highlightColor?: string;
  /** Bars not highlighted when some are (muted). */
  mutedColor?: string;
  /** The accessible name of the chart. */
  title?: string;
  onBarClick?: (key: string) => void;
}

const FONT = "'Liberation Sans', 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: string | number };
}

/** A category label cut into lines that fit the axis, right-aligned against the bars. */
function WrappedTick({ x = 0, y = 0, payload, maxChars }: TickProps & { maxChars: number }) {
  const lines = wrapLabel(String(payload?.value ?? ''), maxChars, 3);
  const lineHeight = 13;
  const top = -((lines.length - 1) * lineHeight) / 2;
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" fontSize={11.5} fill="#2b3442" fontFamily={FONT}>
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x) - 6} dy={i === 0 ? top + 4 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function BarsChart({
  bars,
  unit,
  layout = 'bars',
  lang = 'fr',
  width = 640,
  height,
  isAnimationActive = true,
  color = CHART_COLORS.primary,
  highlightColor = CHART_COLORS.highlight,
  mutedColor = CHART_COLORS.muted,
  title,
  onBarClick,
}: BarsChartProps) {
  const data = bars.map((b) => ({ ...b }));
  const anyHighlight = bars.some((b) => b.highlight);
  const fill = (b: ChartBar) => (anyHighlight ? (b.highlight ? highlightColor : mutedColor) : color);
  const format = (v: unknown) => formatValue(Number(v), unit, lang, false);
  const formatShort = (v: unknown) => formatValue(Number(v), unit, lang, true);
  const horizontal = layout === 'bars';
  const labelWidth = Math.min(240, Math.max(110, Math.round(width * 0.36)));
  const h =
    height ??
    (horizontal
      ? Math.max(120, 36 + bars.length * 38)
      : Math.max(200, Math.min(300, Math.round(width * 0.45))));
  const valueLabel = (
    <LabelList
      dataKey="value"
      position={horizontal ? 'right' : 'top'}
      formatter={format}
      style={{ fontSize: 11.5, fill: '#1d2430', fontFamily: FONT }}
    />
  );
  return (
    <BarChart
      width={width}
      height={h}
      data={data}
      layout={horizontal ? 'vertical' : 'horizontal'}
      margin={
        horizontal
          ? { top: 8, right: unit === 'eur' ? 86 : 40, bottom: 8, left: 8 }
          : { top: 24, right: 16, bottom: 8, left: 8 }
      }
      accessibilityLayer
      title={title}
      style={{ fontFamily: FONT }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="#dfe3e8" horizontal={!horizontal} vertical={horizontal} />
      {horizontal ? (
        <>
          <XAxis
            type="number"
            allowDecimals={unit === 'eur'}
            tickFormatter={formatShort}
            tick={{ fontSize: 11, fill: '#5c6675', fontFamily: FONT }}
            stroke="#c3c9d1"
          />
          <YAxis
            type="category"
            dataKey="label"
            width={labelWidth}
            interval={0}
            tick={<WrappedTick maxChars={Math.floor(labelWidth / 6.4)} />}
            stroke="#c3c9d1"
          />
        </>
      ) : (
        <>
          <XAxis
            type="category"
            dataKey="label"
            interval={0}
            tick={{ fontSize: 11.5, fill: '#2b3442', fontFamily: FONT }}
            stroke="#c3c9d1"
          />
          <YAxis
            type="number"
            allowDecimals={unit === 'eur'}
            tickFormatter={formatShort}
            width={64}
            tick={{ fontSize: 11, fill: '#5c6675', fontFamily: FONT }}
            stroke="#c3c9d1"
          />
        </>
      )}
      <Bar
        dataKey="value"
        isAnimationActive={isAnimationActive}
        maxBarSize={horizontal ? 26 : 56}
        radius={horizontal ? [0, 3, 3, 0] : [3, 3, 0, 0]}
        onClick={onBarClick ? (_item, index) => data[index] && onBarClick(data[index].key) : undefined}
        cursor={onBarClick ? 'pointer' : undefined}
      >
        {data.map((b) => (
          <Cell key={b.key} fill={fill(b)} />
        ))}
        {valueLabel}
      </Bar>
    </BarChart>
  );
}
