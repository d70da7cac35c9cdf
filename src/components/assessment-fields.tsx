import type { UseFormRegisterReturn } from 'react-hook-form';
import { formatYears } from '@/domain/pack/levels';
import type { StartLevel, StartPack } from '@/domain/pack/start-pack';

/** The one label for holding no level of the ladder yet: the same on Home, a person's details and the dashboard. */
export const NO_ROLE_TEXT = 'Not yet a manager';

/** The current-role field's value for holding no level yet. */
const NO_ROLE = 'none';
/** A current role (a level id, or none yet) as the current-role field holds it. */
export const roleFieldValue = (level: string | null | undefined): string => level ?? NO_ROLE;
/** The current-role field's value as a level id, or null for none yet. */
export const roleFromField = (value: string): string | null => (value === NO_ROLE ? null : value);

/** The level a person holds now, or none yet: Home's start form and a person's details. */
export function CurrentRoleField({ id, label, levels, field }: { id: string; label: string; levels: readonly Pick<StartLevel, 'id' | 'title'>[]; field: UseFormRegisterReturn }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} {...field}>
        <option value={NO_ROLE}>{NO_ROLE_TEXT}</option>
        {levels.map((level) => (
          <option key={level.id} value={level.id}>
            {level.title}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Years of experience, optional (read with YearsFieldSchema and yearsFromField), with its problem said below it. */
export function YearsField({ id, field, error }: { id: string; field: UseFormRegisterReturn; error: string | undefined }) {
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>Years of experience in production (optional)</label>
      <input id={id} type="text" inputMode="decimal" autoComplete="off" aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} {...field} />
      {error && (
        <p id={errorId} className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Which pack (when there is more than one) and which length of assessment: the start of every new session. */
export function PackAndLengthFields({
  idPrefix,
  packs,
  pack,
  packField,
  lengthField,
  lengthError,
  describeLengths = false,
}: {
  idPrefix: string;
  packs: readonly StartPack[];
  pack: StartPack;
  packField: UseFormRegisterReturn;
  lengthField: UseFormRegisterReturn;
  lengthError?: string | undefined;
  /** Each length's description after its size, where there is room for it. */
  describeLengths?: boolean;
}) {
  return (
    <>
      {packs.length > 1 && (
        <div className="field">
          <label htmlFor={`${idPrefix}-pack`}>Assessment</label>
          <select id={`${idPrefix}-pack`} {...packField}>
            {packs.map((candidate) => (
              <option key={candidate.meta.id} value={candidate.meta.id}>
                {candidate.meta.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <fieldset className="field">
        <legend>Length</legend>
        {pack.assessments.map((assessment) => (
          <label key={assessment.id} className="choice">
            <input type="radio" value={assessment.id} {...lengthField} />
            <span>
              <strong>{assessment.title}</strong> — {assessment.questionIds.length} questions, about {assessment.minutes} minutes.
              {describeLengths && (
                <>
                  {' '}
                  <span className="muted">{assessment.description}</span>
                </>
              )}
            </span>
          </label>
        ))}
        {lengthError && <p className="form-error">{lengthError}</p>}
      </fieldset>
    </>
  );
}

/** Levels as options, each with its usual years of experience. */
export function LevelOptions({ levels }: { levels: readonly StartLevel[] }) {
  return levels.map((level) => (
    <option key={level.id} value={level.id}>
      {level.title} ({formatYears(level)})
    </option>
  ));
}
