// `npm run schema`: regenerates assessments/pack.schema.json from the zod schema in src/domain/pack/schema.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACK_JSON_SCHEMA_FILE, packJsonSchema } from '../src/domain/pack/json-schema';

const target = join(import.meta.dirname, '..', 'assessments', PACK_JSON_SCHEMA_FILE);
writeFileSync(target, packJsonSchema());
console.log(`wrote ${target}`);
