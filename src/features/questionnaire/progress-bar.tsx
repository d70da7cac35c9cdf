import type { Progress } from '@/domain/records/questionnaire';

export function ProgressBar({ progress }: { progress: Progress }) {
  const { answered, total, left, minutesLeft } = progress;
  return (
    <div className="progress">
      <progress id="questionnaire-progress" max={total} value={answered} aria-label={`Progress: ${answered} of ${total} questions answered`} />
      <p className="progress-text" aria-live="polite">
        {answered} of {total} answered · {left === 0 ? 'all answered' : `${left} left, about ${minutesLeft} min`}
      </p>
    </div>
  );
}
