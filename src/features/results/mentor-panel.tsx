import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { WhyDisclosure } from '@/components/figure';
import type { Pack } from '@/domain/pack/schema';
import type { Session } from '@/domain/records/schema';
import type { SessionResults } from '@/domain/score-session';
import { holdDraft } from '@/store/drafts';
import { useAppStore } from '@/store/store-context';
import { BASIS_OPTIONS, buildMentorView, parseRatingValue, ratingOptions, type MentorRow, type MentorRowCache, type RatingOption } from './mentor-view';

/** Long enough to type a word without a write per key, short enough that little is ever waiting to be saved. */
const NOTE_SAVE_DELAY_MS = 400;

/**
 * A note saved while typing (after a pause), on leaving the field, and when the panel goes away: nothing typed
 * is lost. While unsaved text exists it is what the field shows; after saving, the stored note is.
 */
function NoteField({ id, label, value, onSave }: { id: string; label: React.ReactNode; value: string; onSave: (text: string) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const pending = useRef<{ text: string; timer: ReturnType<typeof setTimeout>; release: () => void } | null>(null);
  const save = useRef(onSave);
  useEffect(() => {
    save.current = onSave;
  }, [onSave]);

  /** Hands the waiting text to the store; true when there was some. */
  const saveNow = () => {
    const waiting = pending.current;
    if (!waiting) return false;
    clearTimeout(waiting.timer);
    waiting.release();
    pending.current = null;
    save.current(waiting.text);
    return true;
  };

  const flush = () => {
    const text = pending.current?.text;
    // The store keeps no blank note: go on showing the spaces typed so far rather than snatching them away.
    if (saveNow() && text?.trim() !== '') setDraft(null);
  };

  // Leaving the results or the panel closing must not drop the last words typed; leaving the page flushes the
  // draft through the store's leave guard (drafts.ts).
  useEffect(() => () => void saveNow(), []);

  return (
    <div className="mentor-note">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={2}
        maxLength={4000}
        value={draft ?? value}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          if (pending.current) clearTimeout(pending.current.timer);
          pending.current = {
            text,
            timer: setTimeout(flush, NOTE_SAVE_DELAY_MS),
            release: pending.current?.release ?? holdDraft({ flush: saveNow }),
          };
        }}
        onBlur={flush}
      />
    </div>
  );
}

interface RowProps {
  row: MentorRow;
  sessionId: string;
  options: readonly RatingOption[];
}

// Memoised: a change to one competency re-renders only its row, which keeps 52 rows quick on a slow phone.
const MentorRowItem = memo(function MentorRowItem({ row, sessionId, options }: RowProps) {
  const setMentorRating = useAppStore((state) => state.setMentorRating);
  const setMentorNote = useAppStore((state) => state.setMentorNote);
  const ratingId = useId();
  const noteId = useId();
  return (
    <li className={row.disagrees ? 'mentor-row disagrees' : 'mentor-row'}>
      <h4>{row.title}</h4>
      <dl className="mentor-self">
        <div>
          <dt>Self score</dt>
          <dd>
            <strong>{row.selfText}</strong> <span className="muted">({row.coverageText})</span>
          </dd>
        </div>
      </dl>
      <div className="mentor-rating">
        <label htmlFor={ratingId}>
          Mentor rating <span className="visually-hidden">for {row.title}</span>
        </label>
        <select
          id={ratingId}
          value={row.mentorValue}
          onChange={(event) => setMentorRating(sessionId, row.competencyId, parseRatingValue(event.target.value))}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <NoteField
        id={noteId}
        label={
          <>
            Mentor note <span className="visually-hidden">for {row.title}</span>
          </>
        }
        value={row.note}
        onSave={(text) => setMentorNote(sessionId, row.competencyId, text)}
      />
      <p className="mentor-outcome">
        {row.disagreementText && (
          <strong className="mentor-disagree">
            <span aria-hidden="true">⚠ </span>
            {row.disagreementText}.{' '}
          </strong>
        )}
        <span className="muted">{row.usedText}.</span>
      </p>
    </li>
  );
}, sameRow);

function sameRow(a: RowProps, b: RowProps): boolean {
  if (a.sessionId !== b.sessionId || a.options !== b.options) return false;
  // A row left as it was is the same object (the panel's row cache); a rebuilt one is compared by what it shows.
  if (a.row === b.row) return true;
  const keys = Object.keys(a.row) as (keyof MentorRow)[];
  return keys.every((key) => a.row[key] === b.row[key]);
}

interface Props {
  session: Session;
  pack: Pack;
  results: SessionResults;
}

/**
 * A mentor's own rating and note per competency beside the self score, the disagreements worth talking about,
 * and which rating readiness stands on. Folded away until a mentor has rated something.
 */
export function MentorPanel({ session, pack, results }: Props) {
  // Kept for the panel's life (it is keyed by session): a change rebuilds only the rows it touches.
  const [rowCache] = useState<MentorRowCache>(() => new Map());
  const view = useMemo(() => buildMentorView(pack, session, results, rowCache), [pack, session, results, rowCache]);
  const options = useMemo(() => ratingOptions(pack), [pack]);
  const setBasis = useAppStore((state) => state.setBasis);
  // Decided once: a mentor who clears the last rating keeps the panel open.
  const [open, setOpen] = useState(view.hasRatings);
  const [basisChanged, setBasisChanged] = useState(false);
  const bodyId = useId();
  const basisName = useId();
  return (
    <section className="results-section mentor-panel" aria-labelledby="mentor-title">
      <h2 id="mentor-title">
        <button type="button" className="disclosure" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          <span aria-hidden="true" className="disclosure-mark">
            {open ? '▾' : '▸'}
          </span>
          Mentor's view
        </button>
      </h2>
      <p>{view.summary}</p>
      <div id={bodyId} hidden={!open}>
        {open && (
          <>
            <fieldset className="mentor-basis">
              <legend>Readiness uses</legend>
              {BASIS_OPTIONS.map((option) => (
                <label key={option.value} className="choice">
                  <input
                    type="radio"
                    name={basisName}
                    value={option.value}
                    checked={view.basis === option.value}
                    onChange={() => {
                      setBasis(session.id, option.value);
                      setBasisChanged(true);
                    }}
                  />
                  <span>
                    {option.label} <span className="muted">— {option.hint}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            <p role="status" className="mentor-basis-status">
              {basisChanged ? view.basisStatus : ''}
            </p>

            <h3>Talking points</h3>
            <p>{view.talkingPointsText}</p>
            {view.talkingPoints.length > 0 && (
              <ol className="talking-points">
                {view.talkingPoints.map((point) => (
                  <li key={point.competencyId}>
                    <strong>{point.title}</strong>: {point.text}
                  </li>
                ))}
              </ol>
            )}
            <WhyDisclosure why={view.why} />

            <details className="mentor-scale">
              <summary>What the ratings 0–4 mean</summary>
              <dl>
                {pack.scale.points.map((point) => (
                  <div key={point.value}>
                    <dt>
                      {point.value} — {point.label}
                    </dt>
                    <dd>{point.meaning}</dd>
                  </div>
                ))}
              </dl>
            </details>

            {view.groups.map((group) => (
              <div key={group.questionnaire} className="mentor-group">
                <h3>{group.title}</h3>
                <ul className="mentor-rows" aria-label={`${group.title}: self score and mentor rating`}>
                  {group.rows.map((row) => (
                    <MentorRowItem key={row.competencyId} row={row} sessionId={session.id} options={options} />
                  ))}
                </ul>
              </div>
            ))}
          </>
        )}
      </div>
    </section>
  );
}
