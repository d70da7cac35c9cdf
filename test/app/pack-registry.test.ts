import { describe, expect, it } from 'vitest';
import { loadPackEntries, loadPacks } from '@/app/pack-registry';
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

describe('loadPacks', () => {
  it('should find the packs in assessments/ through the build, with no list kept in code', async () => {
    const entries = await loadPacks();
    expect(entries.map((entry) => entry.path)).toContain('assessments/industrial-production-manager.json');
    expect(entries.every((entry) => entry.status === 'ready')).toBe(true);
  });
});
