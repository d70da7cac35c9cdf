import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePack } from '@/domain/pack/parse-pack';
import { ASSESSMENTS_DIR } from '../../fixtures/real-packs';

describe('the smallest valid pack in assessments/README.md', () => {
  it('should pass parsePack', () => {
    const readme = readFileSync(join(ASSESSMENTS_DIR, 'README.md'), 'utf8');
    const json = /```json\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(json).toBeDefined();
    const result = parsePack(JSON.parse(json!));
    expect(result.ok ? [] : result.error).toEqual([]);
  });
});
