import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatBytes, formatDate, formatNumber, plural } from '@/lib/format';

describe('formatNumber', () => {
  it.each([
    [2.75, '2.75'],
    [3, '3'],
    [0.5, '0.5'],
    [1200, '1,200'],
    [13.125, '13.13'],
    [2.375, '2.38'],
    [-0.001, '0'],
    [1234567.891, '1,234,567.89'],
  ])('should write %d as %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it('should write any number at two decimals at most, grouped, and never as -0', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
        const text = formatNumber(value);
        expect(text).toMatch(/^-?\d{1,3}(,\d{3})*(\.\d{1,2})?$/);
        expect(text).not.toBe('-0');
        expect(Number(text.replaceAll(',', ''))).toBeCloseTo(value, 1);
      }),
    );
  });

  it('should count with the word that agrees', () => {
    expect([plural(1, 'gap'), plural(3, 'gap'), plural(1200, 'person', 'people')]).toEqual(['1 gap', '3 gaps', '1,200 people']);
  });
});

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

describe('the formatters', () => {
  const NAMES = ['NumberFormat', 'PluralRules', 'ListFormat', 'DateTimeFormat'] as const;
  const originals = NAMES.map((name) => [name, Intl[name]] as const);
  afterEach(() => {
    for (const [name, original] of originals) Object.defineProperty(Intl, name, { value: original, configurable: true, writable: true });
    vi.restoreAllMocks();
  });

  it('should be made on first use, once each, never when the module loads (the first one loads the locale data)', async () => {
    const made = new Map<string, number>(NAMES.map((name) => [name, 0]));
    for (const [name, original] of originals) {
      const counted = new Proxy(original, {
        construct(target, args: unknown[]) {
          made.set(name, made.get(name)! + 1);
          return Reflect.construct(target, args) as object;
        },
      });
      Object.defineProperty(Intl, name, { value: counted, configurable: true, writable: true });
    }
    const toLocaleString = vi.spyOn(Number.prototype, 'toLocaleString');
    vi.resetModules();
    const format = await import('@/lib/format');
    await import('@/store/app-store');
    expect([...made.values(), toLocaleString.mock.calls.length]).toEqual([0, 0, 0, 0, 0]);
    expect([format.plural(1200, 'gap'), format.plural(1, 'gap'), format.formatUsd(98000), format.listWords(['A', 'B', 'C'])]).toEqual([
      '1,200 gaps',
      '1 gap',
      '$98,000',
      'A, B, and C',
    ]);
    format.formatNumber(3);
    format.formatUsd(1);
    format.listWords(['A']);
    expect([...made.values()].slice(0, 3)).toEqual([2, 1, 1]);
  });
});
