import { Link } from 'wouter';
import { assessmentPath } from '@/app/routes';
import { TableFrame, WhyDisclosure } from '@/components/figure';
import type { CalibrationView, CertificationsView, EvidenceNote, HeadlineView, PlanView, SalaryView } from './results-view';

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
      <h2 id="headline-title">Summary</h2>
      <dl className="headline-figures">
        <div>
          <dt>Highest level ready</dt>
          <dd>{headline.highestReady}</dd>
        </div>
        <div>
          <dt>Readiness for {headline.targetTitle}</dt>
          <dd className="headline-number">{headline.readiness}</dd>
        </div>
        <div>
          <dt>Next level</dt>
          <dd>{headline.next}</dd>
        </div>
      </dl>
      <p>{headline.verdict}</p>
      <WhyDisclosure why={headline.why} />
    </section>
  );
}

export function CalibrationSection({ calibration }: { calibration: CalibrationView }) {
  return (
    <section className="results-section" aria-labelledby="calibration-title">
      <h2 id="calibration-title">Calibration: self-rating against scenarios</h2>
      <p>{calibration.text}</p>
      {calibration.rows.length > 0 && (
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
      )}
      <WhyDisclosure why={calibration.why} />
    </section>
  );
}

export function CertificationsSection({ certifications }: { certifications: CertificationsView }) {
  return (
    <section className="results-section" aria-labelledby="certifications-title">
      <h2 id="certifications-title">Recommended certifications</h2>
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
                  <dt>Effort</dt>
                  <dd>{item.effort}</dd>
                </div>
              </dl>
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
    </section>
  );
}

export function PlanSection({ plan }: { plan: PlanView }) {
  return (
    <section className="results-section" aria-labelledby="plan-title">
      <h2 id="plan-title">Development plan</h2>
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
                  <>
                    <p className="list-title">Credentials that help:</p>
                    <ul>
                      {item.certifications.map((certification) => (
                        <li key={certification.id}>
                          {certification.name}
                          {certification.recommended && <strong> (recommended above)</strong>}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ol>
        </div>
      ))}
      <WhyDisclosure why={plan.why} />
    </section>
  );
}

export function SalarySection({ salary }: { salary: SalaryView }) {
  return (
    <section className="results-section" aria-labelledby="salary-title">
      <h2 id="salary-title">Salary context: {salary.levelTitle}</h2>
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
    </section>
  );
}

export function EvidenceSection({ notes }: { notes: readonly EvidenceNote[] }) {
  return (
    <section className="results-section" aria-labelledby="evidence-title">
      <h2 id="evidence-title">Your evidence notes</h2>
      {notes.length === 0 ? (
        <p>You wrote no evidence notes. In the assessment you can add an example of where you did each competency.</p>
      ) : (
        <dl className="evidence-notes">
          {notes.map((note) => (
            <div key={note.competencyId}>
              <dt>{note.title}</dt>
              <dd>{note.text}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
