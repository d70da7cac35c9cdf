import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's own order, except that the files long by design (a fuzz: one test of 10,000 files, about 15 s) start first.
 * On a clean clone vitest has no timings to go by and sorts by file size, which started the fuzz last but one: the
 * other core then sat idle for its last 5 s.
 */
export class LongFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const long = (file: TestSpecification) => /-fuzz\.test\.tsx?$/.test(file.moduleId);
    return [...sorted.filter(long), ...sorted.filter((file) => !long(file))];
  }
}
