import { describe, expect, it } from 'vitest';
import { formatBytes } from '@/lib/format';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [900, '900 bytes'],
    [1536, '1.5 KB'],
    [15.4 * 1024 * 1024, '15 MB'],
    [2 * 1024 ** 3, '2.0 GB'],
  ])('should show %d as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
