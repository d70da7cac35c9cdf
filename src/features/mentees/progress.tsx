import { lazy, useId, useState } from 'react';
import { Figure, TableFrame } from '@/components/figure';
import { MIN_READINESS_COVERAGE, READY_THRESHOLD } from '@/domain/scoring/constants';
import { formatPercent } from '@/lib/format';
import { type ChangeItem, type CompetencyTrendView, type ReadinessTrendView, type SinceLastView } from './progress-view';

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
      chart={<ReadinessTrendChart points={trend.points} withMentor={trend.hasMentor} />}
      chartHeight={CHART_HEIGHT}
      chartLabel={`Line chart of readiness for ${trend.targetTitle} per completed session${trend.hasMentor ? ', on self-ratings and with the mentor’s ratings' : ''}. ${trend.summary}`}
      tableOpen
      table={
        <TableFrame label="Readiness over time, table">
          <table>
            <caption>Readiness for {trend.targetTitle} per completed session, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Session</th>
                <th scope="col">Readiness for {trend.targetTitle}, self-ratings</th>
                {trend.hasMentor && <th scope="col">With the mentor’s ratings</th>}
                <th scope="col">Highest level ready</th>
              </tr>
            </thead>
            <tbody>
              {trend.points.map((point) => (
                <tr key={point.sessionId}>
                  <th scope="row">{point.dateText}</th>
                  <td className="num">{point.readinessText}</td>
                  {trend.hasMentor && <td className="num">{point.mentorText}</td>}
                  <td>{point.highestReadyText}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      }
      why={{
        formula: `Each point is the readiness of one completed session, worked out as on its Results page: Σ weight × min(score, target) ÷ Σ weight × target over the competencies with a score. Like is compared with like: one line stands on the person’s own ratings in every session, the other on the mentor’s ratings where the mentor gave them, so a change of basis never shows as progress. Ready means ${formatPercent(READY_THRESHOLD)} or more with no large core gap; below ${formatPercent(MIN_READINESS_COVERAGE)} of the target weight scored, a session shows no readiness (a gap in the line, never 0).`,
        items: [],
      }}
    />
  );
}

/** What one competency's lines say: own score from first to last, then the mentor's, each compared with itself. */
function seriesSummary(series: CompetencyTrendView['series'][number]): string {
  const line = (texts: readonly string[], values: readonly (number | null)[]) => texts.filter((_text, index) => values[index] !== null);
  const own = line(series.texts, series.values);
  const mentor = line(series.mentorTexts, series.mentorValues);
  const parts: string[] = [];
  const whose = mentor.length > 0 ? `${series.title}’s own score` : series.title;
  if (own.length === 1) parts.push(`${whose} has one score so far: ${own[0]} of 4`);
  else if (own.length > 1) parts.push(`${whose} went from ${own[0]} to ${own.at(-1)} of 4 across ${own.length} scored sessions`);
  if (mentor.length === 1) parts.push(`the mentor rated it ${mentor[0]} once`);
  else if (mentor.length > 1) parts.push(`the mentor’s rating went from ${mentor[0]} to ${mentor.at(-1)}`);
  if (series.target !== null) parts.push(`the target level expects ${series.target}`);
  return `${parts.join('; ')}.`;
}

function CompetencyFigure({ trend }: { trend: CompetencyTrendView }) {
  const selectId = useId();
  const withScores = trend.series.filter((item) => item.values.some((value) => value !== null) || item.mentorValues.some((value) => value !== null));
  const [chosen, setChosen] = useState(withScores[0]?.competencyId ?? '');
  const series = withScores.find((item) => item.competencyId === chosen) ?? withScores[0];
  if (!series) return <p>No competency has a score yet.</p>;
  const summary = seriesSummary(series);
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
        chart={
          <CompetencyTrendChart
            dates={trend.sessions.map((session) => session.dateText)}
            values={series.values}
            mentorValues={series.mentorValues.some((value) => value !== null) ? series.mentorValues : null}
            target={series.target}
          />
        }
        chartHeight={CHART_HEIGHT}
        chartLabel={`Line chart of the ${series.title} score per completed session. ${summary}`}
        table={
          <TableFrame label="Competency scores over time, table">
            <table>
              <caption>Every competency’s own score (0–4) per completed session, oldest first, the mentor’s rating beside it where given. {trend.summary}</caption>
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
                        {item.mentorValues[index] !== null && <span className="mentor-score"> (mentor {item.mentorTexts[index]})</span>}
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
            'The line is the person’s own score in each session: the weighted mean of their self-ratings on 0–4; the mentor’s ratings are a line of their own, so self is compared with self and mentor with mentor. “Not sure” and unanswered questions are left out, never counted as 0.',
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
            <li key={item.key}>
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
