import { badInput } from '../../errors/app-error.ts';
import { readDocumentSpans } from '../../queries/document/read-documents.ts';
import { decodeCursor } from '../args.ts';
import { connection } from '../connection.ts';
import type { DocumentResolvers } from '../resolvers-types.generated.ts';

/**
 * The largest page of spans. A page costs the server a sort of all the document's spans (small rows:
 * 31 000 spans of a 3 MB transcript are a few MB) and the client `first` rows; the query cost limit
 * (GRAPHQL_MAX_COST) weighs the selection per span, so the dashboard's selection fits about this many.
 */
export const MAX_SPAN_PAGE = 2000;

/** Document.spans: a page of spans, each with its characters cut from the document's text here. */
export const documentSpans: DocumentResolvers['spans'] = async (d, args, ctx) => {
  const first = args.first ?? 500;
  if (!Number.isInteger(first) || first < 1 || first > MAX_SPAN_PAGE)
    throw badInput('first', `must be between 1 and ${MAX_SPAN_PAGE}, got ${first}`);
  const afterKey = decodeCursor('after', args.after);
  const [page, text] = await Promise.all([
    ctx.db.read((tx) => readDocumentSpans(tx, { id: d.id, afterKey, first }), 'document-spans'),
    d.text ?? ctx.loaders.document.load(d.id).then((doc) => doc?.text ?? ''),
  ]);
  const spans = connection(page.items, first, afterKey !== null, ({ key, ...span }) => ({
    key,
    node: { ...span, text: text.slice(span.start, span.end) },
  }));
  return { ...spans, totalCount: page.total };
};
