/// <reference types="vite-plugin-pwa/vanillajs" />

/** Baked in by `define` in vite.config.ts: package.json's version, or RUNGS_VERSION when set. */
declare const __RUNGS_VERSION__: string;

/** The one-file copy served next to index.html, when the build was given one (RUNGS_SINGLE_FILE); else null. */
declare const __RUNGS_SINGLE_FILE__: { href: string; bytes: number } | null;

/** True in the one-file build (npm run build:single), which runs from disk with no service worker. */
declare const __RUNGS_ONE_FILE_BUILD__: boolean;
