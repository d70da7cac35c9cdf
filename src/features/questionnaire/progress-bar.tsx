import { memo } from 'react';
import type { Progress } from '@/domain/questionnaire/questionnaire';
import { plural } from '@/lib/format';

/**
 * "All answered" only when nothing is open: a "Not sure" is an answer given, but one the review still lists as open,
 * so the line says how many there are instead.
 */
export function progressText({ answered, total, left, notSure, minutesLeft }: Progress): string {
  const base = `${answered} of ${total} answered`;
  if (left > 0) return `${base} · ${left} left, about ${minutesLeft} min`;
  return notSure > 0 ? `${base} · ${plural(notSure, 'marked “Not sure”', 'marked “Not sure”')}` : `${base} · all answered`;
}

/** Redrawn only when a number it shows changes: a changed answer on an answered question moves nothing here. */
export const ProgressBar = memo(
  function ProgressBar({ progress }: { progress: Progress }) {
  const { answered, total } = progress;
  return (
    <div className="progress">
      <progress id="questionnaire-progress" max={total} value={answered} aria-label={`Progress: ${answered} of ${total} questions answered`} />
      <p className="progress-text" aria-live="polite">
        {progressText(progress)}
      </p>
    </div>
  );
},
  (a, b) => (Object.keys(a.progress) as (keyof Progress)[]).every((key) => a.progress[key] === b.progress[key]),
);
