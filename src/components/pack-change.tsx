import { useLocation } from 'wouter';
import { assessmentPath } from '@/lib/routes';
import type { SessionOnPack } from '@/packs/pack-changelogs';
import type { Pack } from '@/domain/pack/schema';
import type { PackMigrationReport, RetiredPart } from '@/domain/records/pack-migration';
import type { Session } from '@/domain/records/schema';

const PART_WORDS: Record<RetiredPart, string> = {
  answer: 'answer',
  evidence: 'evidence',
  'mentor rating': 'mentor’s rating',
  'mentor note': 'mentor’s note',
};

/** What changed in the pack since the session was answered, said once above the screen, with what was kept aside. */
export function PackChangeNote({ message, report = null }: { message: string | null; report?: PackMigrationReport | null }) {
  if (!message) return null;
  const kept = [
    // With the changelog's reason where a version removed it: an id alone says nothing to the person who answered.
    ...(report?.retired ?? []).map(
      (item) => `${item.id}: ${item.parts.map((part) => PART_WORDS[part]).join(', ')}, no longer in the pack${item.reason ? `. ${item.reason}` : ''}`,
    ),
    ...(report?.notAsked ?? []).map((id) => `${id}: answer, no longer asked by this assessment`),
  ];
  return (
    <div className="muted pack-change-note" role="note">
      <p>{message}</p>
      {kept.length > 0 && (
        <details>
          <summary>What is kept with the session but no longer counts</summary>
          <ul>
            {kept.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** The store's startSession, passed in: shared pieces take what they change from the screen that shows them. */
type StartSession = (input: { pack: Pack; assessmentId: string; targetLevel: string; profileId: string; prefillFrom: Session }) => { id: string };

/**
 * A session whose assessment or target level the pack no longer has: why, and a way on. Continuing starts a new
 * session on the nearest assessment and level, filled with these answers; this one stays as it was, as the record
 * of what was answered where.
 */
export function ContinueOnNearest({ pack, opened, startSession }: { pack: Pack; opened: SessionOnPack; startSession: StartSession }) {
  const [, navigate] = useLocation();
  const report = opened.report;
  const assessmentId = report?.missingAssessment ? report.missingAssessment.nearest : opened.session.assessmentId;
  const levelId = report?.missingLevel ? report.missingLevel.nearest : opened.session.targetLevel;
  const assessment = pack.assessments.find((candidate) => candidate.id === assessmentId);
  const level = pack.levels.find((candidate) => candidate.id === levelId);
  return (
    <div className="continue-on-nearest">
      {opened.missing && <p>{opened.missing}</p>}
      {assessment && level ? (
        <>
          <p>
            The nearest it has now is the <strong>{assessment.title}</strong> assessment for <strong>{level.title}</strong>. Continuing there
            starts a new session with your answers, evidence and mentor’s ratings carried over; this one stays as it is.
          </p>
          <button
            type="button"
            onClick={() => {
              const next = startSession({
                pack,
                assessmentId: assessment.id,
                targetLevel: level.id,
                profileId: opened.session.profileId,
                prefillFrom: opened.session,
              });
              navigate(assessmentPath(next.id));
            }}
          >
            Continue on {assessment.title} for {level.title}
          </button>
        </>
      ) : null}
    </div>
  );
}
