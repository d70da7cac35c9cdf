import { useEffect, useId } from 'react';
import * as z from '@/domain/zod';
import { useZodForm, YearsFieldSchema, yearsFromField } from '@/components/form';
import { suggestTargetLevel } from '@/domain/pack/levels';
import type { Pack } from '@/domain/pack/schema';
import type { ProfileDetails } from '@/domain/records/profile';
import { CurrentRoleField, LevelOptions, roleFieldValue, roleFromField, YearsField } from '@/components/assessment-fields';

const NO_TARGET = 'none';

const ProfileFormSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'Enter a name'), z.maxLength(120, 'Keep the name to 120 characters or fewer')),
  currentLevel: z.string(),
  years: YearsFieldSchema,
  targetLevel: z.string(),
});

type ProfileFormValues = z.input<typeof ProfileFormSchema>;

export interface ProfileFormProps {
  /** The pack whose levels are offered; without one, only the name and years can be set. */
  pack: Pack | undefined;
  initial?: ProfileDetails;
  submitLabel: string;
  onSubmit: (details: ProfileDetails) => void;
  onCancel: () => void;
  /** Labelled by the heading above the form. */
  labelledBy: string;
}

/** Name, current role, years and target level of a person: used to add a mentee and to edit one. */
export function ProfileForm({ pack, initial, submitLabel, onSubmit, onCancel, labelledBy }: ProfileFormProps) {
  const id = useId();
  const levels = pack?.levels ?? [];
  const initialCurrent = roleFieldValue(initial?.currentLevel);
  const initialYears = initial?.years ?? null;
  const suggested = pack ? suggestTargetLevel(pack, initial?.currentLevel ?? null, initialYears)?.id : undefined;
  const { register, handleSubmit, formState, getValues, getFieldState, setValue, setFocus } = useZodForm(ProfileFormSchema, {
    defaultValues: {
      name: initial?.name ?? '',
      currentLevel: initialCurrent,
      years: initialYears === null ? '' : String(initialYears),
      targetLevel: initial?.targetLevel ?? suggested ?? NO_TARGET,
    } satisfies ProfileFormValues,
  });
  // A new person's target follows the suggestion until it is picked by hand; a saved target is never replaced.
  const keepTarget = initial?.targetLevel != null;

  useEffect(() => {
    setFocus('name');
  }, [setFocus]);

  const followSuggestion = () => {
    if (keepTarget || getFieldState('targetLevel').isDirty || !pack) return;
    const current = getValues('currentLevel');
    const next = suggestTargetLevel(pack, roleFromField(current), yearsFromField(getValues('years')));
    if (next) setValue('targetLevel', next.id);
  };

  const submit = handleSubmit((values) => {
    onSubmit({
      name: values.name,
      currentLevel: roleFromField(values.currentLevel),
      years: yearsFromField(values.years),
      targetLevel: values.targetLevel === NO_TARGET ? null : values.targetLevel,
    });
  });

  const { errors } = formState;
  const errorId = (field: string) => `${id}-${field}-error`;
  return (
    <form onSubmit={submit} noValidate className="profile-form" aria-labelledby={labelledBy}>
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          maxLength={200}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? errorId('name') : undefined}
          {...register('name')}
        />
        {errors.name && (
          <p id={errorId('name')} className="form-error">
            {errors.name.message}
          </p>
        )}
      </div>
      {levels.length > 0 && <CurrentRoleField id={`${id}-current`} label="Current role" levels={levels} field={register('currentLevel', { onChange: followSuggestion })} />}
      <YearsField id={`${id}-years`} field={register('years', { onChange: followSuggestion })} error={errors.years?.message} />
      {levels.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-target`}>Target level</label>
          <select
            id={`${id}-target`}
            aria-describedby={`${id}-target-hint`}
            {...register('targetLevel')}
          >
            <option value={NO_TARGET}>Not set yet</option>
            <LevelOptions levels={levels} />
          </select>
          <p id={`${id}-target-hint`} className="muted">
            Suggested from the role and experience: the next rung up.
          </p>
        </div>
      )}
      <div className="form-buttons">
        <button type="submit">{submitLabel}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
