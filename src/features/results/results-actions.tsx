import type { Pack } from '@/domain/pack/schema';
import { serializeResultsCsv } from '@/domain/records/results-csv';
import type { Session } from '@/domain/records/schema';
import type { SessionResults } from '@/domain/score-session';
import { downloadText } from '@/components/download';
import { resultsCsvFileName, serializeSessionJson, sessionJsonFileName } from './results-view';

// Excel reads a CSV file as UTF-8 only when it starts with a byte-order mark; other programs ignore it.
const UTF8_BOM = '\uFEFF';

interface Props {
  session: Session;
  /** Without a scored report there is nothing to print or tabulate: only the record can be saved. */
  report?: { pack: Pack; results: SessionResults };
}

/** The session record as a file that Import (Mentees page) reads back: for a mentor, another device, a backup. */
export function downloadSessionJson(session: Session) {
  downloadText(sessionJsonFileName(session), serializeSessionJson(session), 'application/json');
}

/** Print the report, or take the data away: the session record (re-importable) and a CSV of the scores. */
export function ResultsActions({ session, report }: Props) {
  return (
    <div className="results-actions">
      {report && (
        <button type="button" onClick={() => window.print()}>
          Print / save as PDF
        </button>
      )}
      <button
        type="button"
        className="secondary"
        onClick={() => downloadSessionJson(session)}
        aria-describedby={`export-json-hint-${session.id}`}
      >
        Save answers as a file (JSON)
      </button>
      {report && (
        <button
          type="button"
          className="secondary"
          onClick={() =>
            downloadText(resultsCsvFileName(session), UTF8_BOM + serializeResultsCsv(report.pack, report.results), 'text/csv;charset=utf-8')
          }
        >
          Scores for a spreadsheet (CSV)
        </button>
      )}
      <p id={`export-json-hint-${session.id}`} className="muted">
        The JSON file holds every answer and note of this session: Import on the Mentees page reads it back, on this or
        another device.
      </p>
    </div>
  );
}
