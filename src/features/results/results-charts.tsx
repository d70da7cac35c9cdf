// The only module that imports recharts. The results page loads it with React.lazy, so the chart library is a
// chunk of its own that neither the entry nor the results screen's own chunk pays for.
import { useId } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ReferenceLine,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { CHART_COLOR, CHART_TICK, SizedChart } from '@/components/chart-frame';
import { READY_THRESHOLD } from '@/domain/scoring/constants';
import { shortLabel, type GapRow, type LadderRow, type RadarPoint } from './results-view';

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** Splits a label into at most `maxLines` lines of about `width` characters, at spaces; "…" marks a cut. */
function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && (last + ' ' + word).length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const kept = lines.slice(0, maxLines).map((line) => clip(line, width + 2));
  if (lines.length > maxLines) kept[maxLines - 1] = `${clip(kept[maxLines - 1] ?? '', width).replace(/…$/, '')}…`;
  return kept;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  /** Characters per line, and lines at most. */
  chars?: number;
  maxLines?: number;
}

/** A category-axis label on a few lines, so long titles fit a phone-width chart. */
function WrappedTick({ x = 0, y = 0, payload, chars = 16, maxLines = 3 }: TickProps) {
  const lines = wrap(String(payload?.value ?? ''), chars, maxLines);
  const lineHeight = 13;
  return (
    <text x={Number(x) - 6} y={Number(y) - ((lines.length - 1) * lineHeight) / 2} textAnchor="end" dominantBaseline="middle" fill={CHART_COLOR.muted} fontSize={11}>
      {lines.map((line, index) => (
        <tspan key={index} x={Number(x) - 6} dy={index === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

const NARROW = 520;

const legendText = (value: string) => <span style={{ color: CHART_COLOR.text }}>{value}</span>;

interface Size {
  width: number;
  height: number;
}

function LadderBars({ rows, width, height }: { rows: readonly LadderRow[] } & Size) {
  const narrow = width < NARROW;
  const data = rows.map((row) => ({ ...row, name: row.isTarget ? `${row.title} (target)` : row.title }));
  return (
    <BarChart width={width} height={height} data={data} layout="vertical" margin={{ top: 24, right: narrow ? 84 : 104, bottom: 8, left: 4 }} accessibilityLayer={false}>
      <CartesianGrid horizontal={false} stroke={CHART_COLOR.grid} />
      <XAxis type="number" domain={[0, 100]} ticks={narrow ? [0, 50, 100] : [0, 25, 50, 75, 100]} unit="%" tick={CHART_TICK} stroke={CHART_COLOR.grid} />
      <YAxis type="category" dataKey="name" width={narrow ? 100 : 150} tick={<WrappedTick chars={narrow ? 14 : 20} maxLines={3} />} stroke={CHART_COLOR.grid} interval={0} />
      <ReferenceLine
        x={READY_THRESHOLD * 100}
        stroke={CHART_COLOR.text}
        strokeDasharray="4 3"
        label={{ value: `ready at ${Math.round(READY_THRESHOLD * 100)}%`, position: 'top', fill: CHART_COLOR.text, fontSize: 11 }}
      />
      <Bar
        dataKey="percent"
        isAnimationActive={false}
        shape={(props: BarShapeProps) => {
          const row = props.payload as LadderRow | undefined;
          // Ready bars also carry "✓ … ready" as text; the target level is outlined and named "(target)".
          return <BarRect {...props} fill={row?.ready ? CHART_COLOR.mentor : CHART_COLOR.you} stroke={row?.isTarget ? CHART_COLOR.target : 'none'} strokeWidth={row?.isTarget ? 3 : 0} />;
        }}
      >
        <LabelList dataKey="barLabel" position="right" fill={CHART_COLOR.text} fontSize={12} />
      </Bar>
    </BarChart>
  );
}

/** One bar as recharts lays it out, coloured per row (recharts can hand negative sizes while animating). */
function BarRect({ x, y, width, height, fill, stroke, strokeWidth }: { x?: number; y?: number; width: number; height: number; fill: string; stroke: string; strokeWidth: number }) {
  return <rect x={x} y={y} width={Math.max(0, width)} height={Math.max(0, height)} fill={fill} stroke={stroke} strokeWidth={strokeWidth} />;
}

export function LadderChart({ rows }: { rows: readonly LadderRow[] }) {
  return <SizedChart>{(width, height) => <LadderBars rows={rows} width={width} height={height} />}</SizedChart>;
}

interface RadarProps {
  points: readonly RadarPoint[];
  targetTitle: string;
  hasMentor: boolean;
}

function RadarShape({ points, targetTitle, hasMentor, width, height }: RadarProps & Size) {
  const narrow = width < NARROW;
  return (
    <RadarChart width={width} height={height} data={[...points]} outerRadius={narrow ? '52%' : '68%'} margin={{ top: 16, right: 8, bottom: 8, left: 8 }} accessibilityLayer={false}>
      <PolarGrid stroke={CHART_COLOR.grid} />
      <PolarAngleAxis
        dataKey="label"
        tick={{ fill: CHART_COLOR.muted, fontSize: narrow ? 9 : 10 }}
        tickFormatter={(value: unknown) => shortLabel(String(value), narrow ? 11 : 18)}
      />
      <PolarRadiusAxis angle={90} domain={[0, 4]} tickCount={5} tick={{ fill: CHART_COLOR.muted, fontSize: 10 }} stroke={CHART_COLOR.grid} />
      <Radar name={`Target: ${targetTitle}`} dataKey="target" stroke={CHART_COLOR.target} strokeWidth={2} strokeDasharray="6 3" fill="none" isAnimationActive={false} />
      {hasMentor && <Radar name="Mentor" dataKey="mentor" stroke={CHART_COLOR.mentor} strokeWidth={2} strokeDasharray="2 3" fill="none" isAnimationActive={false} />}
      <Radar name="You" dataKey="you" stroke={CHART_COLOR.you} strokeWidth={2} fill={CHART_COLOR.you} fillOpacity={0.25} isAnimationActive={false} />
      <Legend formatter={legendText} />
    </RadarChart>
  );
}

export function CompareRadar(props: RadarProps) {
  if (props.points.length < 3) {
    return <p className="chart-missing">Too few competencies have a score to draw this chart; the table has them.</p>;
  }
  return <SizedChart>{(width, height) => <RadarShape {...props} width={width} height={height} />}</SizedChart>;
}

function GapBars({ rows, width, height }: { rows: readonly GapRow[] } & Size) {
  const hatchId = `core-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const narrow = width < NARROW;
  const max = Math.max(1, Math.ceil(Math.max(...rows.map((row) => row.gap))));
  return (
    <BarChart width={width} height={height} data={[...rows]} layout="vertical" margin={{ top: 8, right: 44, bottom: 8, left: 4 }} accessibilityLayer={false}>
      {/* Core gaps are hatched and their labels start with "◆": never told apart by colour alone. */}
      <defs>
        <pattern id={hatchId} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
          <rect width="8" height="8" fill={CHART_COLOR.core} />
          <line x1="0" y1="0" x2="0" y2="8" stroke={CHART_COLOR.bg} strokeWidth="3" />
        </pattern>
      </defs>
      <CartesianGrid horizontal={false} stroke={CHART_COLOR.grid} />
      <XAxis type="number" domain={[0, max]} allowDecimals tickCount={max + 1} tick={CHART_TICK} stroke={CHART_COLOR.grid} />
      <YAxis
        type="category"
        dataKey="label"
        width={narrow ? 120 : 190}
        tick={<WrappedTick chars={narrow ? 15 : 28} maxLines={2} />}
        stroke={CHART_COLOR.grid}
        interval={0}
      />
      <Bar
        dataKey="gap"
        isAnimationActive={false}
        shape={(props: BarShapeProps) => {
          const row = props.payload as GapRow | undefined;
          return <BarRect {...props} fill={row?.core ? `url(#${hatchId})` : CHART_COLOR.you} stroke={row?.core ? CHART_COLOR.core : 'none'} strokeWidth={row?.core ? 1.5 : 0} />;
        }}
      >
        <LabelList dataKey="gapText" position="right" fill={CHART_COLOR.text} fontSize={12} />
      </Bar>
      <Legend
        verticalAlign="bottom"
        content={() => (
          <p className="chart-key">
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" fill={`url(#${hatchId})`} stroke={CHART_COLOR.core} />
            </svg>{' '}
            ◆ core gap (hatched){'   '}
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" fill={CHART_COLOR.you} />
            </svg>{' '}
            supporting gap
          </p>
        )}
      />
    </BarChart>
  );
}

export function GapChart({ rows }: { rows: readonly GapRow[] }) {
  if (rows.length === 0) return <p className="chart-missing">No gap to draw.</p>;
  return <SizedChart>{(width, height) => <GapBars rows={rows} width={width} height={height} />}</SizedChart>;
}
