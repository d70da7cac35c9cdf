import { useWatch } from 'react-hook-form';
import { useLocation } from 'wouter';
import * as z from '@/domain/zod';
import { assessmentPath } from '@/lib/routes';
import { LevelOptions, PackAndLengthFields } from '@/components/assessment-fields';
import { useZodForm } from '@/components/form';
import { suggestTargetLevel } from '@/domain/pack/levels';
import type { Pack } from '@/domain/pack/schema';
import type { Profile, Session } from '@/domain/records/schema';
import { useAppStore } from '@/store/store-context';
import { sessionDate } from '@/domain/records/session';
import { formatDate } from '@/lib/format';
import { prefillSource } from './person-view';

const StartSessionSchema = z.object({
  packId: z.string().check(z.minLength(1)),
  assessmentId: z.string().check(z.minLength(1, 'Choose quick or full')),
  targetLevel: z.string().check(z.minLength(1, 'Choose a target level')),
  start: z.enum(['last', 'blank']),
});

type StartSessionValues = z.input<typeof StartSessionSchema>;

/** A new session for this person: quick or full, a target, and either the last session's answers or a blank sheet. */
export function StartSession({ profile, packs, sessions }: { profile: Profile; packs: readonly Pack[]; sessions: readonly Session[] }) {
  const startSession = useAppStore((state) => state.startSession);
  const [, navigate] = useLocation();
  const first = packs[0]!;
  const defaultSource = prefillSource(sessions, first.meta.id);
  const defaultTarget =
    (profile.targetLevel && first.levels.some((level) => level.id === profile.targetLevel) ? profile.targetLevel : undefined) ??
    suggestTargetLevel(first, profile.currentLevel, profile.years)?.id ??
    '';
  const { register, handleSubmit, control, formState } = useZodForm(StartSessionSchema, {
    defaultValues: {
      packId: first.meta.id,
      assessmentId: first.assessments[0]?.id ?? '',
      targetLevel: defaultTarget,
      start: defaultSource ? 'last' : 'blank',
    } satisfies StartSessionValues,
  });
  const packId = useWatch({ control, name: 'packId' });
  const pack = packs.find((candidate) => candidate.meta.id === packId) ?? first;
  const source = prefillSource(sessions, pack.meta.id);

  const onSubmit = handleSubmit((values) => {
    const chosen = packs.find((candidate) => candidate.meta.id === values.packId) ?? first;
    const from = values.start === 'last' ? prefillSource(sessions, chosen.meta.id) : undefined;
    const session = startSession({
      pack: chosen,
      assessmentId: values.assessmentId,
      targetLevel: values.targetLevel,
      profileId: profile.id,
      prefillFrom: from,
    });
    navigate(assessmentPath(session.id));
  });

  return (
    <section aria-labelledby="start-session-title" className="person-section">
      <h2 id="start-session-title">Start a session</h2>
      <form onSubmit={onSubmit} noValidate aria-labelledby="start-session-title">
        <PackAndLengthFields
          idPrefix="session"
          packs={packs}
          pack={pack}
          packField={register('packId')}
          lengthField={register('assessmentId')}
          lengthError={formState.errors.assessmentId?.message}
        />
        <div className="field">
          <label htmlFor="session-target">Target level</label>
          <select id="session-target" {...register('targetLevel')}>
            <LevelOptions levels={pack.levels} />
          </select>
        </div>
        <fieldset className="field">
          <legend>Answers</legend>
          {source && (
            <label className="choice">
              <input type="radio" value="last" {...register('start')} />
              <span>
                <strong>Start from the last session’s answers (what changed since?)</strong>{' '}
                <span className="muted">
                  The answers, examples and mentor’s ratings of {formatDate(sessionDate(source))} are filled in; change only what has changed.
                </span>
              </span>
            </label>
          )}
          <label className="choice">
            <input type="radio" value="blank" {...register('start')} />
            <span>
              <strong>Start blank</strong>
            </span>
          </label>
        </fieldset>
        <button type="submit">Start session</button>
      </form>
    </section>
  );
}
