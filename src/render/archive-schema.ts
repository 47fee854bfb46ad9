/** The JSON Schema of `archive.json`, generated from the same zod schema as the TypeScript types. */
import { z } from 'zod';
import { Archive } from '../types.js';

/** JSON Schema (draft 2020-12) of the export, as text. */
export function archiveSchemaJson(): string {
  const schema = z.toJSONSchema(Archive, { target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, $id: 'archive.schema.json', title: 'Dossier archive export' }, null, 2)}\n`;
}
