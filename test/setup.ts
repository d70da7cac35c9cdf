import { afterEach, inject, vi } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set for the projects of test files that replace modules (see vite.config.ts). */
    ownModules?: boolean;
  }
}

// A file that replaces modules shares its worker with others like it, but not their modules: every module is loaded
// afresh for it, these set-up imports too (so the cleanup below is the one its tests render with), before its own.
if (inject('ownModules')) vi.resetModules();

if (typeof document === 'undefined') {
  // Node (pure tests): Node defines AbortController, TextEncoder, Blob and its other web globals as getters that turn
  // into plain values on first use. Settle them now, so a test that compares globals before and after the code under
  // test (the import fuzz) sees Node's own first use as no change.
  for (const key of Object.getOwnPropertyNames(globalThis)) {
    if (Object.getOwnPropertyDescriptor(globalThis, key)?.get) void Reflect.get(globalThis, key);
  }
} else {
  // jsdom (component tests): one jsdom serves every file a worker runs (see vite.config.ts), so each file starts with
  // an empty page and empty web storage; jest-dom's matchers, and an unmounted tree after each test.
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.title = '';
  window.location.hash = '';
  localStorage.clear();
  sessionStorage.clear();
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => {
    cleanup();
  });
}
