import { describe, expect, it } from 'vitest';
import { scoringPackOf } from '@/domain/pack/scoring-pack';
import { CHECKED_PACK, type ScoringPackFile } from '@/packs/checked-pack';
import type { SettledPromise } from '@/lib/settled-promise';
import { loadScoringPack, loadScoringParts, scoringPackFor, scoringParts } from '@/packs/scoring-packs';
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

describe('loadScoringParts', () => {
  it('should list every checked part by its pack’s id, the first where two files name one pack', async () => {
    const other = { ...part, meta: { ...part.meta, id: 'other' } };
    const parts = await loadScoringParts({
      '/assessments/a-broken.json': async () => fileOf(null),
      '/assessments/b-mini.json': async () => fileOf(pack.meta.id),
      '/assessments/c-other.json': async () => ({ ...fileOf('other'), scoring: other }),
      '/assessments/d-mini-again.json': async () => ({ ...fileOf(pack.meta.id), scoring: other }),
    });
    expect([...parts]).toEqual([
      [pack.meta.id, part],
      ['other', other],
    ]);
  });
});

describe('scoringPackFor', () => {
  it('should hand over a part already read as a settled promise, so the screen reads it in the render that asks', async () => {
    const parts = await scoringParts();
    const [packId, loaded] = [...parts][0]!;
    const asked = scoringPackFor(packId) as SettledPromise<unknown>;
    expect(asked.status).toBe('fulfilled');
    expect(asked.value).toBe(loaded);
    expect(scoringPackFor(packId)).toBe(asked);
    await expect(scoringPackFor('no-such-pack')).resolves.toBeUndefined();
  });
});
