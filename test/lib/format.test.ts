import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate } from '@/lib/format';

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

describe('formatDate', () => {
  it('should write each date in the locale and time zone asked for, however the calls alternate', () => {
    const iso = '2026-03-03T23:30:00Z';
    expect(formatDate(iso, { locale: 'en-GB', timeZone: 'UTC' })).toBe('3 March 2026');
    expect(formatDate(iso, { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe('4 March 2026');
    expect(formatDate(iso, { locale: 'en-US', timeZone: 'UTC' })).toBe('March 3, 2026');
    expect(formatDate(iso, { locale: 'en-GB', timeZone: 'UTC' })).toBe('3 March 2026');
  });

  it('should give back text that is not a date unchanged', () => {
    expect(formatDate('not a date')).toBe('not a date');
  });
});
