// The Mentees screens' only recharts importer, loaded with React.lazy when a person's progress is drawn: the
// dashboard and the person page's text never wait for the chart library.
import { useEffect, useState, type ReactNode } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { READY_THRESHOLD } from '@/domain/scoring/constants';
import type { ReadinessPoint } from './mentees-view';

// Colours come from the palette in styles.css, so light, dark and print themes apply to the charts too.
const COLOR = {
  line: 'var(--chart-you)',
  target: 'var(--chart-target)',
  text: 'var(--fg)',
  muted: 'var(--muted)',
  grid: 'var(--border)',
};

const TICK = { fill: COLOR.muted, fontSize: 12 };

/** Draws at the size the figure reserved, once known: no flash at a wrong size, and narrow screens get fewer ticks. */
function Sized({ children }: { children: (width: number, height: number) => ReactNode }) {
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    if (!frame || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.floor(entry.contentRect.width);
      const height = Math.floor(entry.contentRect.height);
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    });
    observer.observe(frame);
    return () => observer.disconnect();
  }, [frame]);
  return (
    <div ref={setFrame} className="chart-frame">
      {size.width > 0 && size.height > 0 && children(size.width, size.height)}
    </div>
  );
}

/** Readiness for the target, one dot per completed session; a session without enough answers leaves a gap. */
export function ReadinessTrendChart({ points }: { points: readonly ReadinessPoint[] }) {
  const data = points.map((point) => ({ name: point.dateText, percent: point.percent, label: point.readinessText }));
  return (
    <Sized>
      {(width, height) => (
        <LineChart width={width} height={height} data={data} margin={{ top: 24, right: 24, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={COLOR.grid} vertical={false} />
          <XAxis dataKey="name" tick={TICK} stroke={COLOR.grid} interval="preserveStartEnd" />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" tick={TICK} stroke={COLOR.grid} width={48} />
          <ReferenceLine
            y={READY_THRESHOLD * 100}
            stroke={COLOR.text}
            strokeDasharray="4 3"
            label={{ value: `ready at ${Math.round(READY_THRESHOLD * 100)}%`, position: 'insideTopRight', fill: COLOR.text, fontSize: 11 }}
          />
          <Line
            type="linear"
            dataKey="percent"
            stroke={COLOR.line}
            strokeWidth={2}
            dot={{ r: 4, fill: COLOR.line }}
            connectNulls={false}
            isAnimationActive={false}
            label={{ position: 'top', fill: COLOR.text, fontSize: 12, formatter: (value: unknown) => (typeof value === 'number' ? `${value}%` : '') }}
          />
        </LineChart>
      )}
    </Sized>
  );
}

/** One competency's score (0–4) across sessions, with the target level's expectation as a dashed line. */
export function CompetencyTrendChart({ dates, values, target }: { dates: readonly string[]; values: readonly (number | null)[]; target: number | null }) {
  const data = dates.map((name, index) => ({ name, score: values[index] ?? null }));
  return (
    <Sized>
      {(width, height) => (
        <LineChart width={width} height={height} data={data} margin={{ top: 24, right: 24, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={COLOR.grid} vertical={false} />
          <XAxis dataKey="name" tick={TICK} stroke={COLOR.grid} interval="preserveStartEnd" />
          <YAxis domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} tick={TICK} stroke={COLOR.grid} width={32} />
          {target !== null && (
            <ReferenceLine
              y={target}
              stroke={COLOR.target}
              strokeDasharray="6 3"
              label={{ value: `target ${target}`, position: 'insideTopRight', fill: COLOR.text, fontSize: 11 }}
            />
          )}
          <Line type="linear" dataKey="score" stroke={COLOR.line} strokeWidth={2} dot={{ r: 4, fill: COLOR.line }} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      )}
    </Sized>
  );
}
