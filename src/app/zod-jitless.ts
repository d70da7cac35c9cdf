// The Content-Security-Policy has no 'unsafe-eval'. Zod 4 probes for eval (new Function) before compiling its fast
// object parsers; the probe's error is caught, but the browser still reports a CSP violation on every page that
// parses. Jitless skips the probe and the compiled path, with the same results. main.tsx imports it first, before any
// lazily loaded screen builds a schema. It writes the global zod keeps its config in (shared by every copy of zod,
// created by whichever side comes first) rather than importing `zod/v4/core`: that import would pull 3.6 kB of
// zod into the first load. test/app/zod-jitless.test.ts checks zod still reads it.
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(holder.__zod_globalConfig ??= {}).jitless = true;

export {};
