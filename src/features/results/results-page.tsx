import { useDeferredValue, useMemo } from 'react';
import { LoadingStatus } from '@/components/loading-status';
import { LoadingBoundary, useLoaded } from '@/lib/loading-boundary';
import { Link, Route, Switch, useParams } from 'wouter';
import { HOME_PATH, parseSessionIdParam } from '@/lib/routes';
import { useSessionOnPack } from '@/packs/pack-changelogs';
import { isCurrentOn } from '@/domain/pack/question-pack';
import { scoringPackFor } from '@/packs/scoring-packs';
import { readyPacksOf } from '@/packs/ready-packs';
import { packEntries } from '@/packs/use-packs';
import { useReadyPacksOnceShown } from '@/packs/use-packs-once-shown';
import { ScreenHeading } from '@/components/screen-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import { SELF_PROFILE_ID } from '@/domain/records/constants';
import type { Session } from '@/domain/records/schema';
import { useAppStore } from '@/store/store-context';
import { sessionsOf } from '@/store/selectors';
import { ContinueOnNearest, PackChangeNote } from '@/components/pack-change';
import { ResultsActions } from './results-actions';
import { RESULTS_SHOWN_MARK, ResultsReport } from './results-report';
import { buildFirstScreenView, pickLatestSession, scoreProblemText, scoreSessionRecord } from './results-view';
import { useReportRest } from './use-report-rest';
// One stylesheet per part of the screen, in this order: later rules of equal weight win, as in one file.
import './results.css';
import './results-mentor.css';
import './results-verdict.css';
import './results-bars.css';
import './results-print.css';

function ResultsState({ title = 'Results', children }: { title?: string; children: React.ReactNode }) {
  useDocumentTitle(title);
  return (
    <section aria-labelledby="results-title">
      <ScreenHeading id="results-title">{title}</ScreenHeading>
      {children}
    </section>
  );
}

const Reading = () => (
  <ResultsState>
    <LoadingStatus>Reading your saved results…</LoadingStatus>
  </ResultsState>
);

function NoSuchResults() {
  return (
    <ResultsState title="No such results">
      <p>There are no results at this address in this browser: the link may be mistyped, or the session was deleted.</p>
      <p>
        <Link href={HOME_PATH}>Go to Home</Link>
      </p>
    </ResultsState>
  );
}

function NoResultsYet() {
  return (
    <ResultsState>
      <p>There are no results yet. They appear here once you have answered an assessment.</p>
      <p>
        <Link href={HOME_PATH}>Go to Home</Link>
      </p>
    </ResultsState>
  );
}

/**
 * Scores the session against its pack. Until the whole packs are loaded, the first screenful is scored and drawn from
 * the pack's scoring part (a fifth of its size), for a session that reads on it as it stands; the rest of the report
 * follows with the whole pack, which then scores everything. Anything else (no part, a broken pack, a session read
 * through the changelog) waits (suspends) for the whole packs, which say what is wrong.
 */
