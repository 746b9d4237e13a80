import { EXTRACTOR } from './extractor-version.ts';
import type { PipelineState } from './pipeline/state.ts';
import type { ExtractedDocument } from './types.ts';

type Assembled =
  | 'meta'
  | 'documentLang'
  | 'publishedAt'
  | 'contentHash'
  | 'body'
  | 'quotes'
  | 'claims'
  | 'entityList'
  | 'dates'
  | 'events'
  | 'reports'
  | 'relations'
  | 'diagnostics';

/** The extraction result: what the stages found, with the document's metadata and the extractor's name. */
export function assembleDocument(s: Pick<PipelineState, Assembled>): ExtractedDocument {
  return {
    source: s.meta.source,
    title: s.meta.title,
    url: s.meta.url,
    outlet: s.meta.outlet,
    lang: s.documentLang,
    publishedAt: s.publishedAt,
    contentHash: s.contentHash,
    body: s.body,
    quotes: s.quotes,
    reported: s.claims,
    entities: s.entityList,
    dates: s.dates,
    events: s.events,
    reports: s.reports,
    relations: s.relations,
    diagnostics: s.diagnostics,
    extractor: EXTRACTOR,
    extracted: true,
    notExtractedReason: null,
  };
}
