import type { UseFormRegisterReturn } from 'react-hook-form';
import { formatYears } from '@/domain/pack/levels';
import type { Pack } from '@/domain/pack/schema';

/** The one label for holding no level of the ladder yet: the same on Home, a person's details and the dashboard. */
export const NO_ROLE_TEXT = 'Not yet a manager';

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
  packs: readonly Pack[];
  pack: Pack;
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

/** The pack's levels as options, each with its usual years of experience. */
export function LevelOptions({ pack }: { pack: Pack }) {
  return pack.levels.map((level) => (
    <option key={level.id} value={level.id}>
      {level.title} ({formatYears(level)})
    </option>
  ));
}
