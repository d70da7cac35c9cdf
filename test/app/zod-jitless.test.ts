import { describe, expect, it } from 'vitest';
import * as z from '@/domain/zod';
import '@/app/zod-jitless';

describe('zod-jitless', () => {
  it('should turn off the JIT that zod itself reads, so it never probes for eval under the CSP', () => {
    expect(z.config().jitless).toBe(true);
  });
});
