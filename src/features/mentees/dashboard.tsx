import { memo, useId, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { HOME_PATH, menteePath } from '@/lib/routes';
import { TableFrame } from '@/components/figure';
import { ScreenHeading } from '@/components/screen-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import { SELF_PROFILE_ID } from '@/domain/records/constants';
import { formatNumber } from '@/lib/format';
import { useAppStore } from '@/store/store-context';
import { AddMentee } from './add-mentee';
import { exportBundle } from './export-bundle';
import { ImportBundle } from './import-bundle';
import { ReadyBadge } from './ready-badge';
import { buildDashboardRows, dashboardSummary, sortRows, type DashboardRow, type SortDirection, type SortKey } from './dashboard-view';
import { groupSessions } from './mentees-view';
import { useStablePacks, useToday } from './use-mentee-data';

// Name, readiness and the next step first: on a phone these come first in each card, on a wide screen on the left.
const COLUMNS: readonly { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'Name' },
  { key: 'readiness', label: 'Readiness for target' },
  { key: 'next', label: 'Next level' },
  { key: 'overdue', label: 'Overdue actions', numeric: true },
  { key: 'trend', label: 'Trend' },
  { key: 'role', label: 'Current role' },
  { key: 'target', label: 'Target level' },
  { key: 'highestReady', label: 'Highest level ready' },
  { key: 'sessions', label: 'Sessions', numeric: true },
];

/**
 * Rows drawn at first, and added per "Show more": a mentor's list is drawn at once, and a file of thousands of people
 * imported does not hold the page while every row is built.
 */
export const ROWS_PER_PAGE = 200;

const labelOf = (key: SortKey) => COLUMNS.find((column) => column.key === key)?.label ?? key;

/** Columns whose most useful first look is the largest value (most overdue, most ready). */
const DESCENDING_FIRST = new Set<SortKey>(['readiness', 'trend', 'overdue', 'sessions', 'highestReady']);

export const PRIVACY_TEXT =
  'Everything about your mentees stays in this browser. Rungs sends nothing anywhere: records leave this browser only when you save a file with Export.';

function Trend({ row }: { row: DashboardRow }) {
  const { trend } = row;
  return (
    <>
      <span aria-hidden="true" className={trend.delta === null ? undefined : trend.delta > 0 ? 'trend-up' : trend.delta < 0 ? 'trend-down' : undefined}>
        {trend.symbol ? `${trend.symbol} ` : ''}
        {trend.text}
      </span>
      <span className="visually-hidden">{trend.label}</span>
    </>
  );
}

// Memoised: rows keep their identity between sorts, so a sort only moves rows instead of rendering 200 again.
const MenteeRow = memo(function MenteeRow({ row }: { row: DashboardRow }) {
  // data-label names each cell where a phone shows the row as a card (the column headings sit above, as sort buttons).
  return (
    <tr className={row.overdue > 0 ? 'has-overdue' : undefined}>
      <th scope="row">
        <Link href={menteePath(row.profileId)}>{row.name}</Link>
        {row.archived && <span className="tag"> (archived)</span>}
      </th>
      <td data-label={labelOf('readiness')}>
        {row.readinessState ? <ReadyBadge state={row.readinessState} detail={row.readinessText} /> : row.readinessText}
      </td>
      <td data-label={labelOf('next')}>
        {/* One child per cell: on a phone the cell is a two-column grid, its name then its value. */}
        <span>
          {row.nextText}
          {row.nextState && row.nextDetail && (
            <span className="next-readiness">
              <ReadyBadge state={row.nextState} detail={row.nextDetail} />
            </span>
          )}
        </span>
      </td>
      <td data-label={labelOf('overdue')} className="num">
        {row.overdue > 0 ? (
          <strong className="overdue-flag">
            <span aria-hidden="true">⚠ </span>
            {row.overdueText}
          </strong>
        ) : (
          row.overdueText
        )}
      </td>
      <td data-label={labelOf('trend')}>
        <span>
          <Trend row={row} />
        </span>
      </td>
      <td data-label={labelOf('role')}>{row.roleText}</td>
      <td data-label={labelOf('target')}>{row.targetText}</td>
      <td data-label={labelOf('highestReady')}>{row.highestReadyText}</td>
      <td data-label={labelOf('sessions')} className="num">
        {row.sessions}
      </td>
    </tr>
  );
});

