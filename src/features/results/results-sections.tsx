import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { assessmentPath, menteePath } from '@/lib/routes';
import { TableFrame, WhyDisclosure } from '@/components/figure';
import type { Pack } from '@/domain/pack/schema';
import type { Session } from '@/domain/records/schema';
import { plural } from '@/lib/format';
import { useAppStore } from '@/store/store-context';
import type { CalibrationView, CertificationsView, EvidenceNote, PlanView, SalaryView } from './advice-view';
import type { HeadlineView, WhatNext } from './headline-view';
import { ReportSection } from './report-section';

type ScoredHeadline = Extract<HeadlineView, { kind: 'scored' }>;

export function Headline({ headline, sessionId }: { headline: HeadlineView; sessionId: string }) {
  if (headline.kind === 'insufficient') {
    return (
      <section className="results-section headline notice" aria-labelledby="headline-title">
        <h2 id="headline-title">{headline.title}</h2>
        <p>{headline.text}</p>
        <p>
          <Link href={assessmentPath(sessionId)}>Back to the assessment</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="results-section headline" aria-labelledby="headline-title">
      <h2 id="headline-title">Where you stand</h2>
      <p className="verdict">{headline.verdict}</p>
      <ul className="standing-lines" aria-label="Your role, the next rung and your target">
        {headline.lines.map((line) => (
          <li key={line.role} className={`standing-line state-${line.state}`}>
            <span className="standing-label">{line.label}</span>
            <strong className="standing-level">{line.levelTitle}</strong>
            <span className={`state-badge state-${line.state}`}>
              <span aria-hidden="true">{line.symbol} </span>
              {line.stateText}
            </span>
            <span className="standing-figure">{line.figure}</span>
          </li>
        ))}
      </ul>
      <div className="headline-advice">
        <div>
          <h3>{headline.gapsTitle}</h3>
          {headline.gaps.length > 0 && (
            <ol className="top-gaps">
              {headline.gaps.map((gap) => (
                <li key={gap.competencyId}>
                  <strong>{gap.title}</strong> <span className="muted">{gap.text}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
        {headline.certification && (
          <div>
            <h3>Most useful credential</h3>
            <p>
              <strong>{headline.certification.name}</strong>. {headline.certification.text}
            </p>
          </div>
        )}
        {headline.firstAction && (
          <div>
            <h3>Start in the next 30 days</h3>
            <p>
              <strong>{headline.firstAction.title}:</strong> {headline.firstAction.text}
            </p>
          </div>
        )}
      </div>
      <WhyDisclosure why={headline.why} />
    </section>
  );
}

/** Starts the longer assessment from this session's answers, for the same person and target. */
function FullAssessmentButton({ pack, session, full }: { pack: Pack; session: Session; full: NonNullable<WhatNext['fullAssessment']> }) {
  const startSession = useAppStore((state) => state.startSession);
  const [, navigate] = useLocation();
  return (
    <button
      type="button"
      onClick={() => {
        const next = startSession({ pack, assessmentId: full.id, targetLevel: session.targetLevel, profileId: session.profileId, prefillFrom: session });
        navigate(assessmentPath(next.id));
      }}
    >
      Take the {full.title.toLowerCase()}
    </button>
  );
}

function AddActionsButton({ session, whatNext }: { session: Session; whatNext: WhatNext }) {
  const addAction = useAppStore((state) => state.addAction);
  const existing = useAppStore((state) => state.profiles[session.profileId]?.actions);
  const [added, setAdded] = useState(0);
  const have = new Set((existing ?? []).map((action) => action.title));
  const missing = whatNext.actions.filter((action) => !have.has(action.title));
  if (whatNext.actions.length === 0) return null;
  return (
    <li>
      {missing.length > 0 ? (
        <button
          type="button"
          onClick={() => {
            for (const action of missing) addAction(session.profileId, { title: action.title, competencyId: action.competencyId, owner: '', due: whatNext.actionsDue });
            setAdded(missing.length);
          }}
        >
          Add {missing.length === 1 ? 'this first step' : `these ${missing.length} first steps`} to the plan
        </button>
      ) : (
        <p role="status">
          {added > 0 ? `Added ${plural(added, 'step')} to the plan, due in 30 days.` : 'These first steps are in the plan.'}{' '}
          <Link href={menteePath(session.profileId)}>See the plan</Link>
        </p>
      )}
      <span className="muted"> The first step for each of the top gaps, due in 30 days; you can edit or drop them there.</span>
    </li>
  );
}

export function WhatNextSection({ pack, session, headline, onExport }: { pack: Pack; session: Session; headline: ScoredHeadline; onExport: () => void }) {
  const { whatNext } = headline;
  return (
    <section className="results-section what-next" aria-labelledby="what-next-title">
      <h2 id="what-next-title">What next</h2>
      <ul className="next-steps">
        {whatNext.fullAssessment && (
          <li>
            <FullAssessmentButton pack={pack} session={session} full={whatNext.fullAssessment} />
            <span className="muted"> {whatNext.fullAssessment.text}</span>
          </li>
        )}
        <AddActionsButton session={session} whatNext={whatNext} />
        <li>
          <button type="button" className="secondary" onClick={onExport}>
            Save a file for your mentor
          </button>
          <span className="muted"> Your answers as one file: your mentor opens it with Import on the Mentees page. Or print this report.</span>
        </li>
        <li>{whatNext.reassessText}</li>
      </ul>
    </section>
  );
}

export function CalibrationSection({ calibration, defaultOpen }: { calibration: CalibrationView; defaultOpen: boolean }) {
  if (calibration.rows.length === 0) {
    // Nothing to compare or nothing flagged: one line, not a section.
    return (
      <p className="results-section calibration-line" id="results-calibration">
        <strong>Calibration:</strong> {calibration.text}
      </p>
    );
  }
  return (
    <ReportSection id="results-calibration" title="Calibration: self-rating against scenarios" defaultOpen={defaultOpen}>
      <p>{calibration.text}</p>
      <TableFrame label="Calibration flags, table">
        <table>
          <caption>Competencies where scenario evidence and self-rating disagree (0–4)</caption>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col">Self-rating</th>
              <th scope="col">Scenario evidence</th>
              <th scope="col">Difference</th>
              <th scope="col">Flag</th>
            </tr>
          </thead>
          <tbody>
            {calibration.rows.map((row) => (
              <tr key={row.title}>
                <th scope="row">{row.title}</th>
                <td className="num">{row.selfText}</td>
                <td className="num">{row.evidenceText}</td>
                <td className="num">{row.differenceText}</td>
                <td className={`flag flag-${row.flag}`}>{row.flagText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <WhyDisclosure why={calibration.why} />
    </ReportSection>
  );
}

export function CertificationsSection({ certifications, defaultOpen }: { certifications: CertificationsView; defaultOpen: boolean }) {
  return (
    <ReportSection id="results-certifications" title="Recommended certifications" defaultOpen={defaultOpen}>
      <p>{certifications.text}</p>
      {certifications.items.length > 0 && (
        <ol className="card-list cert-list" aria-label="Recommended certifications, in the order picked">
          {certifications.items.map((item) => (
            <li key={item.id} className="card">
              <h3>{item.name}</h3>
              <dl className="facts">
                <div>
                  <dt>Kind</dt>
                  <dd>{item.kindText}</dd>
                </div>
                <div>
                  <dt>Issuer</dt>
                  <dd>{item.issuer}</dd>
                </div>
                <div>
                  <dt>Standing</dt>
                  <dd>{item.recognitionText}</dd>
                </div>
                <div>
                  <dt>Effort</dt>
                  <dd>{item.effort}</dd>
                </div>
              </dl>
              {item.caution && <p className="caution">⚠ {item.caution}</p>}
              {item.eligibility && <p className="muted">Who may sit it: {item.eligibility}</p>}
              <p>{item.gainText}</p>
              <p className="list-title">Gaps it closes (weighted):</p>
              <ul>
                {item.closes.map((close) => (
                  <li key={close.title}>
                    {close.title}: {close.text}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <WhyDisclosure why={certifications.why} />
    </ReportSection>
  );
}

export function PlanSection({ plan, defaultOpen }: { plan: PlanView; defaultOpen: boolean }) {
  return (
    <ReportSection id="results-plan" title="Development plan" defaultOpen={defaultOpen}>
      <p>{plan.text}</p>
      {plan.horizons.map((horizon) => (
        <div key={horizon.days} className="plan-horizon">
          <h3>{horizon.title}</h3>
          <ol className="plan-items">
            {horizon.items.map((item) => (
              <li key={item.competencyId}>
                <h4>{item.title}</h4>
                <p className="muted">{item.detail}</p>
                <p className="list-title">On the job:</p>
                <ul>
                  {item.actions.map((action) => (
                    <li key={action.id}>{action.text}</li>
                  ))}
                </ul>
                {item.certifications.length > 0 && (
                  <p className="plan-credentials">
                    <span className="list-title">Credentials that help: </span>
                    {item.certifications.map((certification, index) => (
                      <span key={certification.id}>
                        {index > 0 && '; '}
                        {certification.name}
                        {certification.recommended && <strong> (recommended above)</strong>}
                      </span>
                    ))}
                  </p>
                )}
              </li>
            ))}
          </ol>
        </div>
      ))}
      <WhyDisclosure why={plan.why} />
    </ReportSection>
  );
}

export function SalarySection({ salary, defaultOpen }: { salary: SalaryView; defaultOpen: boolean }) {
  return (
    <ReportSection id="results-salary" title={`Salary context: ${salary.levelTitle}`} defaultOpen={defaultOpen}>
      <p>{salary.text}</p>
      <dl className="headline-figures">
        <div>
          <dt>US median</dt>
          <dd className="headline-number">{salary.median}</dd>
        </div>
        <div>
          <dt>US average</dt>
          <dd className="headline-number">{salary.average}</dd>
        </div>
      </dl>
      <p className="muted source">{salary.source}</p>
      {salary.otherFigures.length > 0 && (
        <>
          {salary.caveat && <p>{salary.caveat}</p>}
          <ul className="other-figures">
            {salary.otherFigures.map((figure) => (
              <li key={figure.label}>
                {figure.label}: <strong>{figure.amount}</strong> <span className="muted">({figure.source})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {salary.otherFigures.length === 0 && salary.caveat && <p>{salary.caveat}</p>}
    </ReportSection>
  );
}

export function EvidenceSection({ notes, defaultOpen }: { notes: readonly EvidenceNote[]; defaultOpen: boolean }) {
  if (notes.length === 0) {
    return (
      <p className="results-section evidence-line" id="results-evidence">
        <strong>Evidence notes:</strong> none written. In the assessment you can add an example of where you did each competency.
      </p>
    );
  }
  return (
    <ReportSection id="results-evidence" title="Your evidence notes" defaultOpen={defaultOpen}>
      <dl className="evidence-notes">
        {notes.map((note) => (
          <div key={note.competencyId}>
            <dt>{note.title}</dt>
            <dd>{note.text}</dd>
          </div>
        ))}
      </dl>
    </ReportSection>
  );
}
