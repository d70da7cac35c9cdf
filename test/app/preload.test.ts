import { describe, expect, it, vi } from 'vitest';
import { preloadForRoute } from '@/app/preload';

const loaders = () => ({ packs: vi.fn(() => Promise.resolve([])), questionIndexes: vi.fn(), restore: vi.fn(() => Promise.resolve({})) });

describe('preloadForRoute', () => {
  it.each(['#/assessment', '#/results', '#/results/s-1', '#/mentees', '#/mentees/ana'])(
    'should start the packs and the record validators for %s',
    (hash) => {
      const load = loaders();
      expect(preloadForRoute(hash, load)).toBe(true);
      expect(load.packs).toHaveBeenCalledTimes(1);
      expect(load.restore).toHaveBeenCalledTimes(1);
    },
  );

  it.each(['#/assessment/s-1', '#/assessment/s-1/review'])(
    'should start only the packs’ question indexes and the record validators for %s, whose screen needs one assessment’s questions',
    (hash) => {
      const load = loaders();
      expect(preloadForRoute(hash, load)).toBe(true);
      expect(load.questionIndexes).toHaveBeenCalledTimes(1);
      expect(load.packs).not.toHaveBeenCalled();
      expect(load.restore).toHaveBeenCalledTimes(1);
    },
  );

  it.each(['', '#', '#/', '#/about', '#/settings', '#/assessments-elsewhere', '#/nowhere'])('should leave %j to load what it needs itself', (hash) => {
    const load = loaders();
    expect(preloadForRoute(hash, load)).toBe(false);
    expect(load.packs).not.toHaveBeenCalled();
    expect(load.questionIndexes).not.toHaveBeenCalled();
    expect(load.restore).not.toHaveBeenCalled();
  });

  it('should not let a failed download escape as an unhandled rejection', async () => {
    const load = { packs: vi.fn(() => Promise.reject(new Error('offline'))), questionIndexes: vi.fn(), restore: vi.fn(() => Promise.reject(new Error('offline'))) };
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      expect(preloadForRoute('#/results', load)).toBe(true);
      await new Promise((done) => setTimeout(done, 20));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
