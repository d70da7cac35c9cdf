import { describe, expect, it } from 'vitest';
import { isRecordId, isReservedKey } from '@/domain/guards';

describe('isReservedKey', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('should reserve %s', (key) => {
    expect(isReservedKey(key)).toBe(true);
  });

  it('should let ordinary names pass', () => {
    expect(isReservedKey('lean-manufacturing')).toBe(false);
  });
});

describe('isRecordId', () => {
  it.each([
    ['me', true],
    ['17ef391a-7be9-4ffe-afa1-508e172ca64a', true],
    ['a_b-C9', true],
    ['', false],
    ['x'.repeat(65), false],
    ['has space', false],
    ['../etc', false],
    ['constructor', false],
    ['__proto__', false],
  ])('should take %j as an id: %s', (text, expected) => {
    expect(isRecordId(text)).toBe(expected);
  });
});
