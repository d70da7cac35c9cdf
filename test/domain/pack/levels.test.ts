import { describe, expect, it } from 'vitest';
import { formatYears, suggestTargetLevel } from '@/domain/pack/levels';
import { makeMiniPack } from '../../fixtures/mini-pack';

const pack = makeMiniPack(); // levels one (0–3), two (3–6), three (6+)

describe('suggestTargetLevel', () => {
  it.each([
    { current: 'one', years: null, expected: 'two' },
    { current: 'two', years: 1, expected: 'three' },
    { current: 'three', years: null, expected: 'three' },
    { current: null, years: 4, expected: 'two' },
    { current: null, years: 0, expected: 'one' },
    { current: null, years: 30, expected: 'three' },
    { current: null, years: null, expected: 'one' },
    { current: 'unknown', years: null, expected: 'one' },
  ])('should suggest $expected for current role $current and $years years', ({ current, years, expected }) => {
    expect(suggestTargetLevel(pack, current, years)?.id).toBe(expected);
  });
});

describe('formatYears', () => {
  it('should show a range, or an open end', () => {
    expect(formatYears(pack.levels[0]!)).toBe('0–3 years');
    expect(formatYears(pack.levels[2]!)).toBe('6+ years');
  });
});
