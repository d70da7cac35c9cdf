import { lazy, useId, useState } from 'react';
import { Figure, TableFrame } from '@/components/figure';
import { MIN_READINESS_COVERAGE, READY_THRESHOLD } from '@/domain/scoring/constants';
import { formatPercent, type ChangeItem, type CompetencyTrendView, type ReadinessTrendView, type SinceLastView } from './mentees-view';

// One import for both: recharts arrives as one lazy chunk, on the first chart drawn.
const loadCharts = () => import('./progress-charts');
const ReadinessTrendChart = lazy(() => loadCharts().then((module) => ({ default: module.ReadinessTrendChart })));
const CompetencyTrendChart = lazy(() => loadCharts().then((module) => ({ default: module.CompetencyTrendChart })));

const CHART_HEIGHT = 280;

function ReadinessFigure({ trend }: { trend: ReadinessTrendView }) {
  return (
    <Figure
      title={`Readiness for ${trend.targetTitle} over time`}
      headingLevel={3}
      summary={trend.summary}
      chart={<ReadinessTrendChart points={trend.points} />}
      chartHeight={CHART_HEIGHT}
      chartLabel={`Line chart of readiness for ${trend.targetTitle} per completed session. ${trend.summary}`}
      tableOpen
      table={
        <TableFrame label="Readiness over time, table">
          <table>
            <caption>Readiness for {trend.targetTitle} per completed session, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Session</th>
                <th scope="col">Readiness for {trend.targetTitle}</th>
                <th scope="col">Highest level ready</th>
              </tr>
            </thead>
            <tbody>
              {trend.points.map((point) => (
                <tr key={point.sessionId}>
                  <th scope="row">{point.dateText}</th>
                  <td className="num">{point.readinessText}</td>
                  <td>{point.highestReadyText}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      }
      why={{
        formula: `Each point is the readiness of one completed session, worked out as on its Results page: Σ weight × min(score, target) ÷ Σ weight × target over the competencies with a score. Ready means ${formatPercent(READY_THRESHOLD)} or more with no large core gap; below ${formatPercent(MIN_READINESS_COVERAGE)} of the target weight scored, a session shows no readiness (a gap in the line, never 0).`,
        items: [],
      }}
    />
  );
}

function CompetencyFigure({ trend }: { trend: CompetencyTrendView }) {
  const selectId = useId();
  const withScores = trend.series.filter((item) => item.values.some((value) => value !== null));
  const [chosen, setChosen] = useState(withScores[0]?.competencyId ?? '');
  const series = withScores.find((item) => item.competencyId === chosen) ?? withScores[0];
  if (!series) return <p>No competency has a score yet.</p>;
  const scored = series.texts.filter((_text, index) => series.values[index] !== null);
  const summary =
    scored.length < 2
      ? `${series.title} has one score so far: ${scored[0] ?? ''} of 4.`
      : `${series.title} went from ${scored[0]} to ${scored.at(-1)} of 4 across ${scored.length} scored sessions${series.target === null ? '' : `; the target level expects ${series.target}`}.`;
  return (
    <>
      <div className="field">
        <label htmlFor={selectId}>Competency to draw</label>
        <select id={selectId} value={series.competencyId} onChange={(event) => setChosen(event.currentTarget.value)}>
          {withScores.map((item) => (
            <option key={item.competencyId} value={item.competencyId}>
              {item.title}
            </option>
          ))}
        </select>
      </div>
      <Figure
        title={`Score over time: ${series.title}`}
        headingLevel={3}
        summary={summary}
        chart={<CompetencyTrendChart dates={trend.sessions.map((session) => session.dateText)} values={series.values} target={series.target} />}
        chartHeight={CHART_HEIGHT}
        chartLabel={`Line chart of the ${series.title} score per completed session. ${summary}`}
        table={
          <TableFrame label="Competency scores over time, table">
            <table>
              <caption>Every competency’s score (0–4) per completed session, oldest first. {trend.summary}</caption>
              <thead>
                <tr>
                  <th scope="col">Competency</th>
                  {trend.sessions.map((session) => (
                    <th key={session.sessionId} scope="col">
                      {session.dateText}
                    </th>
                  ))}
                  <th scope="col">Target</th>
                </tr>
              </thead>
              <tbody>
                {trend.series.map((item) => (
                  <tr key={item.competencyId}>
                    <th scope="row">{item.title}</th>
                    {item.texts.map((text, index) => (
                      <td key={trend.sessions[index]?.sessionId ?? index} className="num">
                        {text}
                      </td>
                    ))}
                    <td className="num">{item.targetText}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        }
        why={{
          formula:
            'Each score is the one readiness stands on in that session: the weighted mean of the self-ratings on 0–4, or the mentor’s rating when the session uses it. “Not sure” and unanswered questions are left out, never counted as 0.',
          items: [],
        }}
      />
    </>
  );
}

function ChangeList({ title, items, symbol }: { title: string; items: readonly ChangeItem[]; symbol: string }) {
  return (
    <div className="change-list">
      <h4>
        {title} ({items.length})
      </h4>
      {items.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.competencyId}>
              <span aria-hidden="true">{symbol} </span>
              {item.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SinceLast({ view }: { view: SinceLastView }) {
  return (
    <section aria-labelledby="since-last-title" className="since-last">
      <h3 id="since-last-title">Since last session</h3>
      <p>{view.text}</p>
      {view.state === 'compared' && (
        <div className="change-lists">
          <ChangeList title="Rose" items={view.rose} symbol="▲" />
          <ChangeList title="Fell" items={view.fell} symbol="▼" />
        </div>
      )}
    </section>
  );
}

/** Readiness for the target and each competency's score across sessions, and what changed since the last one. */
export function Progress({ readiness, competencies, sinceLast }: { readiness: ReadinessTrendView; competencies: CompetencyTrendView; sinceLast: SinceLastView }) {
  return (
    <section aria-labelledby="progress-title" className="person-section">
      <h2 id="progress-title">Progress</h2>
      {readiness.points.length === 0 ? (
        <p>{readiness.summary} Progress appears here once a session is completed.</p>
      ) : (
        <>
          <SinceLast view={sinceLast} />
          <ReadinessFigure trend={readiness} />
          <CompetencyFigure trend={competencies} />
        </>
      )}
    </section>
  );
}
