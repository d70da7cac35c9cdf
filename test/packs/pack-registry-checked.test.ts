import { describe, expect, it, vi } from 'vitest';
import type { Pack } from '@/domain/pack/schema';
import { loadPackEntries } from '@/packs/pack-registry';
import { checkedPackModule } from '@/packs/checked-pack';
import { makeMiniPack } from '../fixtures/mini-pack';
import { runModule } from '../fixtures/run-module';

// The page must not load or run the validators for a pack the build checked: any call here is a failure.
const parsePack = vi.hoisted(() => vi.fn(() => {
  throw new Error('parsePack ran on the page for a pack the build had checked');
}));
vi.mock('@/domain/pack/parse-pack', () => ({ parsePack }));

describe('loadPackEntries, on files the build checked', () => {
  it('should take the build’s verdict as it is: the pack offered, a failed one listed with its problems, no zod run', async () => {
    const pack: Pack = makeMiniPack();
    const problems = [{ path: 'levels', message: 'expected array, received string' }];
    const entries = await loadPackEntries({
      '/assessments/a-broken.json': async () => runModule(checkedPackModule({ ok: false, error: problems })),
      '/assessments/b-mini.json': async () => runModule(checkedPackModule({ ok: true, value: pack })),
    });
    expect(entries).toEqual([
      { status: 'broken', path: 'assessments/a-broken.json', problems },
      { status: 'ready', path: 'assessments/b-mini.json', pack, counts: expect.objectContaining({ competencies: 3 }) },
    ]);
    expect(parsePack).not.toHaveBeenCalled();
  });
});
