import { useEffect, useState, type ReactNode } from 'react';

// Colours come from the palette in styles.css, so light, dark and print themes apply to every chart too.
export const CHART_COLOR = {
  you: 'var(--chart-you)',
  target: 'var(--chart-target)',
  mentor: 'var(--chart-mentor)',
  core: 'var(--chart-core)',
  text: 'var(--fg)',
  muted: 'var(--muted)',
  grid: 'var(--border)',
  bg: 'var(--bg)',
};

export const CHART_TICK = { fill: CHART_COLOR.muted, fontSize: 12 };

/**
 * Measures the space the figure reserved and draws the chart at that size: the chart knows its width, so axes and
 * labels can shrink on a phone. Nothing is drawn until the size is known (no flash at a wrong size).
 */
export function SizedChart({ children }: { children: (width: number, height: number) => ReactNode }) {
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
