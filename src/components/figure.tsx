import { Component, Suspense, useId, type ReactNode } from 'react';
import './figure.css';

/** The rule behind a number and each of its terms, as text. */
export interface WhyContent {
  formula: string;
  items: readonly { title: string; lines: readonly string[] }[];
}

/** A "Why?" disclosure: closed by default, so the explanation is one click away and never in the way. */
export function WhyDisclosure({ why }: { why: WhyContent }) {
  return (
    <details className="why">
      <summary>Why?</summary>
      <div className="why-body">
        <p>{why.formula}</p>
        {why.items.length > 0 && (
          <ul>
            {why.items.map((item, index) => (
              <li key={index}>
                <strong>{item.title}</strong>
                {item.lines.map((line, lineIndex) => (
                  <span key={lineIndex} className="why-line">
                    {line}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}

/**
 * A table that scrolls sideways on a narrow screen instead of widening the page. The scroller is focusable and
 * named, so keyboard users can scroll it and screen readers can tell one from another.
 */
export function TableFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-frame" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

// A chart that fails to load (a lost chunk offline) must not take the figure down: its table says the same.
class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) return <p className="chart-missing">The chart could not be loaded; the table has the same data.</p>;
    return this.props.children;
  }
}

export interface FigureProps {
  title: string;
  headingLevel: 2 | 3;
  /** One sentence saying what the chart shows, read before the chart. */
  summary: string;
  /** The chart, usually a React.lazy component: it may suspend. */
  chart: ReactNode;
  /** Pixels reserved for the chart before it loads, so nothing below it moves. */
  chartHeight: number;
  /** The chart's accessible name: what a screen reader says instead of drawing it. */
  chartLabel: string;
  /** The chart's data as a <table>: its real alternative. */
  table: ReactNode;
  /** Shown as is, or inside a disclosure one click away. */
  tableOpen?: boolean;
  why: WhyContent;
  className?: string;
}

/** A chart as a figure: title, summary, the chart in reserved space, its data as a table, and Why?. */
export function Figure({ title, headingLevel, summary, chart, chartHeight, chartLabel, table, tableOpen = false, why, className }: FigureProps) {
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure className={className ? `figure ${className}` : 'figure'} aria-labelledby={titleId}>
      <figcaption>
        <Heading id={titleId}>{title}</Heading>
        <p className="figure-summary">{summary}</p>
      </figcaption>
      <div className="figure-chart" role="img" aria-label={chartLabel} style={{ height: chartHeight }}>
        <ChartBoundary>
          <Suspense fallback={<p className="chart-loading">Loading the chart…</p>}>{chart}</Suspense>
        </ChartBoundary>
      </div>
      {tableOpen ? (
        table
      ) : (
        <details className="figure-data">
          <summary>Show the data as a table</summary>
          {table}
        </details>
      )}
      <WhyDisclosure why={why} />
    </figure>
  );
}
