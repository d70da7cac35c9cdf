import type { ReadyState } from '@/domain/scoring/readiness';
import { READY_STATE_SYMBOL, READY_STATE_TEXT } from '@/components/ready-state';

/**
 * The one ready rule's verdict as a word, a shape and a colour, then the figure behind it ("86% · 3 core gaps").
 * The word is the text; the shape is decoration for the eye.
 */
export function ReadyBadge({ state, detail }: { state: ReadyState; detail: string }) {
  return (
    <span className={`ready-badge ready-${state}`}>
      <span className="ready-state">
        <span aria-hidden="true" className="ready-shape">
          {READY_STATE_SYMBOL[state]}
        </span>{' '}
        {READY_STATE_TEXT[state]}
      </span>{' '}
      {state !== 'unknown' && <span className="ready-detail">{detail}</span>}
    </span>
  );
}
