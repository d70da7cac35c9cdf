import { useEffect, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { useLocation } from 'wouter';
import * as z from '@/domain/zod';
import { assessmentPath } from '@/lib/routes';
import { CurrentRoleField, LevelOptions, PackAndLengthFields, roleFieldValue, roleFromField, YearsField } from '@/components/assessment-fields';
import { useZodForm, YearsFieldSchema, yearsFromField } from '@/components/form';
import { suggestTargetLevel } from '@/domain/pack/levels';
import type { StartPack } from '@/domain/pack/start-pack';
import type { Profile } from '@/domain/records/schema';
import { useAppStore } from '@/store/store-context';

const StartSchema = z.object({
  packId: z.string().check(z.minLength(1)),
  assessmentId: z.string().check(z.minLength(1, 'Choose quick or full')),
  currentLevel: z.string(),
  years: YearsFieldSchema,
  targetLevel: z.string().check(z.minLength(1, 'Choose a target level')),
});

type StartValues = z.input<typeof StartSchema>;

export function StartForm({ packs, profile }: { packs: readonly StartPack[]; profile: Profile | undefined }) {
  const startSession = useAppStore((state) => state.startSession);
  const saveProfile = useAppStore((state) => state.saveProfile);
  const [, navigate] = useLocation();
  const first = packs[0]!;
  const initialYears = profile?.years ?? null;
  const form = useZodForm(StartSchema, {
    defaultValues: {
      packId: first.meta.id,
      assessmentId: first.assessments[0]?.id ?? '',
      currentLevel: roleFieldValue(profile?.currentLevel),
      years: initialYears === null ? '' : String(initialYears),
      targetLevel: profile?.targetLevel ?? suggestTargetLevel(first, profile?.currentLevel ?? null, initialYears)?.id ?? '',
    } satisfies StartValues,
  });
  const { register, handleSubmit, setValue, formState, control } = form;
  const [packId, currentLevel, years] = useWatch({ control, name: ['packId', 'currentLevel', 'years'] });
  const pack = packs.find((candidate) => candidate.meta.id === packId) ?? first;

  // Follow the suggestion when the role or experience changes, until the person picks a target themselves. Nothing
  // happens on the first render: a target saved last time is kept as it is.
  const suggestionInputs = `${pack.meta.id}\u0000${currentLevel}\u0000${years}`;
  const lastSuggestionInputs = useRef(suggestionInputs);
  const targetChosen = useRef(false);
  useEffect(() => {
    if (lastSuggestionInputs.current === suggestionInputs) return;
    lastSuggestionInputs.current = suggestionInputs;
    if (targetChosen.current) return;
    const suggested = suggestTargetLevel(pack, roleFromField(currentLevel), yearsFromField(years));
    if (suggested) setValue('targetLevel', suggested.id);
  }, [suggestionInputs, pack, currentLevel, years, setValue]);
  const targetField = register('targetLevel');

  const onSubmit = handleSubmit((values) => {
    const chosen = packs.find((candidate) => candidate.meta.id === values.packId) ?? first;
    saveProfile({ name: 'Me', currentLevel: roleFromField(values.currentLevel), years: yearsFromField(values.years), targetLevel: values.targetLevel });
    const session = startSession({ pack: chosen, assessmentId: values.assessmentId, targetLevel: values.targetLevel });
    navigate(assessmentPath(session.id));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="start-form" aria-labelledby="start-title">
      <h2 id="start-title">Start an assessment</h2>
      <PackAndLengthFields idPrefix="start" packs={packs} pack={pack} packField={register('packId')} lengthField={register('assessmentId')} describeLengths />
      <CurrentRoleField id="start-current" label="Your current role" levels={pack.levels} field={register('currentLevel')} />
      <YearsField id="start-years" field={register('years')} error={formState.errors.years?.message} />
      <div className="field">
        <label htmlFor="start-target">Target level</label>
        <select
          id="start-target"
          aria-describedby="start-target-hint"
          {...targetField}
          onChange={(event) => {
            targetChosen.current = true;
            void targetField.onChange(event);
          }}
        >
          <LevelOptions levels={pack.levels} />
        </select>
        <p id="start-target-hint" className="muted">
          Suggested from your role and experience: the next rung up. You will see your readiness for every level anyway.
        </p>
      </div>
      <button type="submit">Start assessment</button>
    </form>
  );
}
