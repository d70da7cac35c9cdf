/*
 * How Rungs writes numbers, shares, money, dates, counts and lists: one place, so every screen says them the same
 * way. Pure (no DOM), so the domain, the screens and the tests share it.
 */

/**
 * Each formatter is made on its first use, then kept: toLocaleString builds one on every call, which a dashboard of
 * 200 people pays hundreds of times. Not when this module loads: the first formatter a page makes loads the browser's
 * locale data, 30–40 ms (four times that on a slow phone) that a screen showing no formatted number need not wait for.
 */
function madeOnce<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const NUMBER = madeOnce(() => new Intl.NumberFormat('en-US'));

/** At most two decimals, no trailing zeros, thousands grouped: 2.75, 3, 0.5, 1,200. */
export function formatNumber(value: number): string {
  // + 0 turns the -0 that a tiny negative rounds to into 0, as String() wrote it.
  return NUMBER().format(Number(value.toFixed(2)) + 0);
}

/** A share in [0, 1] as a whole percentage: 0.7669 → "77%". */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

const USD = madeOnce(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }));
export const formatUsd = (amount: number): string => USD().format(amount);

/**
 * A stored ISO time as a date people read: the reader's own locale and time zone (the one rule for every date on
 * screen and in print), unless a time zone is given — tests pass one so they read the same anywhere.
 */
export function formatDate(iso: string, options: { timeZone?: string; locale?: string } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormatOf(options.locale, options.timeZone).format(date);
}

/**
 * Made once per locale and time zone: building an Intl.DateTimeFormat costs milliseconds on a slow phone, and the
 * results screen writes several dates every time a mentor's rating rescores it.
 */
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

function dateFormatOf(locale: string | undefined, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${timeZone ?? ''}`;
  let format = DATE_FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', ...(timeZone ? { timeZone } : {}) });
    DATE_FORMATS.set(key, format);
  }
  return format;
}

const PLURAL_RULES = madeOnce(() => new Intl.PluralRules('en'));

/** "1 gap", "3 gaps", "1 competency", "2 competencies", "1,200 people": the count, written as formatNumber writes it, and the word that agrees with it. */
export function plural(count: number, one: string, other = `${one}s`): string {
  return `${formatNumber(count)} ${PLURAL_RULES().select(count) === 'one' ? one : other}`;
}

const AND_LIST = madeOnce(() => new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }));

/** "A", "A and B", "A, B, and C". */
export function listWords(words: readonly string[]): string {
  return AND_LIST().format(words);
}

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'];

/** 1536 → "1.5 KB", 15.4 MB → "15 MB": a decimal only where it still tells something. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = unit === 0 || value >= 10 ? Math.round(value).toString() : value.toFixed(1);
  return `${shown} ${UNITS[unit]}`;
}
