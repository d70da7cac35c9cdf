import { afterEach } from 'vitest';

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
