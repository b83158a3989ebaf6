// Writes schema/rule-set.schema.json, the JSON Schema of the rule-set format, from the zod schema
// `ruleSetSchema` (src/rules/ruleSetSchema.ts), so rule authors get completion and help in their editor.
// Run by `npm run schema:rules`; test/rules/ruleSetSchema.test.ts checks that the committed file is what
// this script writes today.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { ruleSetZodSchema } from '../src/rules/ruleSetSchema.js';

/** The `$id` of the shipped schema: format version 1 of the rule-set format. */
export const RULE_SET_SCHEMA_ID = 'urn:chitieu:rule-set:format-1';

/** The text of schema/rule-set.schema.json. */
export function ruleSetJsonSchemaText(): string {
  const { $schema, ...rest } = z.toJSONSchema(ruleSetZodSchema, { target: 'draft-2020-12' });
  const schema = {
    $schema,
    $id: RULE_SET_SCHEMA_ID,
    title: 'chitieu rule set · Bộ quy định chitieu',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = fileURLToPath(new URL('../schema/rule-set.schema.json', import.meta.url));
  mkdirSync(fileURLToPath(new URL('../schema/', import.meta.url)), { recursive: true });
  writeFileSync(file, ruleSetJsonSchemaText());
  console.log(`wrote ${file}`);
}
