import { Link } from 'wouter';
import { LoadingStatus } from '@/components/loading-status';
import { assessmentPath, resultsPath } from '@/lib/routes';
import { useSessionOnPack } from '@/packs/pack-changelogs';
import { useStartPacks } from '@/packs/start-packs';
import { useReadyPacks } from '@/packs/use-packs';
import { progressOf } from '@/domain/questionnaire/questionnaire';
import { SELF_PROFILE_ID } from '@/domain/records/constants';
import type { Session } from '@/domain/records/schema';
import { formatDate } from '@/lib/format';
import { sessionInProgress, sessionsOf } from '@/store/selectors';
import { useAppStore } from '@/store/store-context';
import { StartForm } from './start-form';

/**
 * The session in progress, counted on its whole pack (answered on an older pack version, it is counted as the pack
 * now names the questions, not "0 of 0"). Only someone with a session in progress waits for the whole pack: a first
 * visit starts from the packs' start parts alone.
 */
function ResumeCard({ inProgress }: { inProgress: Session }) {
  const pack = useReadyPacks().get(inProgress.packId);
  const opened = useSessionOnPack(inProgress, pack);
  const resumed = opened?.session;
  if (!pack || !resumed) return null;
  const progress = progressOf(pack, resumed);
  return (
    <section className="card resume" aria-labelledby="resume-title">
      <h2 id="resume-title">Pick up where you left off</h2>
      {opened.missing ? (
        <p>
          {pack.meta.title}, last on {formatDate(inProgress.updatedAt)}: the pack has changed since, and this assessment or its target level
          is no longer in it. Your answers are kept; resume to continue on the nearest one.
        </p>
      ) : (
        <p>
          {pack.meta.title}, {pack.assessments.find((a) => a.id === resumed.assessmentId)?.title.toLowerCase()}: {progress.answered} of{' '}
          {progress.total} questions answered, last on {formatDate(inProgress.updatedAt)}.
        </p>
      )}
      <Link href={assessmentPath(inProgress.id)} className="button">
        Resume
      </Link>
    </section>
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
  return (
    <>
      {inProgress && <ResumeCard inProgress={inProgress} />}
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
