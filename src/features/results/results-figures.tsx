import { lazy } from 'react';
import { Figure, TableFrame } from '@/components/figure';
import type { GapsView, LadderView, RadarView } from './results-view';

// One import for the three: recharts and the chart code arrive as one lazy chunk, on the first chart drawn.
const loadCharts = () => import('./results-charts');
const LadderChart = lazy(() => loadCharts().then((module) => ({ default: module.LadderChart })));
const CompareRadar = lazy(() => loadCharts().then((module) => ({ default: module.CompareRadar })));
const GapChart = lazy(() => loadCharts().then((module) => ({ default: module.GapChart })));

const LADDER_HEIGHT = 340;
const RADAR_HEIGHT = 440;

export function LadderFigure({ ladder }: { ladder: LadderView }) {
  return (
    <Figure
      className="results-section"
      title="Readiness ladder"
      headingLevel={2}
      summary={ladder.summary}
      chart={<LadderChart rows={ladder.rows} />}
      chartHeight={LADDER_HEIGHT}
      chartLabel={`Bar chart of readiness per level. ${ladder.summary}`}
      tableOpen
      table={
        <TableFrame label="Readiness per level, table">
          <table>
            <caption>Readiness per level</caption>
            <thead>
              <tr>
                <th scope="col">Level</th>
                <th scope="col">Readiness</th>
                <th scope="col">Verdict</th>
                <th scope="col">Core gaps ≥ 1.0</th>
                <th scope="col">Target weight scored</th>
              </tr>
            </thead>
            <tbody>
              {ladder.rows.map((row) => (
                <tr key={row.levelId} className={row.isTarget ? 'is-target' : undefined}>
                  <th scope="row">
                    {row.title}
                    {row.isTarget && <span className="tag"> (your target)</span>}
                  </th>
                  <td className="num">{row.readinessText}</td>
                  <td>{row.ready ? `✓ ${row.readyText}` : row.readyText}</td>
                  <td className="num">{row.blockingText}</td>
                  <td className="num">{row.coverageText}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      }
      why={ladder.why}
    />
  );
}

export function RadarFigure({ radar, targetTitle }: { radar: RadarView; targetTitle: string }) {
  return (
    <Figure
      title={radar.title}
      headingLevel={3}
      summary={radar.summary}
      chart={<CompareRadar points={radar.points} targetTitle={targetTitle} hasMentor={radar.hasMentor} />}
      chartHeight={RADAR_HEIGHT}
      chartLabel={`Radar chart of your ${radar.title.toLowerCase()} against ${targetTitle}. ${radar.summary}`}
      table={
        <TableFrame label={`${radar.title} against ${targetTitle}, table`}>
          <table>
            <caption>
              {radar.title}: your score and the {targetTitle} target (0–4)
            </caption>
            <thead>
              <tr>
                <th scope="col">Competency</th>
                <th scope="col">You</th>
                {radar.hasMentor && <th scope="col">Mentor</th>}
                <th scope="col">Target</th>
                <th scope="col">Gap</th>
                <th scope="col">Importance</th>
              </tr>
            </thead>
            <tbody>
              {radar.rows.map((row) => (
                <tr key={row.competencyId}>
                  <th scope="row">{row.title}</th>
                  <td className="num">{row.scoreText}</td>
                  {radar.hasMentor && <td className="num">{row.mentorText}</td>}
                  <td className="num">{row.targetText}</td>
                  <td className="num">{row.gapText}</td>
                  <td>{row.importanceText}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      }
      why={radar.why}
    />
  );
}

export function RadarSection({ radars, targetTitle }: { radars: readonly RadarView[]; targetTitle: string }) {
  return (
    <section className="results-section" aria-labelledby="compare-title">
      <h2 id="compare-title">You against {targetTitle}</h2>
      {radars.map((radar) => (
        <RadarFigure key={radar.questionnaire} radar={radar} targetTitle={targetTitle} />
      ))}
    </section>
  );
}

export function GapFigure({ gaps }: { gaps: GapsView }) {
  return (
    <Figure
      className="results-section"
      title={`Gaps for ${gaps.levelTitle}`}
      headingLevel={2}
      summary={gaps.summary}
      chart={<GapChart rows={gaps.rows} />}
      chartHeight={gaps.chartHeight}
      chartLabel={`Bar chart of your gaps for ${gaps.levelTitle}, largest first; core gaps are hatched and labelled core. ${gaps.summary}`}
      table={
        gaps.rows.length === 0 ? (
          <p>No gaps to list.</p>
        ) : (
          <TableFrame label={`Gaps for ${gaps.levelTitle}, table`}>
            <table>
              <caption>Gaps for {gaps.levelTitle}, largest first</caption>
              <thead>
                <tr>
                  <th scope="col">Competency</th>
                  <th scope="col">Gap</th>
                  <th scope="col">Score</th>
                  <th scope="col">Target</th>
                  <th scope="col">Importance</th>
                  <th scope="col">Focus area</th>
                </tr>
              </thead>
              <tbody>
                {gaps.rows.map((row) => (
                  <tr key={row.competencyId}>
                    <th scope="row">{row.title}</th>
                    <td className="num">{row.gapText}</td>
                    <td className="num">{row.scoreText}</td>
                    <td className="num">{row.targetText}</td>
                    <td>{row.core ? `◆ ${row.importanceText}` : row.importanceText}</td>
                    <td>{row.focusArea}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        )
      }
      why={gaps.why}
    />
  );
}
