import { describe, expect, it } from 'vitest';
import { scoringPackOf } from '@/domain/pack/scoring-pack';
import { CHECKED_PACK, type ScoringPackFile } from '@/packs/checked-pack';
import { loadScoringPack } from '@/packs/scoring-packs';
import { makeMiniPack } from '../fixtures/mini-pack';

const pack = makeMiniPack();
const part = scoringPackOf(pack);
const fileOf = (id: string | null, scoring = id === null ? null : part): ScoringPackFile => ({ [CHECKED_PACK]: true, id, scoring });

describe('loadScoringPack', () => {
  it('should hand back the scoring part of the pack it is asked for, found by the pack’s id', async () => {
    const files = {
      '/assessments/a-broken.json': async () => fileOf(null),
      '/assessments/b-other.json': async () => ({ ...fileOf('other'), scoring: { ...part, meta: { ...part.meta, id: 'other' } } }),
      '/assessments/c-failing.json': () => Promise.reject(new Error('Failed to fetch')),
      '/assessments/d-mini.json': async () => fileOf(pack.meta.id),
    };
    expect(await loadScoringPack(pack.meta.id, files)).toBe(part);
  });

  it.each([
    ['a pack no part names', 'no-such-pack', async () => fileOf(pack.meta.id)],
    ['a pack that failed its check', pack.meta.id, async () => ({ ...fileOf(null), id: pack.meta.id })],
    ['a part that cannot be fetched', pack.meta.id, () => Promise.reject(new Error('Failed to fetch'))],
    ['data the build did not check', pack.meta.id, async () => ({ id: pack.meta.id, scoring: part })],
  ])('should have none for %s, so the screen waits for the whole pack', async (_what, packId, load: () => Promise<unknown>) => {
    expect(await loadScoringPack(packId, { '/assessments/mini.json': load })).toBeUndefined();
  });
});
