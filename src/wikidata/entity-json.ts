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
  /** the statement's GUID, "Q324546$…" */
  id?: string;
  mainsnak: WikidataSnak;
  rank?: 'preferred' | 'normal' | 'deprecated';
  /** qualifiers by property: P580 start time, P582 end time, P642 of … */
  qualifiers?: Record<string, WikidataSnak[]>;
}

export interface WikidataEntity {
  id: string;
  type: string;
  labels?: Record<string, WikidataTerm>;
  descriptions?: Record<string, WikidataTerm>;
  aliases?: Record<string, WikidataTerm[]>;
  claims?: Record<string, WikidataStatement[]>;
  /** when the entity was last edited ("2026-11-02T10:04:11Z"), in dumps and entity files */
  modified?: string;
  lastrevid?: number;
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
