import * as z from 'zod/mini';
import { en } from 'zod/locales';

/*
 * Every schema in Rungs is built from zod's mini build, through this module. The checks and messages are the same as
 * classic zod's; the code is a third of it, because classic zod also carries JSON Schema generation into every screen
 * that reads a record. Mini loads no language of its own: without the line below, every problem would read
 * "Invalid input". Lint refuses `zod` anywhere else, so no file brings classic zod back in (.ci/eslint.config.js).
 */
z.config(en());

export * from 'zod/mini';

// The two shapes most schemas here are built from.
/** A string of at least `min` characters. */
export const minText = (min: number) => z.string().check(z.minLength(min));
/** A whole number from `min`, and up to `max` when given. */
export const wholeNumber = (min: number, max?: number) => z.int().check(z.minimum(min), ...(max === undefined ? [] : [z.maximum(max)]));
