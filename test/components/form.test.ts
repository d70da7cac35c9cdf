import { describe, expect, it } from 'vitest';
import { yearsFromField } from '@/components/form';

describe('yearsFromField', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['0', 0],
    ['7.5', 7.5],
    [' 7,5 ', 7.5],
    ['60', 60],
    ['61', null],
    ['7.25', null],
    ['seventy', null],
    ['1e1', null],
    ['-3', null],
  ])('should read %j as %s', (typed, years) => {
    expect(yearsFromField(typed)).toBe(years);
  });
});
