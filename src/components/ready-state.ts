import type { ReadyState } from '@/domain/scoring/readiness';
import type { LevelSummary } from '@/domain/scoring/summary';
import { formatPercent, plural } from '@/lib/format';

/*
 * The one ready rule's words and shapes, for every screen that shows a level's state (results, the dashboard, a
 * person's sessions): the same word, the same shape, so "ready" means one thing everywhere.
 */

export const READY_STATE_TEXT: Record<ReadyState, string> = {
  ready: 'Ready',
  nearly: 'Nearly ready',
  'not-ready': 'Not ready',
  unknown: 'Not enough answers',
};

/** A shape per state, so the state never rests on colour alone (and survives greyscale print). */
export const READY_STATE_SYMBOL: Record<ReadyState, string> = { ready: '✓', nearly: '◐', 'not-ready': '✗', unknown: '?' };

/** "86%", or "86% · 3 core gaps" when core gaps are what keeps the level from ready; "Not enough answers" without one. */
export function readinessFigure(level: Pick<LevelSummary, 'readiness' | 'state' | 'blockingCount'>): string {
  if (level.readiness === null) return READY_STATE_TEXT.unknown;
  const percent = formatPercent(level.readiness);
  return level.state !== 'ready' && level.blockingCount > 0 ? `${percent} · ${plural(level.blockingCount, 'core gap')}` : percent;
}
