import { useEffect, useMemo, useState } from 'react';
import { Link, Route, Switch, useParams } from 'wouter';
import { LoadingBoundary } from '@/lib/loading-boundary';
import { LoadingStatus } from '@/components/loading-status';
import { HOME_PATH, assessmentPath, parseSessionIdParam } from '@/lib/routes';
import { isCurrentOn, type QuestionPack } from '@/domain/pack/question-pack';
import { useSessionOnPack, type SessionOnPack as SessionOnPackView } from '@/packs/pack-changelogs';
import { useQuestionPack } from '@/packs/question-packs';
import { preloadPacks, useReadyPacks } from '@/packs/use-packs';
import { ScreenHeading } from '@/components/screen-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import { buildQuestionnaire, progressOf, screensOf } from '@/domain/questionnaire/questionnaire';
import type { Session } from '@/domain/records/schema';
import { sessionInProgress } from '@/store/selectors';
import { rememberQuestionPart } from '@/store/question-part-hints';
import { useAppStore } from '@/store/store-context';
import { ContinueOnNearest, PackChangeNote } from '@/components/pack-change';
import { QuestionScreen } from './question-screen';
import { ReviewScreen } from './review-screen';
import { useCompetenciesPerScreen } from './use-media-query';
import './questionnaire.css';

function Missing({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby="missing-title">
      <ScreenHeading id="missing-title">{title}</ScreenHeading>
      {children}
      <p>
        <Link href={HOME_PATH}>Go to Home</Link>
      </p>
    </section>
  );
}

function NoSession() {
  const inProgress = useAppStore(sessionInProgress);
  const packs = useReadyPacks();
  const ready = useAppStore((state) => state.status === 'ready');
  const pack = inProgress ? packs.get(inProgress.packId) : undefined;
  // Answered on an older pack version: counted as the pack now names the questions.
  const opened = useSessionOnPack(inProgress, pack);
  if (!ready) return <LoadingStatus>Loading your answers…</LoadingStatus>;
  const progress = opened && pack ? progressOf(pack, opened.session) : undefined;
  return (
    <section aria-labelledby="assessment-title">
      <ScreenHeading id="assessment-title">Assessment</ScreenHeading>
      {inProgress && progress ? (
        <>
          <p>
            You have a {pack?.meta.title} assessment in progress: {progress.answered} of {progress.total} questions answered.
          </p>
          <p>
            <Link href={assessmentPath(inProgress.id)} className="button">
              Resume
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>No assessment is in progress in this browser.</p>
          <p>
            <Link href={HOME_PATH}>Choose an assessment on Home</Link>
          </p>
        </>
      )}
    </section>
  );
}

function SessionView({ review }: { review: boolean }) {
  const params = useParams<{ sessionId: string }>();
  const sessionId = parseSessionIdParam(params.sessionId);
  const status = useAppStore((state) => state.status);
  const session: Session | undefined = useAppStore((state) => (sessionId ? state.sessions[sessionId] : undefined));
  if (status !== 'ready') return <LoadingStatus>Loading your answers…</LoadingStatus>;
  if (!session) {
    return (
      <Missing title="No such assessment">
        <p>There is no assessment at this address in this browser. It may have been deleted, or the link came from another device.</p>
      </Missing>
    );
  }
  return <SessionOnPack session={session} review={review} />;
}

/**
 * A session answered on its pack as it is now needs only its assessment's part of the pack (about a sixth of it for
 * a quick assessment), so its questions show before the whole pack has arrived. The whole pack, for the results, is
 * fetched once the person answers or reviews: asked for as the questions mount, it shared the connection with them
 * and delayed their first paint (traced at 4× CPU on slow 4G).
 */
function SessionOnPack({ session, review }: { session: Session; review: boolean }) {
  const part = useQuestionPack(session.packId, session.assessmentId);
  const current = part !== undefined && isCurrentOn(session, part);
  // The session as the screen opened on it: any later one holds a new answer or note.
  const [opened] = useState(session);
  const answered = session !== opened;
  useEffect(() => {
    if (current && (review || answered)) void preloadPacks().catch(() => undefined);
  }, [current, review, answered]);
  // The next cold start on this session fetches this part before the records are read (src/app/preload.ts).
  const { id, packId, assessmentId } = session;
  useEffect(() => {
    rememberQuestionPart(id, current ? { packId, assessmentId } : null);
  }, [id, packId, assessmentId, current]);
  if (!current) return <SessionOnWholePack session={session} review={review} />;
  return <Questionnaire pack={part} session={session} review={review} />;
}

/** Any other session (no part for it, or answered on another pack version) is read on the whole pack, through the changelog. */
function SessionOnWholePack({ session, review }: { session: Session; review: boolean }) {
  const startSession = useAppStore((state) => state.startSession);
  const packs = useReadyPacks();
  const pack = packs.get(session.packId);
  // A session answered on an older pack version is read through the changelog; the stored record is not rewritten.
  const opened = useSessionOnPack(session, pack);
  if (!pack || !opened) {
    return (
      <Missing title="Assessment content not available">
        <p>This assessment was taken with the “{session.packId}” content, which this version of Rungs does not include.</p>
      </Missing>
    );
  }
  if (opened.missing) {
    return (
      <Missing title="This assessment has changed">
        <PackChangeNote message={opened.message} report={opened.report} />
        <ContinueOnNearest pack={pack} opened={opened} startSession={startSession} />
      </Missing>
    );
  }
  return <Questionnaire pack={pack} session={opened.session} review={review} opened={opened} />;
}

function Questionnaire({ pack, session, review, opened }: { pack: QuestionPack; session: Session; review: boolean; opened?: SessionOnPackView }) {
  const perScreen = useCompetenciesPerScreen();
  const assessmentId = session.assessmentId;
  // Rebuilt only when the content or the assessment changes, not on every answer.
  const entries = useMemo(() => buildQuestionnaire(pack, assessmentId), [pack, assessmentId]);
  const screens = useMemo(() => screensOf(entries, perScreen), [entries, perScreen]);
  return (
    <>
      <PackChangeNote message={opened?.message ?? null} report={opened?.report} />
      {review ? (
        <ReviewScreen pack={pack} session={session} entries={entries} />
      ) : (
        <QuestionScreen pack={pack} session={session} entries={entries} screens={screens} />
      )}
    </>
  );
}

export default function AssessmentPage() {
  useDocumentTitle('Assessment');
  return (
    <LoadingBoundary fallback={<LoadingStatus>Loading the assessment…</LoadingStatus>}>
      <Switch>
        <Route path="/">
          <NoSession />
        </Route>
        <Route path="/:sessionId/review">
          <SessionView review />
        </Route>
        <Route path="/:sessionId">
          <SessionView review={false} />
        </Route>
        <Route>
          <Missing title="Page not found">
            <p>There is no page at this address.</p>
          </Missing>
        </Route>
      </Switch>
    </LoadingBoundary>
  );
}
