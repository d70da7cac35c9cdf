import { useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { assessmentPath, menteePath } from '@/lib/routes';
import { WhyDisclosure } from '@/components/figure';
import type { Pack } from '@/domain/pack/schema';
import type { Session } from '@/domain/records/schema';
import { plural } from '@/lib/format';
import { readyPacksOf } from '@/packs/ready-packs';
import { packEntries } from '@/packs/use-packs';
import { useAppStore } from '@/store/store-context';
import type { HeadlineView, WhatNext } from './headline-view';

/* The first screenful of the report: where the person stands, and what to do next. */

type ScoredHeadline = Extract<HeadlineView, { kind: 'scored' }>;

export function Headline({ headline, sessionId }: { headline: HeadlineView; sessionId: string }) {
  if (headline.kind === 'insufficient') {
    return (
      <section className="results-section headline notice" aria-labelledby="headline-title">
        <h2 id="headline-title">{headline.title}</h2>
        <p>{headline.text}</p>
        <p>
          <Link href={assessmentPath(sessionId)}>Back to the assessment</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="results-section headline" aria-labelledby="headline-title">
      <h2 id="headline-title">Where you stand</h2>
      <p className="verdict">{headline.verdict}</p>
      <ul className="standing-lines" aria-label="Your role, the next rung and your target">
        {headline.lines.map((line) => (
          <li key={line.role} className={`standing-line state-${line.state}`}>
            <span className="standing-label">{line.label}</span>
            <strong className="standing-level">{line.levelTitle}</strong>
            <span className={`state-badge state-${line.state}`}>
              <span aria-hidden="true">{line.symbol} </span>
              {line.stateText}
            </span>
            <span className="standing-figure">{line.figure}</span>
          </li>
        ))}
      </ul>
      <div className="headline-advice">
        <div>
          <h3>{headline.gapsTitle}</h3>
          {headline.gaps.length > 0 && (
            <ol className="top-gaps">
              {headline.gaps.map((gap) => (
                <li key={gap.competencyId}>
                  <strong>{gap.title}</strong> <span className="muted">{gap.text}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
        {headline.certification && (
          <div>
            <h3>Most useful credential</h3>
            <p>
              <strong>{headline.certification.name}</strong>. {headline.certification.text}
            </p>
          </div>
        )}
        {headline.firstAction && (
          <div>
            <h3>Start in the next 30 days</h3>
            <p>
              <strong>{headline.firstAction.title}:</strong> {headline.firstAction.text}
            </p>
          </div>
        )}
      </div>
      <WhyDisclosure why={headline.why} />
    </section>
  );
}

/**
 * Starts the longer assessment from this session's answers, for the same person and target. Drawn with the verdict,
 * from the pack's scoring part: a click before the whole pack is here (it is on its way) starts it once it is.
 */
function FullAssessmentButton({ pack, session, full }: { pack: Pack | undefined; session: Session; full: NonNullable<WhatNext['fullAssessment']> }) {
  const startSession = useAppStore((state) => state.startSession);
  const [, navigate] = useLocation();
  const starting = useRef(false);
  const start = (on: Pack) => {
    const next = startSession({ pack: on, assessmentId: full.id, targetLevel: session.targetLevel, profileId: session.profileId, prefillFrom: session });
    navigate(assessmentPath(next.id));
  };
  return (
    <button
      type="button"
      onClick={() => {
        if (pack) return start(pack);
        if (starting.current) return;
        starting.current = true;
        // A pack that fails to load turns the whole screen into its problem: there is nothing to start then.
        packEntries().then(
          (entries) => {
            const whole = readyPacksOf(entries).get(session.packId);
            if (whole) start(whole);
          },
          () => undefined,
        );
      }}
    >
      Take the {full.title.toLowerCase()}
    </button>
  );
}

function AddActionsButton({ session, whatNext }: { session: Session; whatNext: WhatNext }) {
  const addAction = useAppStore((state) => state.addAction);
  const existing = useAppStore((state) => state.profiles[session.profileId]?.actions);
  const [added, setAdded] = useState(0);
  const have = new Set((existing ?? []).map((action) => action.title));
  const missing = whatNext.actions.filter((action) => !have.has(action.title));
  if (whatNext.actions.length === 0) return null;
  return (
    <li>
      {missing.length > 0 ? (
        <button
          type="button"
          onClick={() => {
            for (const action of missing) addAction(session.profileId, { title: action.title, competencyId: action.competencyId, owner: '', due: whatNext.actionsDue });
            setAdded(missing.length);
          }}
        >
          Add {missing.length === 1 ? 'this first step' : `these ${missing.length} first steps`} to the plan
        </button>
      ) : (
        <p role="status">
          {added > 0 ? `Added ${plural(added, 'step')} to the plan, due in 30 days.` : 'These first steps are in the plan.'}{' '}
          <Link href={menteePath(session.profileId)}>See the plan</Link>
        </p>
      )}
      <span className="muted"> The first step for each of the top gaps, due in 30 days; you can edit or drop them there.</span>
    </li>
  );
}

/** What to do with these results: part of the first screenful, drawn with the verdict. `pack`: the whole pack once it is here. */
export function WhatNextSection({ pack, session, headline, onExport }: { pack: Pack | undefined; session: Session; headline: ScoredHeadline; onExport: () => void }) {
  const { whatNext } = headline;
  return (
    <section className="results-section what-next" aria-labelledby="what-next-title">
      <h2 id="what-next-title">What next</h2>
      <ul className="next-steps">
        {whatNext.fullAssessment && (
          <li>
            <FullAssessmentButton pack={pack} session={session} full={whatNext.fullAssessment} />
            <span className="muted"> {whatNext.fullAssessment.text}</span>
          </li>
        )}
        <AddActionsButton session={session} whatNext={whatNext} />
        <li>
          <button type="button" className="secondary" onClick={onExport}>
            Save a file for your mentor
          </button>
          <span className="muted"> Your answers as one file: your mentor opens it with Import on the Mentees page. Or print this report.</span>
        </li>
        <li>{whatNext.reassessText}</li>
      </ul>
    </section>
  );
}
