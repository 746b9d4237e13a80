import type { EntityKind } from '../model/entity-kinds.ts';

/**
 * Which of our entity kinds a Wikidata class (a P31 "instance of" value) can be. Data, not logic:
 * every QID here was checked against its Wikidata label; a class not listed says nothing, so an
 * entity whose P31 values are all unlisted is never linked. Only direct P31 values are read (an
 * offline pass has no subclass tree), which is why the common subclasses are listed one by one.
 */
export const P31_KINDS: Readonly<Record<string, readonly EntityKind[]>> = {
  // human
  Q5: ['PERSON'],
  // country
  Q6256: ['COUNTRY'],
  // sovereign state
  Q3624078: ['COUNTRY'],
  // organization
  Q43229: ['ORGANIZATION', 'GOVERNMENT_BODY', 'MEDIA_OUTLET'],
  // international organization
  Q484652: ['ORGANIZATION', 'ALLIANCE'],
  // military alliance
  Q1127126: ['ALLIANCE', 'ORGANIZATION'],
  // political organization
  Q7210356: ['ORGANIZATION'],
  // media company
  Q1331793: ['MEDIA_OUTLET', 'ORGANIZATION'],
  // newspaper
  Q11032: ['MEDIA_OUTLET'],
  // news agency
  Q192283: ['MEDIA_OUTLET', 'ORGANIZATION'],
  // broadcaster (ARD's class)
  Q15265344: ['MEDIA_OUTLET', 'ORGANIZATION'],
  // city
  Q515: ['PLACE'],
  // big city
  Q1549591: ['PLACE'],
  // capital city
  Q5119: ['PLACE'],
  // continent (Europe: the dev articles name it as a place)
  Q5107: ['PLACE'],
  // U.S. state
  Q35657: ['PLACE'],
  // first-level administrative country subdivision (states and provinces elsewhere)
  Q10864048: ['PLACE'],
  // military unit
  Q176799: ['COMMAND_POST'],
};

/** The P31 values of an entity that fit a kind (empty: the entity is of another type). */
export const fittingClasses = (p31: readonly string[], kind: EntityKind): string[] =>
  p31.filter((q) => P31_KINDS[q]?.includes(kind));