function MenteeTable({ rows: allRows }: { rows: readonly DashboardRow[] }) {
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'name', direction: 'ascending' });
  const [showArchived, setShowArchived] = useState(false);
  const archivedCount = allRows.filter((row) => row.archived).length;
  const shown = useMemo(
    () => sortRows(showArchived ? allRows : allRows.filter((row) => !row.archived), sort.key, sort.direction),
    [allRows, showArchived, sort],
  );
  const [limit, setLimit] = useState(ROWS_PER_PAGE);
  const visible = shown.length > limit ? shown.slice(0, limit) : shown;
  const sortedBy = COLUMNS.find((column) => column.key === sort.key)?.label ?? '';
  const captionId = useId();

  const sortBy = (key: SortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: DESCENDING_FIRST.has(key) ? 'descending' : 'ascending' },
    );

  return (
    <section aria-labelledby={captionId} className="mentee-list">
      <h2 id={captionId}>Your mentees</h2>
      <div className="list-controls">
        <label className="choice">
          <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.currentTarget.checked)} />
          Show archived ({archivedCount})
        </label>
        <p className="muted">{dashboardSummary(shown, showArchived ? 0 : archivedCount)}</p>
      </div>
      {/* Announces the new order after a sort: the table itself changes silently. */}
      <p role="status" className="visually-hidden">
        Sorted by {sortedBy}, {sort.direction}.
      </p>
      {shown.length === 0 ? (
        <p>Every mentee is archived. Tick “Show archived” to see them.</p>
      ) : (
        <TableFrame label="Mentees, table">
          <table className="mentee-table stack-table">
            <caption>Mentees, sorted by {sortedBy.toLowerCase()} ({sort.direction}). Column headings sort the table.</caption>
            <thead>
              <tr>
                {COLUMNS.map((column) => {
                  const active = sort.key === column.key;
                  return (
                    <th key={column.key} scope="col" aria-sort={active ? sort.direction : undefined} className={column.numeric ? 'num' : undefined}>
                      <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
                        {column.label}
                        <span aria-hidden="true" className="sort-mark">
                          {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {visible.map((row) => (
                <MenteeRow key={row.profileId} row={row} />
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      {shown.length > visible.length && (
        <div className="list-controls">
          <p>
            Showing the first {formatNumber(visible.length)} of {formatNumber(shown.length)} mentees, in this order.
          </p>
          <button type="button" className="secondary" onClick={() => setLimit(limit + ROWS_PER_PAGE)}>
            Show {formatNumber(Math.min(ROWS_PER_PAGE, shown.length - visible.length))} more
          </button>
          <button type="button" className="secondary" onClick={() => setLimit(shown.length)}>
            Show all {formatNumber(shown.length)}
          </button>
        </div>
      )}
    </section>
  );
}

/** The Mentees home: every mentee with their latest readiness, trend and overdue actions; add, export, import. */
export function Dashboard({ notice }: { notice: ReactNode }) {
  useDocumentTitle('Mentees');
  const packs = useStablePacks();
  const today = useToday();
  const profiles = useAppStore((state) => state.profiles);
  const sessions = useAppStore((state) => state.sessions);
  const [added, setAdded] = useState<string | null>(null);
  const sessionsByProfile = useMemo(() => groupSessions(sessions), [sessions]);
  const rows = useMemo(
    () => buildDashboardRows({ profiles, sessionsByProfile, packs, today, showArchived: true }),
    [profiles, sessionsByProfile, packs, today],
  );
  const firstPack = packs.values().next().value;
  const hasMentees = Object.keys(profiles).some((id) => id !== SELF_PROFILE_ID);

  return (
    <section aria-labelledby="mentees-title" className="mentees">
      <ScreenHeading id="mentees-title">Mentees</ScreenHeading>
      {notice}
      <p className="privacy">
        <strong>Private to this browser.</strong> {PRIVACY_TEXT}
      </p>
      <div className="mentees-toolbar">
        <AddMentee pack={firstPack} onAdded={(name) => setAdded(`${name} was added.`)} />
        <button type="button" className="secondary" onClick={() => exportBundle({ profiles, sessions })}>
          Export
        </button>
        <ImportBundle />
      </div>
      <p role="status" className="added-status">
        {added}
      </p>
      {hasMentees ? (
        <MenteeTable rows={rows} />
      ) : (
        <section aria-labelledby="no-mentees-title" className="empty-state">
          <h2 id="no-mentees-title">No mentees yet</h2>
          <p>
            Add the people you mentor to keep each one’s sessions, action plan and progress together. Without any mentee,
            Rungs works for you alone, as before: start an assessment from <Link href={HOME_PATH}>Home</Link>.
          </p>
        </section>
      )}
    </section>
  );
}
