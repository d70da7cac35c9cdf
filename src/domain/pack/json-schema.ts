import * as z from '@/domain/zod';
import { PackSchema } from './schema';

/** The file name packs point their "$schema" at, beside them in assessments/. */
export const PACK_JSON_SCHEMA_FILE = 'pack.schema.json';

/**
 * The JSON Schema editors use to check and complete a pack, generated from the zod schema so the two can
 * never disagree. Cross-reference rules (unknown ids, falling targets) are checked by parsePack only.
 */
export function packJsonSchema(): string {
  const schema = z.toJSONSchema(PackSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Rungs assessment pack' }, null, 2)}\n`;
}
