// Types for size-budget.mjs, so test/ci/size-budget.test.ts type-checks under strict TypeScript without allowJs.
export interface BudgetRule {
  label: string;
  pattern: RegExp;
  budget: number;
}
export interface FileSize {
  path: string;
  raw: number;
  gzip: number;
}
export interface ChunkSize extends FileSize {
  rule: string;
  budget: number;
}
export interface LazyFileBudget {
  label: string;
  prefix: string;
  files: number;
}
export interface LazyFiles {
  label: string;
  prefix: string;
  budget: number;
  /** null when dist has no chunk with that prefix. */
  files: string[] | null;
}
export interface Measured {
  firstLoad: FileSize[];
  firstLoadTotal: number;
  missing: string[];
  chunks: ChunkSize[];
  lazyFiles: LazyFiles[];
}
export const KB: number;
export const GZIP_LEVEL: number;
export const FIRST_LOAD_BUDGET: number;
export const PACK_BUDGET: number;
export const BUDGETS: readonly BudgetRule[];
export const DEFAULT_BUDGET: { label: string; budget: number };
export function packRule(packNames: readonly string[]): BudgetRule[];
export function budgetFor(path: string, rules?: readonly BudgetRule[]): { label: string; budget: number };
export function toDistPath(url: string | undefined, from?: string): string | undefined;
export function firstLoadAssetsOf(html: string): string[];
export function staticImportsOf(code: string): string[];
export function closureOf(paths: readonly string[], readText: (path: string) => string, exists: (path: string) => boolean): string[];
export function gzipSize(bytes: Uint8Array): number;
export const LAZY_FILE_BUDGETS: readonly LazyFileBudget[];
export function measureDist(dir: string, options?: { packNames?: readonly string[]; lazyFileBudgets?: readonly LazyFileBudget[] }): Measured;
export function breachesOf(measured: Measured): string[];
export function kb(bytes: number): string;
export function formatReport(measured: Measured): string;
