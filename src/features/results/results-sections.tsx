import { TableFrame, WhyDisclosure } from '@/components/figure';
import type { CalibrationView, CertificationsView, EvidenceNote, PlanView, SalaryView } from './advice-view';
import { ReportSection } from './report-section';

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
      {() => (
        <>
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
        </>
      )}
    </ReportSection>
  );
}

/** `load` builds the section's content: called only when the section is drawn (see ReportSection). */
export function CertificationsSection({ load, defaultOpen }: { load: () => CertificationsView; defaultOpen: boolean }) {
  return (
    <ReportSection id="results-certifications" title="Recommended certifications" defaultOpen={defaultOpen}>
      {() => <CertificationsBody certifications={load()} />}
    </ReportSection>
  );
}

function CertificationsBody({ certifications }: { certifications: CertificationsView }) {
  return (
    <>
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
      {certifications.laterText && <p className="muted">{certifications.laterText}</p>}
      <WhyDisclosure why={certifications.why} />
    </>
  );
}

export function PlanSection({ load, defaultOpen }: { load: () => PlanView; defaultOpen: boolean }) {
  return (
    <ReportSection id="results-plan" title="Development plan" defaultOpen={defaultOpen}>
      {() => <PlanBody plan={load()} />}
    </ReportSection>
  );
}

function PlanBody({ plan }: { plan: PlanView }) {
  return (
    <>
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
                        {certification.laterText && ` (${certification.laterText})`}
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
    </>
  );
}

export function SalarySection({ salary, defaultOpen }: { salary: SalaryView; defaultOpen: boolean }) {
  return (
    <ReportSection id="results-salary" title={`Salary context: ${salary.levelTitle}`} defaultOpen={defaultOpen}>
      {() => (
        <>
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
        </>
      )}
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
      {() => (
        <>
          <dl className="evidence-notes">
            {notes.map((note) => (
              <div key={note.competencyId}>
                <dt>{note.title}</dt>
                <dd>{note.text}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </ReportSection>
  );
}
