// Types for site-builds.mjs, for the browser tests under strict TypeScript without allowJs.
export declare const VERSION_A: string;
export declare const VERSION_B: string;
export interface SiteBuilds {
  folder: string;
  a: string;
  b: string;
  singleDir: string;
  singleFile: string;
  done: string;
}
export declare function siteBuilds(folder?: string): SiteBuilds;
export declare function makeSiteBuilds(folder?: string): Promise<SiteBuilds>;
