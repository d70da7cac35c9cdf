import type { CSSProperties } from 'react';
import { WhyDisclosure } from '@/components/figure';
import type { CompetencyBar, GapsView, GroupsView, LadderView } from './figures-view';
import { ReportSection } from './report-section';

/*
 * Bars drawn as tables: each row is a level or a competency, each bar sits in a cell beside its number in words.
 * No chart library, nothing to load, every label in full at any width, and the same thing in print.
 */

const widthOf = (share: number): CSSProperties => ({ width: `${Math.max(0, Math.min(100, share * 100))}%` });
const leftOf = (share: number): CSSProperties => ({ left: `${Math.max(0, Math.min(100, share * 100))}%` });

/** `load` builds the figure's rows: called only when the section is drawn (see ReportSection). */
export function LadderFigure({ load, defaultOpen }: { load: () => LadderView; defaultOpen: boolean }) {
  return (
    <ReportSection id="results-ladder" title="Readiness for every level" defaultOpen={defaultOpen}>
      {() => <LadderBody ladder={load()} />}
    </ReportSection>
  );
}

function LadderBody({ ladder }: { ladder: LadderView }) {
  return (
    <>
      <p className="figure-summary">{ladder.summary}</p>
      <table className="bar-table ladder-table">
        <caption>Readiness per level</caption>
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">
              Readiness <span className="muted">(ready line at {ladder.thresholdPercent}%)</span>
            </th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {ladder.rows.map((row) => (
            <tr key={row.levelId} className={row.tags.length > 0 ? 'is-marked' : undefined}>
              <th scope="row">
                {row.title}
                {row.tags.length > 0 && <span className="tag"> ({row.tags.join(', ')})</span>}
              </th>
              <td className="bar-cell">
                <span className="bar-track" aria-hidden="true">
                  {row.percent !== null && <span className={`bar-fill state-${row.state}`} style={widthOf(row.percent / 100)} />}
                  <span className="bar-line" style={leftOf(ladder.thresholdPercent / 100)} />
                </span>
                <span className="bar-text">{row.barLabel}</span>
              </td>
              <td>
                <span className={`state-badge state-${row.state}`}>
                  <span aria-hidden="true">{row.symbol} </span>
                  {row.stateText}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <WhyDisclosure why={ladder.why} />
    </>
  );
}

/** A competency's row header, core ones marked in words: the same in the groups and the gaps. */
function CompetencyHeader({ title, core }: { title: string; core: boolean }) {
  return (
    <th scope="row">
      {title}
      {core && <span className="tag"> ◆ core</span>}
    </th>
  );
}

function CompetencyRow({ row, hasMentor }: { row: CompetencyBar; hasMentor: boolean }) {
  return (
    <tr>
      <CompetencyHeader title={row.title} core={row.core} />
      <td className="bar-cell">
        <span className="bar-track" aria-hidden="true">
          {row.score !== null && <span className={`bar-fill ${row.gap !== null && row.gap > 0 ? 'is-short' : 'is-met'}`} style={widthOf(row.score / 4)} />}
          {row.target !== null && <span className="bar-target" style={leftOf(row.target / 4)} />}
          {hasMentor && row.mentor !== null && <span className="bar-mentor" style={leftOf(row.mentor / 4)} />}
        </span>
        <span className="bar-text">
          You {row.scoreText}
          {hasMentor && row.mentor !== null ? ` · mentor ${row.mentor}` : ''} · target {row.targetText}
        </span>
      </td>
      <td className="num">{row.gapText}</td>
    </tr>
  );
}

export function GroupsFigure({ targetTitle, load, defaultOpen }: { targetTitle: string; load: () => GroupsView; defaultOpen: boolean }) {
  return (
    <ReportSection id="results-groups" title={`Competencies against ${targetTitle}`} defaultOpen={defaultOpen}>
      {() => <GroupsBody groups={load()} />}
    </ReportSection>
  );
}

function GroupsBody({ groups }: { groups: GroupsView }) {
  return (
    <>
      <p className="figure-summary">{groups.summary}</p>
      <p className="bar-legend muted">
        <span className="legend-fill" aria-hidden="true" /> your score · <span className="legend-target" aria-hidden="true" /> target
        {groups.hasMentor && (
          <>
            {' '}
            · <span className="legend-mentor" aria-hidden="true" /> mentor
          </>
        )}{' '}
        (scale 0–4)
      </p>
      <div className="group-grid">
        {groups.groups.map((group) => (
          <table key={group.groupId} className="bar-table group-table">
            <caption>
              {group.title} <span className="muted">· {group.questionnaireTitle} · {group.summary}</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Competency</th>
                <th scope="col">Score against target</th>
                <th scope="col">Gap</th>
              </tr>
            </thead>
            <tbody>
              {group.rows.map((row) => (
                <CompetencyRow key={row.competencyId} row={row} hasMentor={groups.hasMentor} />
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <WhyDisclosure why={groups.why} />
    </>
  );
}

export function GapFigure({ levelTitle, load, defaultOpen }: { levelTitle: string; load: () => GapsView; defaultOpen: boolean }) {
  return (
    <ReportSection id="results-gaps" title={`Gaps for ${levelTitle}`} defaultOpen={defaultOpen}>
      {() => <GapsBody gaps={load()} />}
    </ReportSection>
  );
}

function GapsBody({ gaps }: { gaps: GapsView }) {
  return (
    <>
      <p className="figure-summary">{gaps.summary}</p>
      {gaps.rows.length > 0 && (
        <table className="bar-table gap-table">
          <caption>Gaps for {gaps.levelTitle}, the most important first</caption>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col">Gap (you → target)</th>
              <th scope="col">Focus area</th>
            </tr>
          </thead>
          <tbody>
            {gaps.rows.map((row) => (
              <tr key={row.competencyId}>
                <CompetencyHeader title={row.title} core={row.core} />
                <td className="bar-cell">
                  <span className="bar-track" aria-hidden="true">
                    <span className={`bar-fill is-gap${row.core ? ' is-core' : ''}`} style={widthOf(row.gap / 4)} />
                  </span>
                  <span className="bar-text">
                    {row.gapText} ({row.scoreText} → {row.targetText})
                  </span>
                </td>
                <td>{row.focusArea}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <WhyDisclosure why={gaps.why} />
    </>
  );
}
