/** The curation file: a user's corrections to discovered entities, applied on every build. */
import YAML from 'yaml';
import { z } from 'zod';
import { EntityType } from '../types.js';
import type { EntityDraft } from './group-candidates.js';
import { nameKey } from './group-candidates.js';

/** One curation entry: it binds every discovered entity known by `name` or any of `aliases`. */
export const CurationEntry = z.object({
  name: z.string().min(1).describe('the name shown; also matched against discovered names'),
  aliases: z.array(z.string()).default([]).describe('other names: discovered entities with them are merged in'),
  type: EntityType.optional(),
  description: z.string().optional(),
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  hide: z.boolean().default(false).describe('true for a false entity: it gets no page and no links'),
  rename: z.string().optional().describe('a new name to show instead of `name`'),
});
export type CurationEntry = z.infer<typeof CurationEntry>;

/** The whole curation file. */
export const Curation = z.object({ entities: z.array(CurationEntry).default([]) });
export type Curation = z.infer<typeof Curation>;

/** A draft after curation: description and Wikidata id may be set, and it may be forced to have a page. */
export interface CuratedDraft extends EntityDraft {
  description: string | null;
  wikidata: string | null;
  curated: boolean;
}

/** Parse curation YAML; throws with a clear message (a configuration error, not article input). */
export function parseCuration(text: string, file = 'curation file'): Curation {
  let data: unknown;
  try {
    data = YAML.parse(text) ?? {};
  } catch (error) {
    throw new Error(`${file}: not valid YAML`, { cause: error });
  }
  const parsed = Curation.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.') || 'root'}: ${issue.message}`, { cause: parsed.error });
  }
  return parsed.data;
}

/** Apply curation to drafts: merge, rename, retype, describe, hide, or add entities. */
export function applyCuration(drafts: EntityDraft[], curation: Curation): CuratedDraft[] {
  let result: CuratedDraft[] = drafts.map((draft) => ({ ...draft, description: null, wikidata: null, curated: false }));
  const hidden = new Set<CuratedDraft>();
  for (const entry of curation.entities) {
    const keys = new Set([entry.name, ...entry.aliases].map(nameKey));
    const bound = result.filter((draft) => [draft.name, ...draft.aliases].some((name) => keys.has(nameKey(name))));
    const first = bound[0];
    const merged: CuratedDraft = {
      name: entry.rename ?? entry.name,
      type: entry.type ?? first?.type ?? 'thing',
      aliases: [...new Set([...bound.flatMap((draft) => [draft.name, ...draft.aliases]), entry.name, ...entry.aliases])]
        .filter((alias) => alias !== (entry.rename ?? entry.name)).sort(),
      ambiguousSurnames: bound.flatMap((draft) => draft.ambiguousSurnames),
      description: entry.description ?? first?.description ?? null,
      wikidata: entry.wikidata ?? first?.wikidata ?? null,
      curated: true,
    };
    result = result.filter((draft) => !bound.includes(draft));
    result.push(merged);
    if (entry.hide) hidden.add(merged);
  }
  return result.filter((draft) => !hidden.has(draft));
}
