import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACK_JSON_SCHEMA_FILE, packJsonSchema } from '@/domain/pack/json-schema';
import { ASSESSMENTS_DIR, readPackFiles } from '../../fixtures/real-packs';

describe('packJsonSchema', () => {
  it('should match assessments/pack.schema.json (run `npm run schema` after changing the zod schema)', () => {
    const onDisk = readFileSync(join(ASSESSMENTS_DIR, PACK_JSON_SCHEMA_FILE), 'utf8');
    expect(onDisk).toBe(packJsonSchema());
  });

  it('should be referenced by every pack through "$schema"', () => {
    for (const { file, json } of readPackFiles()) {
      expect((json as { $schema?: string }).$schema, file).toBe(`./${PACK_JSON_SCHEMA_FILE}`);
    }
  });
});
