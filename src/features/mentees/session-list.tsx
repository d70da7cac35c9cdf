import { Link } from 'wouter';
import { assessmentPath, resultsPath } from '@/lib/routes';
import { TableFrame } from '@/components/figure';
import type { SessionRow } from './person-view';
import { ReadyBadge } from './ready-badge';

/** A person's sessions, newest first, each with its readiness for the target and a way to its results. */
export function SessionList({ rows, targetText, name }: { rows: readonly SessionRow[]; targetText: string; name: string }) {
  return (
    <section aria-labelledby="sessions-title" className="person-section">
      <h2 id="sessions-title">Sessions</h2>
      {rows.length === 0 ? (
        <p>No session yet. Start the first one below.</p>
      ) : (
        <TableFrame label="Sessions, table">
          <table className="stack-table">
            <caption>
              {name}’s sessions, newest first ({rows.length})
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Assessment</th>
                <th scope="col">Status</th>
                <th scope="col">Readiness for {targetText}</th>
                <th scope="col">Highest level ready</th>
                <th scope="col">Open</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.sessionId} className={row.conflictText ? 'has-conflict' : undefined}>
                  <th scope="row">
                    {row.dateText}
                    {row.conflictText && (
                      <span className="conflict-note">
                        <span aria-hidden="true">⚑ </span>
                        {row.conflictText}
                      </span>
                    )}
                  </th>
                  <td data-label="Assessment">{row.assessmentText}</td>
                  <td data-label="Status">{row.statusText}</td>
                  <td data-label={`Readiness for ${targetText}`}>
                    {row.readinessState ? <ReadyBadge state={row.readinessState} detail={row.readinessText} /> : row.readinessText}
                  </td>
                  <td data-label="Highest level ready">{row.highestReadyText}</td>
                  <td data-label="Open">
                    {row.completed ? (
                      <Link href={resultsPath(row.sessionId)}>
                        Results{' '}<span className="visually-hidden">of {row.dateText}</span>
                      </Link>
                    ) : (
                      <Link href={assessmentPath(row.sessionId)}>
                        Resume{' '}<span className="visually-hidden">the session of {row.dateText}</span>
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </section>
  );
}
