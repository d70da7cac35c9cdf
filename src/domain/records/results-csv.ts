import type { Pack } from '@/domain/pack/schema';
import type { SessionResults } from '@/domain/score-session';

export const RESULTS_CSV_COLUMNS = ['competency', 'questionnaire', 'score', 'target', 'gap', 'importance', 'coverage'] as const;

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection); tab and CR start one too
// in some of them. A leading apostrophe makes the cell plain text and is shown as-is by the rest.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as RFC 4180 wants it, with the formula-injection guard applied first. */
export function escapeCsvCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** Rows to RFC 4180 text: comma-separated, CRLF after every record, the first row the header. */
export function serializeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(escapeCsvCell).join(',') + '\r\n').join('');
}

/** Numbers as a spreadsheet reads them: at most two decimals, no trailing zeros, empty when there is none. */
const numberCell = (value: number | null | undefined): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '' : String(Number(value.toFixed(2)));

/**
 * One row per competency of the pack, in the pack's order: its score (the one readiness stands on), and the
 * target level's target, gap and importance. A competency the level does not expect has an empty target.
 */
export function resultsCsvRows(pack: Pack, results: SessionResults): string[][] {
  const titleOf = new Map(pack.competencies.map((competency) => [competency.id, competency.title]));
  const gapOf = new Map(results.target.gaps.map((gap) => [gap.competency, gap]));
  const rows = results.scores.map((score) => {
    const gap = gapOf.get(score.competency);
    return [
      titleOf.get(score.competency) ?? score.competency,
      score.questionnaire,
      numberCell(score.used.value),
      numberCell(gap?.target),
      numberCell(gap?.gap),
      gap?.importance ?? '',
      numberCell(score.self.coverage),
    ];
  });
  return [[...RESULTS_CSV_COLUMNS], ...rows];
}

/** The results of one session as CSV text (no byte-order mark: that is the downloader's business). */
export function serializeResultsCsv(pack: Pack, results: SessionResults): string {
  return serializeCsv(resultsCsvRows(pack, results));
}
