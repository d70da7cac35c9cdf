import { describe, expect, it } from 'vitest';
import { startPackDownloads } from '@/packs/pack-files';
import { startPartOf } from '@/domain/pack/start-pack';
import { loadPackEntries, loadStartEntries } from '@/packs/pack-registry';
import { preloadPacks } from '@/packs/use-packs';
import { makeMiniPack } from '../fixtures/mini-pack';

describe('loadPackEntries', () => {
  it('should offer every valid pack and list a broken one with the path and reason of each problem', async () => {
    const second = { ...makeMiniPack(), meta: { ...makeMiniPack().meta, id: 'production-supervisor', title: 'Production Supervisor' } };
    const broken = { ...makeMiniPack(), levels: 'seven' };
    const entries = await loadPackEntries({
      '/assessments/b-production-supervisor.json': async () => second,
      '/assessments/a-broken.json': async () => broken,
      '/assessments/c-unreadable.json': async () => {
        throw new Error('bad JSON');
      },
    });
    expect(entries.map((entry) => [entry.path, entry.status])).toEqual([
      ['assessments/a-broken.json', 'broken'],
      ['assessments/b-production-supervisor.json', 'ready'],
      ['assessments/c-unreadable.json', 'broken'],
    ]);
    const [first] = entries;
    expect(first?.status === 'broken' && first.problems).toContainEqual({ path: 'levels', message: expect.stringMatching(/array/) });
    const ready = entries[1];
    expect(ready?.status === 'ready' && ready.counts.competencies).toBe(3);
  });
});

describe('loadStartEntries', () => {
  it('should check a file the build did not, then cut its start part; a broken or unreadable one is listed with its problems', async () => {
    const entries = await loadStartEntries({
      '/assessments/a-broken.json': async () => ({ ...makeMiniPack(), levels: 'seven' }),
      '/assessments/b-mini.json': async () => makeMiniPack(),
      '/assessments/c-unreadable.json': async () => {
        throw new Error('bad JSON');
      },
    });
    const [broken, ready, unreadable] = entries;
    expect(broken?.status === 'broken' && broken.problems).toContainEqual({ path: 'levels', message: expect.stringMatching(/array/) });
    expect(ready).toEqual({ status: 'ready', path: 'assessments/b-mini.json', ...startPartOf(makeMiniPack()) });
    expect(unreadable?.status === 'broken' && unreadable.problems[0]?.message).toMatch(/bad JSON/);
  });
});

describe('startPackDownloads', () => {
  it('should start every download at once and hand each loader back the same one', async () => {
    const second = makeMiniPack();
    let calls = 0;
    const files = startPackDownloads({
      '/assessments/a.json': async () => {
        calls += 1;
        return second;
      },
    });
    expect(calls).toBe(1);
    expect(await files['/assessments/a.json']!()).toBe(second);
    expect(await files['/assessments/a.json']!()).toBe(second);
    expect(calls).toBe(1);
  });

  it('should list a pack whose download failed as broken, with no unhandled rejection', async () => {
    const files = startPackDownloads({ '/assessments/gone.json': () => Promise.reject(new Error('Failed to fetch')) });
    await new Promise((done) => setTimeout(done, 10));
    const [entry] = await loadPackEntries(files);
    expect(entry).toMatchObject({ status: 'broken', path: 'assessments/gone.json' });
  });
});

describe('preloadPacks', () => {
  it('should find the packs in assessments/ through the build, with no list kept in code', async () => {
    const entries = await preloadPacks();
    expect(entries.map((entry) => entry.path)).toContain('assessments/industrial-production-manager.json');
    expect(entries.every((entry) => entry.status === 'ready')).toBe(true);
  });
});
