import type { Pack } from '@/domain/pack/schema';
import { serializeResultsCsv } from '@/domain/records/results-csv';
import type { Session } from '@/domain/records/schema';
import type { SessionResults } from '@/domain/scoring/score-session';
import { downloadText } from '@/components/download';
import { resultsCsvFileName, serializeSessionJson, sessionJsonFileName } from './results-view';

// Excel reads a CSV file as UTF-8 only when it starts with a byte-order mark; other programs ignore it.
const UTF8_BOM = '\uFEFF';

interface Props {
  session: Session;
  /** Without a scored report there is nothing to print or tabulate: only the record can be saved. */
  report?: { pack: Pack; results: SessionResults };
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
        onClick={() => downloadText(sessionJsonFileName(session), serializeSessionJson(session), 'application/json')}
      >
        Export JSON
      </button>
      {report && (
        <button
          type="button"
          className="secondary"
          onClick={() =>
            downloadText(resultsCsvFileName(session), UTF8_BOM + serializeResultsCsv(report.pack, report.results), 'text/csv;charset=utf-8')
          }
        >
          Export CSV
        </button>
      )}
    </div>
  );
}
