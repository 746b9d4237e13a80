// The JSON-LD context of the export (docs/export.md): every term defined with a full IRI, schema.org's
// for what schema.org has words for and our own namespace for the provenance it has none for, so the
// export expands offline, without fetching a context. Served as GET /export/context.jsonld too.

/** Our vocabulary: provenance and time as quotegraph records them. */
export const QG = 'urn:quotegraph:vocab:';
/** The prefix of every node's IRI: urn:quotegraph:id:person:alma-berg, urn:quotegraph:id:quote:… */
export const QG_ID = 'urn:quotegraph:id:';

const SCHEMA = 'https://schema.org/';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

const schema = (term: string, type?: string) => (type ? { '@id': SCHEMA + term, '@type': type } : SCHEMA + term);
const ours = (term: string, type?: string) => (type ? { '@id': QG + term, '@type': type } : QG + term);

export const JSONLD_CONTEXT = {
  '@version': 1.1,
  schema: SCHEMA,
  qg: QG,
  xsd: XSD,
  Quotation: schema('Quotation'),
  Person: schema('Person'),
  Organization: schema('Organization'),
  Place: schema('Place'),
  NewsArticle: schema('NewsArticle'),
  Event: schema('Event'),
  Source: ours('Source'),
  name: schema('name'),
  alternateName: schema('alternateName'),
  identifier: schema('identifier'),
  sameAs: schema('sameAs', '@id'),
  text: schema('text'),
  inLanguage: schema('inLanguage'),
  spokenByCharacter: schema('spokenByCharacter', '@id'),
  citation: schema('citation', '@id'),
  url: schema('url', '@id'),
  headline: schema('headline'),
  datePublished: schema('datePublished', `${XSD}date`),
  publisher: schema('publisher'),
  startDate: schema('startDate', `${XSD}date`),
  endDate: schema('endDate', `${XSD}date`),
  location: schema('location', '@id'),
  kind: ours('kind'),
  speakerDescription: ours('speakerDescription'),
  said: ours('said'),
  earliest: ours('earliest', `${XSD}date`),
  latest: ours('latest', `${XSD}date`),
  precision: ours('precision'),
  saidBasis: ours('saidBasis'),
  saidAt: ours('saidAt', '@id'),
  knownSince: ours('knownSince', `${XSD}date`),
  source: { '@id': `${QG}source`, '@container': '@set' },
  document: ours('document', '@id'),
  spanStart: ours('spanStart', `${XSD}integer`),
  spanEnd: ours('spanEnd', `${XSD}integer`),
  excerpt: ours('excerpt'),
  cue: ours('cue'),
  extractor: ours('extractor'),
  confidence: ours('confidence', `${XSD}double`),
} as const;

/** A node's IRI from its id (ids are ASCII slugs and hashes; anything else is percent-encoded). */
export const nodeIri = (id: string): string => QG_ID + encodeURI(id);
