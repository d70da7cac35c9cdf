import { describe, expect, it, vi } from 'vitest';
import { preloadForRoute, preloadHintedQuestionPart } from '@/app/preload';
import { questionPartHintOf, rememberQuestionPart } from '@/store/question-part-hints';
import { QUESTION_PART_HINTS_KEY } from '@/store/storage-keys';

const loaders = () => ({ packs: vi.fn(() => Promise.resolve([])), questionIndexes: vi.fn(), questionPart: vi.fn(), scoringParts: vi.fn(), restore: vi.fn(() => Promise.resolve({})) });

describe('preloadForRoute', () => {
  it.each(['#/assessment', '#/mentees', '#/mentees/ana'])(
    'should start the packs and the record validators for %s',
    (hash) => {
      const load = loaders();
      expect(preloadForRoute(hash, load)).toBe(true);
      expect(load.packs).toHaveBeenCalledTimes(1);
      expect(load.restore).toHaveBeenCalledTimes(1);
    },
  );

  it.each(['#/results', '#/results/s-1', '#/results/s-1?print=1'])(
    'should start only the packs’ scoring parts and the record validators for %s: the screen fetches the whole packs once its verdict has painted',
    (hash) => {
      const load = loaders();
      expect(preloadForRoute(hash, load)).toBe(true);
      expect(load.scoringParts).toHaveBeenCalledTimes(1);
      expect(load.packs).not.toHaveBeenCalled();
      expect(load.restore).toHaveBeenCalledTimes(1);
    },
  );

  it.each(['#/assessment', '#/assessment/s-1', '#/mentees', '#/mentees/ana', '#/about'])('should not fetch the scoring parts for %s, whose screen never reads them', (hash) => {
    const load = loaders();
    preloadForRoute(hash, load);
    expect(load.scoringParts).not.toHaveBeenCalled();
  });

  it.each(['#/assessment/s-1', '#/assessment/s-1/review'])(
    'should start only the packs’ question indexes and the record validators for %s, whose screen needs one assessment’s questions',
    (hash) => {
      const load = loaders();
      expect(preloadForRoute(hash, load)).toBe(true);
      expect(load.questionIndexes).toHaveBeenCalledTimes(1);
      expect(load.questionPart).toHaveBeenCalledExactlyOnceWith('s-1');
      expect(load.packs).not.toHaveBeenCalled();
      expect(load.restore).toHaveBeenCalledTimes(1);
    },
  );

  it.each(['#/assessment/__proto__', '#/assessment/a%2Fb', '#/assessment/%E0%A4%A', `#/assessment/${'x'.repeat(65)}`])(
    'should ask for no question part for %j, which no session can have as its id',
    (hash) => {
      const load = loaders();
      expect(preloadForRoute(hash, load)).toBe(true);
      expect(load.questionPart).not.toHaveBeenCalled();
      expect(load.restore).toHaveBeenCalledTimes(1);
    },
  );

  it.each(['', '#', '#/', '#/about', '#/settings', '#/assessments-elsewhere', '#/nowhere'])('should leave %j to load what it needs itself', (hash) => {
    const load = loaders();
    expect(preloadForRoute(hash, load)).toBe(false);
    expect(load.packs).not.toHaveBeenCalled();
    expect(load.questionIndexes).not.toHaveBeenCalled();
    expect(load.questionPart).not.toHaveBeenCalled();
    expect(load.restore).not.toHaveBeenCalled();
  });

  it('should not let a failed download escape as an unhandled rejection', async () => {
    const load = { packs: vi.fn(() => Promise.reject(new Error('offline'))), questionIndexes: vi.fn(), questionPart: vi.fn(), scoringParts: vi.fn(), restore: vi.fn(() => Promise.reject(new Error('offline'))) };
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      expect(preloadForRoute('#/mentees', load)).toBe(true);
      await new Promise((done) => setTimeout(done, 20));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});

describe('preloadHintedQuestionPart', () => {
  const storageOf = (stored: string | null) => ({ getItem: () => stored, setItem: vi.fn(), removeItem: vi.fn() });

  it('should start the part this browser last showed the session on', () => {
    const data = new Map<string, string>();
    const storage = { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value), removeItem: vi.fn() };
    rememberQuestionPart('s-1', { packId: 'industrial-production-manager', assessmentId: 'full' }, storage);
    const preload = vi.fn();
    preloadHintedQuestionPart('s-1', (id) => questionPartHintOf(id, storage), preload);
    expect(preload).toHaveBeenCalledExactlyOnceWith('industrial-production-manager', 'full');
    expect(data.has(QUESTION_PART_HINTS_KEY)).toBe(true);
  });

  it.each([null, 'garbage', '[["s-2","industrial-production-manager","full"]]', '[["s-1","BAD","full"]]'])('should start nothing for the stored hints %j', (stored) => {
    const preload = vi.fn();
    expect(() => preloadHintedQuestionPart('s-1', (id) => questionPartHintOf(id, storageOf(stored)), preload)).not.toThrow();
    expect(preload).not.toHaveBeenCalled();
  });
});
