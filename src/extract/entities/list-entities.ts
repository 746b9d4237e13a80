import type { AliasTable } from '../aliases/alias-table.ts';
import type { ExtractedEntity } from '../types.ts';

/**
 * The entities as the output lists them: with the alias table's aliases besides the ones the text
 * used, mentions in text order, and in the order the text first mentions them.
 */
export function listEntities(entities: Map<string, ExtractedEntity>, table: AliasTable): ExtractedEntity[] {
  return [...entities.values()]
    .map((e) => {
      const known = table.byId.get(e.id);
      const aliases = [...new Set([...e.aliases, ...(known?.aliases ?? [])])].filter((a) => a !== e.name);
      return { ...e, aliases, mentions: [...e.mentions].sort((a, b) => a.start - b.start) };
    })
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
