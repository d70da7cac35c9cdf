import { Link } from 'wouter';
import { LoadingStatus } from '@/components/loading-status';
import { assessmentPath, resultsPath } from '@/lib/routes';
import { isCurrentOn } from '@/domain/pack/question-pack';
import type { StartPack } from '@/domain/pack/start-pack';
import { useSessionOnPack } from '@/packs/pack-changelogs';
import { useQuestionPack } from '@/packs/question-packs';
import { useStartPacks } from '@/packs/start-packs';
import { useReadyPacks } from '@/packs/use-packs';
import { progressOf, type Progress } from '@/domain/questionnaire/questionnaire';
import { SELF_PROFILE_ID } from '@/domain/records/constants';
import type { Session } from '@/domain/records/schema';
import { formatDate } from '@/lib/format';
import { sessionInProgress, sessionsOf } from '@/store/selectors';
import { useAppStore } from '@/store/store-context';
import { StartForm } from './start-form';

/** The card itself: the pack and assessment by title, how far it got, and the way back in. */
function ResumeCardView({
  session,
  packTitle,
  assessmentTitle,
  progress,
  missing,
}: {
  session: Session;
  packTitle: string;
  assessmentTitle: string | undefined;
  progress: Progress;
  /** The pack has changed since, and the session's assessment or target level is no longer in it. */
  missing: boolean;
}) {
  return (
    <section className="card resume" aria-labelledby="resume-title">
      <h2 id="resume-title">Pick up where you left off</h2>
      {missing ? (
        <p>
          {packTitle}, last on {formatDate(session.updatedAt)}: the pack has changed since, and this assessment or its target level is no
          longer in it. Your answers are kept; resume to continue on the nearest one.
        </p>
      ) : (
        <p>
          {packTitle}, {assessmentTitle?.toLowerCase()}: {progress.answered} of {progress.total} questions answered, last on{' '}
          {formatDate(session.updatedAt)}.
        </p>
      )}
      <Link href={assessmentPath(session.id)} className="button">
        Resume
      </Link>
    </section>
  );
}

/**
 * A session answered on another version of its pack, counted on the whole pack as the pack now names the questions
 * (not "0 of 0"), through the changelog.
 */
function ResumeOnWholePack({ inProgress }: { inProgress: Session }) {
  const pack = useReadyPacks().get(inProgress.packId);
  const opened = useSessionOnPack(inProgress, pack);
  const resumed = opened?.session;
  if (!pack || !resumed) return null;
  const assessmentTitle = pack.assessments.find((assessment) => assessment.id === resumed.assessmentId)?.title;
  return (
    <ResumeCardView
      session={inProgress}
      packTitle={pack.meta.title}
      assessmentTitle={assessmentTitle}
      progress={progressOf(pack, resumed)}
      missing={Boolean(opened.missing)}
    />
  );
}

/**
 * A session on the pack version installed, counted on its assessment's question part: the part "Resume" opens next,
 * so coming back for another short sitting downloads what the question screen needs, not the whole pack.
 */
function ResumeOnPart({ inProgress, start }: { inProgress: Session; start: StartPack }) {
  const part = useQuestionPack(inProgress.packId, inProgress.assessmentId);
  if (!part) return <ResumeOnWholePack inProgress={inProgress} />;
  const assessmentTitle = start.assessments.find((assessment) => assessment.id === inProgress.assessmentId)?.title;
  return (
    <ResumeCardView
      session={inProgress}
      packTitle={start.meta.title}
      assessmentTitle={assessmentTitle}
      progress={progressOf(part, inProgress)}
      missing={false}
    />
  );
}

/** Resume, start and recent results: loaded after the shell, since it needs the packs and the stored answers. */
export default function HomeActions() {
  const packs = useStartPacks();
  const status = useAppStore((state) => state.status);
  const inProgress = useAppStore(sessionInProgress);
  const profile = useAppStore((state) => state.profiles[SELF_PROFILE_ID]);
  const sessions = useAppStore((state) => state.sessions);
  if (status !== 'ready') {
    return <LoadingStatus>Loading your answers…</LoadingStatus>;
  }
  const completed = sessionsOf({ sessions }).filter((session) => session.completedAt !== null).slice(0, 5);
  const ready = [...packs.values()];
  const inProgressStart = inProgress && packs.get(inProgress.packId);
  return (
    <>
      {inProgress &&
        (inProgressStart && isCurrentOn(inProgress, inProgressStart) ? (
          <ResumeOnPart inProgress={inProgress} start={inProgressStart} />
        ) : (
          <ResumeOnWholePack inProgress={inProgress} />
        ))}
      {ready.length > 0 ? (
        <StartForm packs={ready} profile={profile} />
      ) : (
        <p>No assessment content is available, so there is nothing to start.</p>
      )}
      {completed.length > 0 && (
        <section aria-labelledby="recent-title">
          <h2 id="recent-title">Recent results</h2>
          <ul>
            {completed.map((session) => (
              <li key={session.id}>
                <Link href={resultsPath(session.id)}>
                  {packs.get(session.packId)?.meta.title ?? session.packId}, {formatDate(session.completedAt ?? session.updatedAt)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
