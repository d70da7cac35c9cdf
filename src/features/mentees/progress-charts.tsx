// The Mentees screens' only recharts importer, loaded with React.lazy when a person's progress is drawn: the
// dashboard and the person page's text never wait for the chart library.
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { CHART_COLOR, CHART_TICK, SizedChart } from '@/components/chart-frame';
import { READY_THRESHOLD } from '@/domain/scoring/constants';
import type { ReadinessPoint } from './progress-view';

/** Readiness for the target, one dot per completed session; a session without enough answers leaves a gap. */
export function ReadinessTrendChart({ points, withMentor }: { points: readonly ReadinessPoint[]; withMentor: boolean }) {
  const data = points.map((point) => ({ name: point.dateText, percent: point.percent, mentor: point.mentorPercent }));
  return (
    <SizedChart>
      {(width, height) => (
        <LineChart width={width} height={height} data={data} margin={{ top: 24, right: 24, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={CHART_COLOR.grid} vertical={false} />
          <XAxis dataKey="name" tick={CHART_TICK} stroke={CHART_COLOR.grid} interval="preserveStartEnd" />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" tick={CHART_TICK} stroke={CHART_COLOR.grid} width={48} />
          <ReferenceLine
            y={READY_THRESHOLD * 100}
            stroke={CHART_COLOR.text}
            strokeDasharray="4 3"
            label={{ value: `ready at ${Math.round(READY_THRESHOLD * 100)}%`, position: 'insideTopRight', fill: CHART_COLOR.text, fontSize: 11 }}
          />
          <Line
            type="linear"
            dataKey="percent"
            stroke={CHART_COLOR.you}
            strokeWidth={2}
            dot={{ r: 4, fill: CHART_COLOR.you }}
            connectNulls={false}
            isAnimationActive={false}
            label={{ position: 'top', fill: CHART_COLOR.text, fontSize: 12, formatter: (value: unknown) => (typeof value === 'number' ? `${value}%` : '') }}
          />
          {withMentor && (
            <Line
              type="linear"
              dataKey="mentor"
              name="With the mentor’s ratings"
              stroke={CHART_COLOR.mentor}
              strokeWidth={2}
              strokeDasharray="6 3"
              dot={{ r: 4, fill: CHART_COLOR.mentor }}
              connectNulls={false}
              isAnimationActive={false}
            />
          )}
        </LineChart>
      )}
    </SizedChart>
  );
}

/** One competency's score (0–4) across sessions, with the target level's expectation as a dashed line. */
export function CompetencyTrendChart({
  dates,
  values,
  mentorValues,
  target,
}: {
  dates: readonly string[];
  values: readonly (number | null)[];
  /** The mentor's ratings, a dashed line of their own; null when the mentor rated none. */
  mentorValues: readonly (number | null)[] | null;
  target: number | null;
}) {
  const data = dates.map((name, index) => ({ name, score: values[index] ?? null, mentor: mentorValues?.[index] ?? null }));
  return (
    <SizedChart>
      {(width, height) => (
        <LineChart width={width} height={height} data={data} margin={{ top: 24, right: 24, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={CHART_COLOR.grid} vertical={false} />
          <XAxis dataKey="name" tick={CHART_TICK} stroke={CHART_COLOR.grid} interval="preserveStartEnd" />
          <YAxis domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} tick={CHART_TICK} stroke={CHART_COLOR.grid} width={32} />
          {target !== null && (
            <ReferenceLine
              y={target}
              stroke={CHART_COLOR.target}
              strokeDasharray="6 3"
              label={{ value: `target ${target}`, position: 'insideTopRight', fill: CHART_COLOR.text, fontSize: 11 }}
            />
          )}
          <Line type="linear" dataKey="score" stroke={CHART_COLOR.you} strokeWidth={2} dot={{ r: 4, fill: CHART_COLOR.you }} connectNulls={false} isAnimationActive={false} />
          {mentorValues && (
            <Line type="linear" dataKey="mentor" stroke={CHART_COLOR.mentor} strokeWidth={2} strokeDasharray="6 3" dot={{ r: 4, fill: CHART_COLOR.mentor }} connectNulls={false} isAnimationActive={false} />
          )}
        </LineChart>
      )}
    </SizedChart>
  );
}
