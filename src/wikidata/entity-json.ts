/**
 * The part of Wikidata's entity JSON (the dump's and Special:EntityData's shape) the linker reads.
 * Everything else in an entity is carried along untouched and ignored.
 */
export interface WikidataTerm {
  language: string;
  value: string;
}

export interface WikidataSnak {
  snaktype: string;
  property: string;
  datavalue?: { type: string; value: unknown };
}

export interface WikidataStatement {
  mainsnak: WikidataSnak;
  rank?: 'preferred' | 'normal' | 'deprecated';
}

export interface WikidataEntity {
  id: string;
  type: string;
  labels?: Record<string, WikidataTerm>;
  descriptions?: Record<string, WikidataTerm>;
  aliases?: Record<string, WikidataTerm[]>;
  claims?: Record<string, WikidataStatement[]>;
}

/** The item ids a property's statements point to (P31 → ["Q5"]), deprecated ones left out. */
export function itemValues(entity: WikidataEntity, property: string): string[] {
  const out: string[] = [];
  for (const s of entity.claims?.[property] ?? []) {
    if (s.rank === 'deprecated') continue;
    const v = s.mainsnak?.datavalue?.value as { id?: unknown } | undefined;
    if (s.mainsnak?.snaktype === 'value' && typeof v?.id === 'string') out.push(v.id);
  }
  return out;
}
