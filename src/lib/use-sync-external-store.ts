// What wouter imports as "use-sync-external-store/shim": a polyfill for React before 18, which has the hook built in.
// vite.config.ts points the shim's path here, so the first load does not carry the polyfill's code.
export { useSyncExternalStore } from 'react';
