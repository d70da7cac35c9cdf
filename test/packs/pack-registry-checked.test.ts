import { describe, expect, it, vi } from 'vitest';
import type { Pack } from '@/domain/pack/schema';
import { startPartOf } from '@/domain/pack/start-pack';
import { CHECKED_PACK, type CheckedPackFile, type StartPartFile } from '@/packs/checked-pack';
import { loadPackEntries, loadStartEntries } from '@/packs/pack-registry';
import { makeMiniPack } from '../fixtures/mini-pack';

// The page must not load or run the validators for a pack the build checked: any call here is a failure.
const parsePack = vi.hoisted(() =>
  vi.fn(() => {
    throw new Error('parsePack ran on the page for a pack the build had checked');
  }),
);
vi.mock('@/domain/pack/parse-pack', () => ({ parsePack }));

describe('loadPackEntries, on files the build checked', () => {
  it('should take the build’s verdict as it is: the pack offered, a failed one listed with its problems, no zod run', async () => {
    const pack: Pack = makeMiniPack();
    const problems = [{ path: 'levels', message: 'expected array, received string' }];
    const broken: CheckedPackFile = { [CHECKED_PACK]: true, result: { ok: false, error: problems } };
    const ready: CheckedPackFile = { [CHECKED_PACK]: true, result: { ok: true, value: pack } };
    const entries = await loadPackEntries({ '/assessments/a-broken.json': async () => broken, '/assessments/b-mini.json': async () => ready });
    expect(entries).toEqual([
      { status: 'broken', path: 'assessments/a-broken.json', problems },
      { status: 'ready', path: 'assessments/b-mini.json', pack, counts: expect.objectContaining({ competencies: 3 }) },
    ]);
    expect(parsePack).not.toHaveBeenCalled();
  });
});

describe('loadStartEntries, on files the build checked', () => {
  it('should take the build’s start part as it is: the pack offered, a failed one listed with its problems, no zod run', async () => {
    const { pack, counts } = startPartOf(makeMiniPack());
    const problems = [{ path: 'levels', message: 'expected array, received string' }];
    const broken: StartPartFile = { [CHECKED_PACK]: true, start: { ok: false, error: problems } };
    const ready: StartPartFile = { [CHECKED_PACK]: true, start: { ok: true, value: { pack, counts } } };
    const entries = await loadStartEntries({ '/assessments/a-broken.json': async () => broken, '/assessments/b-mini.json': async () => ready });
    expect(entries).toEqual([
      { status: 'broken', path: 'assessments/a-broken.json', problems },
      { status: 'ready', path: 'assessments/b-mini.json', pack, counts },
    ]);
    expect(parsePack).not.toHaveBeenCalled();
  });
});
