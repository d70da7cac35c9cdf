import { useEffect, useId } from 'react';
import * as z from '@/domain/zod';
import { useZodForm, YearsFieldSchema, yearsFromField } from '@/components/form';
import { formatYears, suggestTargetLevel } from '@/domain/pack/levels';
import type { Pack } from '@/domain/pack/schema';
import type { ProfileDetails } from '@/domain/records/profile';
import { NO_ROLE_TEXT } from '@/components/assessment-fields';

const NO_ROLE = 'none';
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
  const initialCurrent = initial?.currentLevel ?? NO_ROLE;
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
    const next = suggestTargetLevel(pack, current === NO_ROLE ? null : current, yearsFromField(getValues('years')));
    if (next) setValue('targetLevel', next.id);
  };

  const submit = handleSubmit((values) => {
    onSubmit({
      name: values.name,
      currentLevel: values.currentLevel === NO_ROLE ? null : values.currentLevel,
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
      {levels.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-current`}>Current role</label>
          <select id={`${id}-current`} {...register('currentLevel', { onChange: followSuggestion })}>
            <option value={NO_ROLE}>{NO_ROLE_TEXT}</option>
            {levels.map((level) => (
              <option key={level.id} value={level.id}>
                {level.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-years`}>Years of experience in production (optional)</label>
        <input
          id={`${id}-years`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          aria-invalid={errors.years ? true : undefined}
          aria-describedby={errors.years ? errorId('years') : undefined}
          {...register('years', { onChange: followSuggestion })}
        />
        {errors.years && (
          <p id={errorId('years')} className="form-error">
            {errors.years.message}
          </p>
        )}
      </div>
      {levels.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-target`}>Target level</label>
          <select
            id={`${id}-target`}
            aria-describedby={`${id}-target-hint`}
            {...register('targetLevel')}
          >
            <option value={NO_TARGET}>Not set yet</option>
            {levels.map((level) => (
              <option key={level.id} value={level.id}>
                {level.title} ({formatYears(level)})
              </option>
            ))}
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
