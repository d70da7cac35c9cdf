// Types for chromium.mjs, so playwright.config.ts type-checks under strict TypeScript without allowJs.
export declare const CHROMIUM_FLAGS: string[];
export declare const INSTALL_CHROMIUM: string;
export declare function chromiumPath(): string | undefined;