function ScoredSession({ session }: { session: Session }) {
  const loaded = useReadyPacksOnceShown(RESULTS_SHOWN_MARK);
  const part = useLoaded(loaded === 'loading' ? scoringPackFor(session.packId) : undefined);
  const early = part && isCurrentOn(session, part) ? part : undefined;
  const entries = useLoaded(typeof loaded === 'object' || early ? undefined : packEntries());
  const packs = typeof loaded === 'object' ? loaded : entries ? readyPacksOf(entries) : undefined;
  const pack = packs?.get(session.packId);
  // Never both: once the whole pack is here, the part is not read again.
  const scoringPack = packs ? pack : early;
  const profile = useAppStore((state) => (Object.hasOwn(state.profiles, session.profileId) ? state.profiles[session.profileId] : undefined));
  const startSession = useAppStore((state) => state.startSession);
  // Who the results are about: the name on a mentee's results, and the role the headline is told from.
  const person = useMemo(
    () => ({
      name: profile?.name ?? 'Me',
      currentLevel: profile?.currentLevel ?? null,
      isSelf: session.profileId === SELF_PROFILE_ID,
    }),
    [profile?.name, profile?.currentLevel, session.profileId],
  );
  // A session answered on an older pack version is read through the changelog; the stored record is not rewritten.
  const opened = useSessionOnPack(session, pack);
  const shown = opened?.session ?? session;
  // A mentor rating 52 competencies in a row must not wait for the whole report to be rescored after each one: the
  // panel shows the new rating at once (it reads `shown`), and the scores and the report follow in a background
  // render that the next change interrupts rather than queues behind. Built once per session version, not per render.
  const scoredOn = useDeferredValue(shown);
  const scored = useMemo(() => scoreSessionRecord(scoringPack, scoredOn, person.currentLevel), [scoringPack, scoredOn, person.currentLevel]);
  const note = opened?.message ?? null;
  // The rest of the report is drawn by code of its own, fetched with the whole pack once the verdict is on screen.
  const rest = useReportRest(RESULTS_SHOWN_MARK);
  const whole = useMemo(
    () => (scored.ok && pack && rest.code ? { pack, view: rest.code.buildResultsView(pack, scoredOn, scored.value, person, note), Rest: rest.code.ReportRest } : null),
    [scored, pack, rest.code, scoredOn, person, note],
  );
  // The first screenful: from the whole pack once it is here (its rest may still be on its way), else from the part.
  const firstScreenPack = packs ? pack : early;
  const view = useMemo(
    () => whole?.view ?? (scored.ok && firstScreenPack ? buildFirstScreenView(firstScreenPack, scoredOn, scored.value, person, note) : null),
    [whole, scored, firstScreenPack, scoredOn, person, note],
  );
  if (!scored.ok || !view) {
    return (
      <ResultsState>
        <PackChangeNote message={note} report={opened?.report} />
        {pack && opened?.missing ? (
          <ContinueOnNearest pack={pack} opened={opened} startSession={startSession} />
        ) : (
          <p>{scored.ok ? 'These results cannot be shown.' : scoreProblemText(scored.error)}</p>
        )}
        <p>Your answers are kept. You can still download them:</p>
        <ResultsActions session={session} />
        <p>
          <Link href={HOME_PATH}>Go to Home</Link>
        </p>
      </ResultsState>
    );
  }
  return (
    <ResultsReport session={shown} stored={session} packChange={opened?.report} results={scored.value} view={view} pack={pack} whole={whole} rest={rest} />
  );
}

function ResultsFor({ session }: { session: Session | undefined }) {
  const status = useAppStore((state) => state.status);
  if (status !== 'ready') return <Reading />;
  if (!session) return <NoSuchResults />;
  return (
    <LoadingBoundary fallback={<Reading />}>
      {/* Keyed: another session's results never show, even for a moment, with this one's deferred scores. */}
      <ScoredSession key={session.id} session={session} />
    </LoadingBoundary>
  );
}

function LatestResults() {
  const status = useAppStore((state) => state.status);
  // Selects an id, not the list: a new array on every store change would re-render for nothing.
  const sessionId = useAppStore((state) => pickLatestSession(sessionsOf(state))?.id);
  const session = useAppStore((state) => (sessionId ? state.sessions[sessionId] : undefined));
  if (status !== 'ready') return <Reading />;
  if (!session) return <NoResultsYet />;
  return <ResultsFor session={session} />;
}

function ResultsAt() {
  const params = useParams<{ sessionId: string }>();
  const sessionId = parseSessionIdParam(params.sessionId);
  const session = useAppStore((state) => (sessionId && Object.hasOwn(state.sessions, sessionId) ? state.sessions[sessionId] : undefined));
  if (!sessionId) return <NoSuchResults />;
  return <ResultsFor session={session} />;
}

/** Mounted under "/results" as a nested route: "/" is the latest session of the person, "/:sessionId" one session. */
export default function ResultsPage() {
  return (
    <Switch>
      <Route path="/">
        <LatestResults />
      </Route>
      <Route path="/:sessionId">
        <ResultsAt />
      </Route>
      <Route>
        <NoSuchResults />
      </Route>
    </Switch>
  );
}
